// The `api` source against a real server implementing docs/api/openapi.yaml (test/support/reference-api.ts).
import { expect } from 'chai';
import { createClient } from '../src/client.js';
import { demoDataset } from '../src/demo/demo-dataset.js';
import { DatasetError } from '../src/errors.js';
import { createCentreIndex } from '../src/search/index.js';
import { validateDataset } from '../src/validate/dataset.js';
import { startReferenceApi, type ReferenceApi } from './support/reference-api.js';

const { dataset } = validateDataset(demoDataset);
const DAKAR = { lat: 14.6928, lng: -17.4467 };
const NOW = new Date('2026-11-24T11:00:00Z');

describe('createClient({ api })', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());

  it('loads the description once: publisher, locale and taxonomy', async () => {
    api = await startReferenceApi(dataset);
    const client = createClient({ api: api.url, store: false });
    const [first, second] = await Promise.all([client.load(), client.load()]);
    expect(first).to.equal(second);
    expect(first.warnings).to.deep.equal([]);
    expect(first.dataset.defaultLocale).to.equal(dataset.defaultLocale);
    expect(first.dataset.taxonomy.map((t) => t.id)).to.include.members(['legal-protection', 'reintegration']);
    expect(api.requests).to.deep.equal(['/v1/meta']);
  });

  it('searches on the server with every filter in the query string, and finds what local search finds', async () => {
    api = await startReferenceApi(dataset);
    const client = createClient({ api: api.url, store: false });
    const query = { text: 'demo', near: DAKAR, radiusKm: 5000, country: 'SN', sort: 'distance' as const, limit: 10 };
    const remote = await client.centres.search(query, NOW);
    const local = createCentreIndex(dataset).search(query, NOW);
    expect(remote.items.length).to.be.greaterThan(1);
    expect(remote.total).to.equal(local.total);
    expect(remote.items.map((i) => i.centre.id)).to.deep.equal(local.items.map((i) => i.centre.id));
    expect(remote.items.map((i) => i.distanceKm)).to.deep.equal(local.items.map((i) => i.distanceKm));
    const sent = new URL(api.requests.at(-1)!, 'http://x').searchParams;
    expect(Object.fromEntries(sent)).to.deep.equal({
      q: 'demo',
      near: '14.6928,-17.4467',
      radius_km: '5000',
      country: 'SN',
      sort: 'distance',
      per_page: '10',
      page: '1',
    });
  });

  it('sends no position when the query has none', async () => {
    api = await startReferenceApi(dataset);
    await createClient({ api: api.url, store: false }).centres.search({ services: ['reintegration'] }, NOW);
    expect(api.requests.at(-1)).to.equal('/v1/centres?services=reintegration&per_page=50&page=1');
  });

  it('validates every centre it receives: a bad one is skipped and reported with its place in the answer', async () => {
    const good = dataset.centres[0]!;
    api = await startReferenceApi(dataset, {
      rawCentres: [
        good,
        { ...good, id: 'no-name', name: undefined },
        { ...good, id: 'evil', url: 'javascript:alert(1)' },
      ],
    });
    const result = await createClient({ api: api.url, store: false }).centres.search({}, NOW);
    expect(result.items.map((i) => i.centre.id)).to.deep.equal([good.id, 'evil']);
    expect(result.items[1]!.centre).not.to.have.property('url');
    const paths = result.warnings.map((w) => w.path.split(' ')[1]);
    expect(paths).to.include('$.items[1].centre.name');
    expect(paths).to.include('$.items[2].centre.url');
    expect(result.warnings[0]!.path.startsWith(`${api.url}/centres?`)).to.equal(true);
  });

  it('gets one centre, and undefined for an unknown id', async () => {
    api = await startReferenceApi(dataset);
    const client = createClient({ api: api.url, store: false });
    const id = dataset.centres[1]!.id;
    expect((await client.centres.get(id))?.id).to.equal(id);
    expect(await client.centres.get('no-such-centre')).to.equal(undefined);
  });

  it('lists hotlines by country', async () => {
    api = await startReferenceApi(dataset);
    const hotlines = await createClient({ api: api.url, store: false }).hotlines.list({ country: 'SN' });
    expect(hotlines.map((h) => h.id)).to.deep.equal(
      dataset.hotlines.filter((h) => h.countries.includes('SN')).map((h) => h.id),
    );
  });

  it('refuses a server that is not an mrc-kit API', async () => {
    api = await startReferenceApi(dataset, { rawMeta: { hello: 'world' } });
    const client = createClient({ api: api.url, store: false });
    let error: unknown;
    try {
      await client.load();
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as Error).message).to.contain('is not an mrc-kit API description');
  });
});
