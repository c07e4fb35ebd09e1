import { expect } from 'chai';
import { createClient, type ClientOptions } from '../src/loading/client.js';
import type { Dataset } from '../src/model/dataset.js';
import { DatasetError } from '../src/model/errors.js';
import { demoDataset } from '../src/demo/index.js';
import { loadDataset } from '../src/loading/load.js';
import { localClient, whole, type LocalSource } from '../src/loading/local-client.js';
import { createCentreIndex } from '../src/search/index.js';
import { DATASET_INDEX_FORMAT } from '../src/model/dataset.js';
import { openDatasetSource } from '../src/loading/shards.js';

// Scripted loads keep no offline copy: a copy kept by one test would answer for the failing server of the next.
const SRC = 'https://example.org/mrc/dataset.json';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

function jsonResponse(body: unknown): Response {
  return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } });
}

/** A fetch that answers from a list of replies, one per call, and records the URLs asked for. */
function scriptedFetch(...replies: (() => Response | Promise<Response>)[]) {
  const urls: string[] = [];
  const fetch = async (input: RequestInfo | URL): Promise<Response> => {
    urls.push(input instanceof Request ? input.url : String(input));
    const reply = replies[urls.length - 1];
    if (!reply) throw new Error(`unexpected request ${urls.length}`);
    return reply();
  };
  return { fetch: fetch as typeof globalThis.fetch, urls };
}

describe('createClient', () => {
  it('needs exactly one source', () => {
    expect(() => createClient({} as ClientOptions)).to.throw(TypeError, 'exactly one source');
    expect(() => createClient({ data: undefined } as ClientOptions)).to.throw(TypeError, 'exactly one source');
    expect(() => createClient({ data: demoDataset, src: SRC } as unknown as ClientOptions)).to.throw(
      TypeError,
      'exactly one source',
    );
    expect(createClient({ data: demoDataset }).source).to.equal('inline');
    expect(createClient({ src: SRC }).source).to.equal(SRC);
    expect(createClient({ src: new URL(SRC) }).source).to.equal(SRC);
  });

  it('keeps one shared client per kind of source and URL for the page', () => {
    const shared = createClient({ src: SRC, shared: true });
    expect(createClient({ src: new URL(SRC), shared: true })).to.equal(shared);
    expect(shared.source).to.equal(SRC);
    expect(createClient({ src: SRC })).not.to.equal(shared);
    expect(createClient({ hsds: SRC, shared: true })).not.to.equal(shared);
    const inline = createClient({ data: demoDataset, shared: true });
    expect(createClient({ data: demoDataset, shared: true })).not.to.equal(inline);
  });

  it('loads nothing until the first query', async () => {
    const { fetch, urls } = scriptedFetch(() => jsonResponse(demoDataset));
    const client = createClient({ src: SRC, fetch, retries: 0, store: false });
    expect(urls).to.deep.equal([]);
    await client.hotlines.list();
    expect(urls).to.deep.equal([SRC]);
  });

  it('loads once for every query, even concurrent ones', async () => {
    const { fetch, urls } = scriptedFetch(() => jsonResponse(demoDataset));
    const client = createClient({ src: SRC, fetch, retries: 0, store: false });
    const [all, one, again] = await Promise.all([
      client.hotlines.list(),
      client.hotlines.get('demo-returnees-gt'),
      client.load(),
    ]);
    expect(all).to.have.length(demoDataset.hotlines.length);
    expect(one?.id).to.equal('demo-returnees-gt');
    expect(again.warnings).to.deep.equal([]);
    expect(await client.hotlines.list({ country: 'GT' })).to.have.length(1);
    expect(urls).to.have.length(1);
  });
});

describe('client.hotlines', () => {
  it('shows an id asked for twice only once', async () => {
    const client = createClient({ data: demoDataset });
    const id = demoDataset.hotlines[0]!.id;
    expect((await client.hotlines.list({ ids: [id, id] })).map((h) => h.id)).to.deep.equal([id]);
  });

  const client = createClient({ data: demoDataset });
  const ids = async (filter?: Parameters<typeof client.hotlines.list>[0]): Promise<string[]> =>
    (await client.hotlines.list(filter)).map((h) => h.id);

  it('lists every hotline in dataset order', async () => {
    expect(await ids()).to.deep.equal(demoDataset.hotlines.map((h) => h.id));
  });

  it('lists the hotlines asked for by id, in the order asked, ignoring unknown ids', async () => {
    expect(await ids({ ids: ['demo-returnees-gt', 'no-such-line', 'demo-safe-migration-sn'] })).to.deep.equal([
      'demo-returnees-gt',
      'demo-safe-migration-sn',
    ]);
    expect(await ids({ ids: [] })).to.deep.equal([]);
  });

  it('lists the hotlines serving a country, whatever its case', async () => {
    const senegal = ['demo-safe-migration-sn', 'demo-anti-trafficking'];
    expect(await ids({ country: 'SN' })).to.deep.equal(senegal);
    expect(await ids({ country: 'sn' })).to.deep.equal(senegal);
    expect(await ids({ country: 'Sn' })).to.deep.equal(senegal);
    expect(await ids({ country: 'FR' })).to.deep.equal([]);
  });

  it('lists the hotlines with a topic', async () => {
    expect(await ids({ topic: 'trafficking' })).to.deep.equal(['demo-anti-trafficking']);
    expect(await ids({ topic: 'gbv' })).to.deep.equal(['demo-anti-trafficking', 'demo-women-migrants-tn']);
    expect(await ids({ topic: 'unknown-topic' })).to.deep.equal([]);
  });

  it('combines filters', async () => {
    expect(await ids({ country: 'ma', topic: 'exploitation' })).to.deep.equal([
      'demo-migrant-info-ma',
      'demo-anti-trafficking',
    ]);
    expect(await ids({ ids: ['demo-returnees-gt', 'demo-migrant-info-ma'], country: 'MA' })).to.deep.equal([
      'demo-migrant-info-ma',
    ]);
  });

  it('gets one hotline by id, or undefined', async () => {
    const line = await client.hotlines.get('demo-anti-trafficking');
    expect(line?.emergency).to.equal(true);
    expect(line?.channels.map((c) => c.href)).to.deep.equal([
      'tel:+442079460321',
      'sms:+447700900461',
      'https://signal.me/#p/+447700900462',
      'viber://chat?number=%2B447700900463',
    ]);
    expect(await client.hotlines.get('no-such-line')).to.equal(undefined);
  });
});

describe('a client whose data cannot be loaded', () => {
  it('rejects with a DatasetError when the network fails, and tries again on the next call', async () => {
    const { fetch, urls } = scriptedFetch(
      () => Promise.reject(new TypeError('Failed to fetch')),
      () => jsonResponse(demoDataset),
    );
    const client = createClient({ src: SRC, fetch, retries: 0, store: false });
    const error = await rejection(client.hotlines.list());
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.equal(
      `Could not load ${SRC}: the network is unavailable or the server cannot be reached.`,
    );
    expect((error as DatasetError).source).to.equal(SRC);
    expect(await client.hotlines.list()).to.have.length(demoDataset.hotlines.length);
    expect(urls).to.deep.equal([SRC, SRC]);
  });

  it('rejects with a DatasetError naming the status when the server answers 500', async () => {
    const { fetch } = scriptedFetch(
      () => new Response('Server error', { status: 500, statusText: 'Internal Server Error' }),
      () => jsonResponse(demoDataset),
    );
    const client = createClient({ src: SRC, fetch, retries: 0, store: false });
    const error = await rejection(client.hotlines.get('demo-returnees-gt'));
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.equal(
      `Could not load ${SRC}: the server answered 500 Internal Server Error.`,
    );
    expect((await client.hotlines.get('demo-returnees-gt'))?.id).to.equal('demo-returnees-gt');
  });

  it('says when the server sends a web page instead of the data', async () => {
    const { fetch } = scriptedFetch(
      () =>
        new Response('<!doctype html><title>Not found</title>', {
          headers: { 'content-type': 'text/html; charset=utf-8' },
        }),
    );
    const error = await rejection(createClient({ src: SRC, fetch, retries: 0, store: false }).load());
    expect(error).to.be.instanceOf(DatasetError);
    expect((error as DatasetError).message).to.equal(`${SRC} sent a web page, not JSON (text/html).`);
  });

  it('rejects with a DatasetError when the data is not a dataset', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse([{ id: 'x' }]));
    const fromUrl = await rejection(createClient({ src: SRC, fetch, retries: 0, store: false }).hotlines.list());
    expect(fromUrl).to.be.instanceOf(DatasetError);
    expect((fromUrl as DatasetError).source).to.equal(SRC);
    const inline = await rejection(createClient({ data: { format: 'other' } }).hotlines.list());
    expect(inline).to.be.instanceOf(DatasetError);
  });
});

describe('client.centres', () => {
  const NOW = new Date('2026-11-24T11:00:00Z');

  it('searches the centres of an inline dataset', async () => {
    const client = createClient({ data: demoDataset });
    const all = await client.centres.search({}, NOW);
    expect(all.total).to.equal(demoDataset.centres.length);
    const senegal = await client.centres.search({ country: 'SN' }, NOW);
    expect(senegal.items.length).to.be.greaterThan(0);
    expect(senegal.items.every((i) => i.centre.country === 'SN')).to.equal(true);
    expect(senegal.warnings).to.deep.equal([]);
  });

  it('gets a centre by id', async () => {
    const client = createClient({ data: demoDataset });
    const id = demoDataset.centres[0]!.id;
    expect((await client.centres.get(id))?.id).to.equal(id);
    expect(await client.centres.get('nope')).to.equal(undefined);
  });

  it('returns the warnings of the data it searched', async () => {
    const broken = { ...demoDataset, centres: [...demoDataset.centres, { id: 'no-name', kind: 'centre' }] };
    const client = createClient({ data: broken });
    const { warnings, freshness } = await client.centres.search({ country: 'SN' }, NOW);
    expect(warnings.map((w) => w.path)).to.include(`$.centres[${demoDataset.centres.length}].name`);
    // Inline data has no age.
    expect(freshness).to.equal(undefined);
  });

  it('gives the age of data from a URL with its results', async () => {
    const { fetch } = scriptedFetch(() => jsonResponse(demoDataset));
    const client = createClient({ src: SRC, fetch, retries: 0, store: false });
    const { freshness } = await client.centres.search({}, NOW);
    expect(freshness).to.include({ source: SRC, fromCache: false });
  });
});

describe('the search index of a client', () => {
  const NOW = new Date('2026-11-24T11:00:00Z');
  const INDEX_URL = 'https://example.org/mrc/index.json';
  const shard = (country: string) => ({
    ...demoDataset,
    centres: demoDataset.centres.filter((c) => c.country === country),
    hotlines: [],
  });
  const files: Record<string, unknown> = {
    [INDEX_URL]: {
      format: DATASET_INDEX_FORMAT,
      publisher: demoDataset.publisher,
      defaultLocale: demoDataset.defaultLocale,
      shards: [
        { country: 'SN', url: 'sn.json' },
        { country: 'GT', url: 'gt.json' },
      ],
    },
    'https://example.org/mrc/sn.json': shard('SN'),
    'https://example.org/mrc/gt.json': shard('GT'),
  };
  const fetch = (async (input: RequestInfo | URL) =>
    jsonResponse(files[input instanceof Request ? input.url : String(input)])) as typeof globalThis.fetch;

  /** A client whose index builds are counted. */
  function counted(source: string, local: LocalSource) {
    const built: Dataset[] = [];
    const client = localClient(source, local, (dataset) => {
      built.push(dataset);
      return Promise.resolve(createCentreIndex(dataset));
    });
    return { client, built };
  }

  it('is built once for an inline dataset, whatever the queries', async () => {
    const { client, built } = counted(
      'inline',
      whole(() => loadDataset(demoDataset)),
    );
    await client.centres.search({ text: 'demo' }, NOW);
    await client.centres.search({ country: 'SN' }, NOW);
    await client.centres.get(demoDataset.centres[0]!.id);
    expect(built).to.have.length(1);
  });

  it('is built once per set of shards, however often that set is searched', async () => {
    const source = openDatasetSource(INDEX_URL, { fetch, retries: 0, store: false });
    const { client, built } = counted(INDEX_URL, source);
    const senegal = await client.centres.search({ country: 'SN' }, NOW);
    await client.centres.search({ country: 'SN', text: 'dakar' }, NOW);
    expect(senegal.items.length).to.be.greaterThan(0);
    expect(built).to.have.length(1);
    await client.centres.search({}, NOW);
    await client.centres.search({ kinds: ['centre'] }, NOW);
    await client.centres.search({ country: 'SN' }, NOW);
    expect(built).to.have.length(2);
    expect(built[0]).to.equal(await source.centresFor({ country: 'SN' }).then((r) => r.dataset));
  });

  it('is built again on the next search when building it failed', async () => {
    let failures = 1;
    const client = localClient(
      'inline',
      whole(() => loadDataset(demoDataset)),
      (dataset) =>
        failures-- > 0
          ? Promise.reject(new TypeError('Failed to fetch the module'))
          : Promise.resolve(createCentreIndex(dataset)),
    );
    const error = await rejection(client.centres.search({}, NOW));
    expect(error).to.be.instanceOf(TypeError);
    expect((await client.centres.search({}, NOW)).total).to.equal(demoDataset.centres.length);
  });
});
