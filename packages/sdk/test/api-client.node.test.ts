// The `api` source against a real server implementing docs/api/openapi.yaml (test/support/reference-api.ts).
import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { demoDataset } from '../src/demo/index.js';
import { DatasetError } from '../src/model/errors.js';
import { createCentreIndex } from '../src/search/index.js';
import type { CentreQuery } from '../src/search/query.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { REFERENCE_NOW, startReferenceApi, type ReferenceApi } from './support/reference-api.js';

const { dataset } = validateDataset(demoDataset);
const DAKAR = { lat: 14.6928, lng: -17.4467 };
const NOW = REFERENCE_NOW;

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

  it('filters by region on the server, as local search does', async () => {
    api = await startReferenceApi(dataset);
    const query = { region: 'saint louis' };
    const remote = await createClient({ api: api.url, store: false }).centres.search(query, NOW);
    const local = createCentreIndex(dataset).search(query, NOW);
    expect(remote.total).to.be.greaterThan(0).and.to.equal(local.total);
    expect(new URL(api.requests.at(-1)!, 'http://x').searchParams.get('region')).to.equal('saint louis');
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

/** A dataset of `n` centres named so that name order is id order: c-000, c-001… */
function numbered(n: number) {
  const centres = Array.from({ length: n }, (_, i) => {
    const id = `c-${String(i).padStart(3, '0')}`;
    return { id, name: `Centre ${id}`, kind: 'centre', country: 'SN', position: { lat: 14 + i / 1000, lng: -17 } };
  });
  return validateDataset({ format: 'mrc-kit/dataset@1', publisher: { name: 'Test' }, defaultLocale: 'en', centres })
    .dataset;
}

describe('createClient({ api }) paging', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());
  const many = numbered(250);
  const centreRequests = () => api.requests.filter((r) => r.startsWith('/v1/centres?'));

  for (const [offset, limit, requests] of [
    [30, 20, 1],
    [0, 10, 1],
    [99, 100, 2],
    [10, 150, 2],
    [240, 20, 1],
  ] as const) {
    it(`gives the items of offset ${offset} and limit ${limit} from at most ${requests} page(s)`, async () => {
      api = await startReferenceApi(many);
      const query = { sort: 'name' as const, offset, limit };
      const remote = await createClient({ api: api.url, store: false }).centres.search(query, NOW);
      const local = createCentreIndex(many).search(query, NOW);
      expect(remote.total).to.equal(250);
      expect(remote.items.map((i) => i.centre.id)).to.deep.equal(local.items.map((i) => i.centre.id));
      expect(centreRequests()).to.have.length(requests);
      for (const request of centreRequests()) {
        expect(Number(new URL(request, 'http://x').searchParams.get('per_page'))).to.be.at.most(100);
      }
    });
  }

  it('answers limit 0 with the total and no items, asking for one item', async () => {
    api = await startReferenceApi(many);
    const result = await createClient({ api: api.url, store: false }).centres.search({ limit: 0, offset: 40 }, NOW);
    expect(result).to.deep.include({ total: 250, items: [] });
    expect(centreRequests()).to.deep.equal(['/v1/centres?per_page=1&page=1']);
  });
});

describe('createClient({ api }) statuses', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());

  it('gives mobile teams the status of their stops, as a local search does', async () => {
    api = await startReferenceApi(dataset, { now: NOW });
    const query = { kinds: ['mobile-team' as const] };
    const remote = await createClient({ api: api.url, store: false }).centres.search(query, NOW);
    const local = createCentreIndex(dataset).search(query, NOW);
    expect(remote.items).to.have.length(2);
    expect(remote.items.map((i) => i.status)).to.deep.equal(local.items.map((i) => i.status));
    expect(remote.items.map((i) => i.status.state)).to.include('closed');
  });
});

describe('createClient({ api }) and the person’s words and position', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());
  const personal = { text: 'dakar reintegration', near: { lat: 14.692812345, lng: -17.446712345 }, radiusKm: 12.5 };
  /** Fails when any trace of the person's query is in `text`. */
  const expectNoTrace = (text: string) => {
    for (const trace of ['dakar', 'reintegration', '14.69', '17.44', 'radius', 'near=', 'q=']) {
      expect(text, text).not.to.contain(trace);
    }
  };

  it('rounds the position to 4 decimals and asks the browser to keep nothing', async () => {
    api = await startReferenceApi(dataset);
    const caches: [string, RequestCache][] = [];
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      const request = new Request(input, init);
      caches.push([new URL(request.url).pathname, request.cache]);
      return globalThis.fetch(input, init);
    };
    const client = createClient({ api: api.url, store: false, fetch });
    await client.centres.search(personal, NOW);
    await client.centres.search({ country: 'SN' }, NOW);
    const sent = new URL(
      api.requests.find((r) => r.includes('near='))!,
      'http://x',
    ).searchParams;
    expect(sent.get('near')).to.equal('14.6928,-17.4467');
    expect(sent.get('radius_km')).to.equal('12.5');
    expect(caches).to.deep.equal([
      ['/v1/meta', 'default'],
      ['/v1/centres', 'no-store'],
      ['/v1/centres', 'default'],
    ]);
  });

  it('leaves them out of error messages, error sources and causes', async () => {
    api = await startReferenceApi(dataset);
    const answers: Record<string, () => Response> = {
      status: () => new Response('busy', { status: 500, statusText: 'Internal Server Error' }),
      html: () => new Response('<!doctype html><p>dakar</p>', { headers: { 'content-type': 'text/html' } }),
      shape: () => Response.json({ hello: 'dakar' }),
    };
    for (const [name, answer] of Object.entries(answers)) {
      const fetch = (input: RequestInfo | URL, init?: RequestInit) =>
        String(input instanceof Request ? input.url : input).includes('/centres?')
          ? Promise.resolve(answer())
          : globalThis.fetch(input, init);
      const client = createClient({ api: api.url, store: false, retries: 0, fetch });
      let error: unknown;
      await client.centres.search({ ...personal, country: 'SN' }, NOW).catch((e: unknown) => (error = e));
      expect(error, name).to.be.instanceOf(DatasetError);
      const { message, source, cause, stack } = error as DatasetError;
      expect(source, name).to.equal(`${api.url}/centres?country=SN&per_page=50&page=1`);
      expect(message, name).to.contain(source);
      expect(cause, name).to.equal(undefined);
      expectNoTrace(`${message} ${source} ${stack}`);
    }
  });

  it('leaves them out of the paths of warnings', async () => {
    const good = dataset.centres[0]!;
    api = await startReferenceApi(dataset, { rawCentres: [{ ...good, id: 'no-name', name: undefined }, good] });
    const { warnings } = await createClient({ api: api.url, store: false }).centres.search(personal, NOW);
    expect(warnings).to.have.length.greaterThan(0);
    expect(warnings.map((w) => w.path)).to.include(`${api.url}/centres?per_page=50&page=1 $.items[0].centre.name`);
    for (const w of warnings) {
      expect(w.path.startsWith(`${api.url}/centres?per_page=50&page=1 $.items[`), w.path).to.equal(true);
      expectNoTrace(`${w.path} ${w.reason}`);
    }
  });
});

describe('createClient({ api }) sends only what the contract allows', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());

  const cases: [string, CentreQuery, Record<string, string>][] = [
    ['a position that is not a number', { near: { lat: NaN, lng: 1 }, radiusKm: 5 }, {}],
    ['a position out of range', { near: { lat: 95, lng: 1 } }, {}],
    ['tiny numbers', { near: { lat: 1e-7, lng: -0.00004 }, radiusKm: 1e-9 }, { near: '0,0', radius_km: '0.001' }],
    ['a radius of 0', { near: DAKAR, radiusKm: 0 }, { near: '14.6928,-17.4467', radius_km: '0.001' }],
    ['a huge radius', { near: DAKAR, radiusKm: 1e25 }, { near: '14.6928,-17.4467', radius_km: '20040' }],
    ['an endless radius', { near: DAKAR, radiusKm: Infinity }, { near: '14.6928,-17.4467' }],
    ['a radius without a position', { radiusKm: 5 }, {}],
    ['an invalid date', { openAt: new Date('not a date') }, {}],
  ];
  for (const [name, query, expected] of cases) {
    it(name, async () => {
      api = await startReferenceApi(dataset);
      // The reference server refuses what the contract does not allow: the search would reject.
      await createClient({ api: api.url, store: false }).centres.search(query, NOW);
      const sent = Object.fromEntries(new URL(api.requests.at(-1)!, 'http://x').searchParams);
      expect(sent).to.deep.equal({ ...expected, per_page: '50', page: '1' });
    });
  }
});
