// Sharded datasets against a real HTTP server on loopback: an index of three country shards, of
// which each scope must fetch only what it needs (checked against the server's request log).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { createClient } from '../src/loading/client.js';
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { loadDataset } from '../src/loading/load.js';
import { MemoryStore } from '../src/loading/offline-store.js';
import { DATASET_INDEX_FORMAT } from '../src/model/dataset.js';
import { openDatasetSource } from '../src/loading/shards.js';
import {
  sendJson,
  sendStatus,
  startServer,
  type Handler,
  type LocalServer,
} from '../../../test/support/local-server.js';

const guard = { timeout: 20_000 };

const DAKAR = { lat: 14.69, lng: -17.45 };
const BANJUL = { lat: 13.45, lng: -16.58 };
const GUATEMALA_CITY = { lat: 14.63, lng: -90.51 };

function hotline(id: string, country: string) {
  return {
    id,
    name: `Test line ${country}`,
    countries: [country],
    channels: [{ kind: 'voice', value: '+44 20 7946 0001' }],
  };
}

function centre(id: string, country: string, lat: number, lng: number) {
  return { id, name: `Centre ${id}`, kind: 'centre', country, city: id, position: { lat, lng }, services: [] };
}

function shard(country: string, centres: unknown[]) {
  return {
    format: DATASET_FORMAT,
    publisher: { name: 'Test publisher' },
    updated: '2026-11-01',
    defaultLocale: 'en',
    centres,
    hotlines: [hotline(`line-${country.toLowerCase()}`, country), hotline('line-regional', country)],
  };
}

const SHARDS: Record<string, ReturnType<typeof shard>> = {
  '/data/sn.json': shard('SN', [centre('sn-dakar', 'SN', 14.69, -17.45), centre('sn-ziguinchor', 'SN', 12.58, -16.27)]),
  '/data/gm.json': shard('GM', [centre('gm-banjul', 'GM', 13.45, -16.58)]),
  '/data/gt.json': shard('GT', [centre('gt-guatemala', 'GT', 14.63, -90.51)]),
};

const INDEX = {
  format: DATASET_INDEX_FORMAT,
  publisher: { name: 'Test publisher' },
  updated: '2026-11-01',
  defaultLocale: 'en',
  hotlines: [hotline('line-regional', 'SN')],
  shards: [
    { country: 'SN', url: 'sn.json', centres: 2, bbox: [-17.6, 12.3, -11.3, 16.7], updated: '2026-11-01' },
    { country: 'GM', url: 'gm.json', centres: 1, bbox: [-16.9, 13.0, -13.7, 13.9], updated: '2026-10-15' },
    { country: 'GT', url: 'gt.json', centres: 1, bbox: [-92.3, 13.7, -88.2, 17.9], updated: '2026-11-01' },
  ],
};

/** Serves the index at /data/index.json and the shards beside it; `override` answers some paths instead. */
function publisher(index: unknown = INDEX, override: Record<string, Handler> = {}): Handler {
  return (req, res, hit) => {
    const path = req.url ?? '';
    const special = override[path];
    if (special) return special(req, res, hit);
    if (path === '/data/index.json') return sendJson(res, index);
    const body = SHARDS[path];
    return body ? sendJson(res, body) : sendStatus(res, 404);
  };
}

async function withServer(handler: Handler, test: (server: LocalServer, url: string) => Promise<void>): Promise<void> {
  const server = await startServer(handler);
  try {
    await test(server, server.url('/data/index.json'));
  } finally {
    await server.close();
  }
}

const options = { store: false as const, retries: 0 };

describe('a sharded dataset', () => {
  it('base() loads the index alone: publisher, hotlines and taxonomy, no centres', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const { dataset, warnings, freshness } = await openDatasetSource(url, options).base();
      expect(server.paths()).to.deep.equal(['/data/index.json']);
      expect(dataset.format).to.equal(DATASET_FORMAT);
      expect(dataset.publisher.name).to.equal('Test publisher');
      expect(dataset.hotlines.map((h) => h.id)).to.deep.equal(['line-regional']);
      expect(dataset.taxonomy.length).to.be.greaterThan(0);
      expect(dataset.centres).to.deep.equal([]);
      expect(warnings).to.deep.equal([]);
      expect(freshness).to.include({ source: url, fromCache: false });
    });
  });

  it('fetches only the shard of the country asked for', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const { dataset } = await openDatasetSource(url, options).centresFor({ country: 'sn' });
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/sn.json']);
      expect(dataset.centres.map((c) => c.id)).to.deep.equal(['sn-dakar', 'sn-ziguinchor']);
      // The index's hotlines first; one a shard repeats appears once.
      expect(dataset.hotlines.map((h) => h.id)).to.deep.equal(['line-regional', 'line-sn']);
    });
  });

  it('fetches only the shards within reach of a place', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const source = openDatasetSource(url, options);
      await source.centresFor({ near: DAKAR, radiusKm: 50 });
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/sn.json']);
      // Banjul is in the Gambia, inside Senegal's box.
      const near = await source.centresFor({ near: BANJUL, radiusKm: 20 });
      expect(server.paths().slice(2)).to.deep.equal(['/data/gm.json']);
      expect(near.dataset.centres.map((c) => c.id)).to.deep.equal(['sn-dakar', 'sn-ziguinchor', 'gm-banjul']);
    });
  });

  it('combines country and reach', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      await openDatasetSource(url, options).centresFor({ country: 'GM', near: GUATEMALA_CITY, radiusKm: 100 });
      expect(server.paths()).to.deep.equal(['/data/index.json']);
    });
  });

  it('fetches every shard when the scope is empty, or has a place without a radius', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const all = await openDatasetSource(url, options).centresFor();
      expect(server.paths()).to.have.members(['/data/index.json', '/data/sn.json', '/data/gm.json', '/data/gt.json']);
      expect(all.dataset.centres.map((c) => c.id)).to.deep.equal([
        'sn-dakar',
        'sn-ziguinchor',
        'gm-banjul',
        'gt-guatemala',
      ]);
      expect(all.dataset.hotlines.map((h) => h.id)).to.deep.equal(['line-regional', 'line-sn', 'line-gm', 'line-gt']);
      await openDatasetSource(url, options).centresFor({ near: DAKAR });
      expect(server.paths()).to.have.length(8);
    });
  });

  it('fetches each document once, even for concurrent scopes', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const source = openDatasetSource(url, options);
      await Promise.all([source.centresFor({ country: 'SN' }), source.centresFor({ country: 'SN' }), source.base()]);
      await source.centresFor({ near: DAKAR, radiusKm: 10 });
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/sn.json']);
      await source.centresFor();
      await source.centresFor({ country: 'GT' });
      expect(server.paths()).to.have.members(['/data/index.json', '/data/sn.json', '/data/gm.json', '/data/gt.json']);
    });
  });

  it('loadDataset on an index loads every shard', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const { dataset } = await loadDataset(url, options);
      expect(server.paths()).to.have.length(4);
      expect(dataset.hotlines).to.have.length(4);
    });
  });

  it('reports a shard’s problems with the shard’s URL in the path', guard, async () => {
    const broken = { ...SHARDS['/data/gt.json']!, hotlines: [{ id: 'no-channels', name: 'x', countries: ['GT'] }] };
    await withServer(
      publisher(INDEX, { '/data/gt.json': (_req, res) => sendJson(res, broken) }),
      async (server, url) => {
        const { warnings } = await openDatasetSource(url, options).centresFor({ country: 'GT' });
        expect(warnings.length).to.be.greaterThan(0);
        for (const w of warnings)
          expect(w.path.startsWith(`${server.url('/data/gt.json')}#$.hotlines[0]`)).to.equal(true);
      },
    );
  });

  it('keeps a centre listed by two shards once, saying where the other copy is', guard, async () => {
    const border = centre('border-post', 'GM', 13.4, -16.7);
    const sn = { ...SHARDS['/data/sn.json']!, centres: [...SHARDS['/data/sn.json']!.centres, border] };
    const gm = { ...SHARDS['/data/gm.json']!, centres: [border, ...SHARDS['/data/gm.json']!.centres] };
    const override: Record<string, Handler> = {
      '/data/sn.json': (_req, res) => sendJson(res, sn),
      '/data/gm.json': (_req, res) => sendJson(res, gm),
    };
    await withServer(publisher(INDEX, override), async (server, url) => {
      const { dataset, warnings } = await openDatasetSource(url, options).centresFor({ near: BANJUL, radiusKm: 20 });
      expect(dataset.centres.map((c) => c.id)).to.deep.equal(['sn-dakar', 'sn-ziguinchor', 'border-post', 'gm-banjul']);
      expect(warnings).to.deep.equal([
        {
          path: `${server.url('/data/gm.json')}#$.centres`,
          reason: `centre "border-post" is also in ${server.url('/data/sn.json')}; the first is kept`,
          action: 'skipped',
        },
      ]);
    });
  });

  it('leaves out a shard that fails, says so, and tries it again next time', guard, async () => {
    let down = true;
    const gt: Handler = (_req, res) => (down ? sendStatus(res, 500) : sendJson(res, SHARDS['/data/gt.json']));
    await withServer(publisher(INDEX, { '/data/gt.json': gt }), async (server, url) => {
      const source = openDatasetSource(url, options);
      const gtUrl = server.url('/data/gt.json');
      const partial = await source.centresFor();
      expect(partial.dataset.centres.map((c) => c.id)).to.deep.equal(['sn-dakar', 'sn-ziguinchor', 'gm-banjul']);
      expect(partial.warnings).to.deep.equal([
        {
          path: gtUrl,
          reason: `The GT shard of ${url} failed: Could not load ${gtUrl}: the server answered 500 Internal Server Error.`,
          action: 'skipped',
        },
      ]);
      down = false;
      const { dataset, warnings } = await source.centresFor();
      expect(dataset.hotlines).to.have.length(4);
      expect(warnings).to.deep.equal([]);
      expect(server.paths().filter((p) => p === '/data/gt.json')).to.have.length(2);
      expect(server.paths().filter((p) => p === '/data/sn.json')).to.have.length(1);
    });
  });

  it('rejects with a DatasetError naming the shard when every shard in scope fails', guard, async () => {
    await withServer(
      publisher(INDEX, { '/data/gt.json': (_req, res) => sendStatus(res, 500) }),
      async (server, url) => {
        const error = await failure(openDatasetSource(url, options).centresFor({ country: 'GT' }));
        const gtUrl = server.url('/data/gt.json');
        expect(error.message).to.equal(
          `The GT shard of ${url} failed: Could not load ${gtUrl}: the server answered 500 Internal Server Error.`,
        );
        expect(error.source).to.equal(gtUrl);
        // A scope with no shard at all is not a failure: there is nothing to load.
        const none = await openDatasetSource(url, options).centresFor({ country: 'FR' });
        expect(none.dataset.centres).to.deep.equal([]);
      },
    );
  });

  it('gives the same merged object for the same set of shards, whatever the scope that chose it', guard, async () => {
    await withServer(publisher(), async (_server, url) => {
      const source = openDatasetSource(url, options);
      const senegal = await source.centresFor({ country: 'SN' });
      expect(await source.centresFor({ country: 'sn' })).to.equal(senegal);
      expect(await source.centresFor({ near: DAKAR, radiusKm: 50 })).to.equal(senegal);
      const all = await source.centresFor();
      expect(all).not.to.equal(senegal);
      expect(await source.centresFor({ near: DAKAR })).to.equal(all);
      expect(await source.centresFor({ country: 'SN' })).to.equal(senegal);
    });
  });

  it('accepts in a shard the service terms its index defines', guard, async () => {
    const index = { ...INDEX, taxonomy: [{ id: 'driving-licence', name: { en: 'Driving licence exchange' } }] };
    const sn = {
      ...SHARDS['/data/sn.json']!,
      centres: [{ ...centre('sn-dakar', 'SN', 14.69, -17.45), services: ['driving-licence', 'reintegration'] }],
    };
    await withServer(publisher(index, { '/data/sn.json': (_req, res) => sendJson(res, sn) }), async (_server, url) => {
      const { dataset, warnings } = await openDatasetSource(url, options).centresFor({ country: 'SN' });
      expect(dataset.centres[0]!.services).to.deep.equal(['driving-licence', 'reintegration']);
      expect(warnings).to.deep.equal([]);
    });
  });

  it('finds a centre by id in the shards already loaded before loading the others', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const source = openDatasetSource(url, options);
      await source.centresFor({ country: 'SN' });
      expect((await source.centre('sn-ziguinchor'))?.id).to.equal('sn-ziguinchor');
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/sn.json']);
      expect((await source.centre('gt-guatemala'))?.id).to.equal('gt-guatemala');
      expect(server.paths().slice(2)).to.have.members(['/data/gm.json', '/data/gt.json']);
      expect(await source.centre('no-such-centre')).to.equal(undefined);
      expect(server.paths()).to.have.length(4);
    });
  });

  it('serves a failing shard from its kept copy, and gives the merged data the oldest age', guard, async () => {
    await withServer(
      publisher(INDEX, { '/data/gt.json': (_req, res) => sendStatus(res, 503) }),
      async (server, url) => {
        const store = new MemoryStore();
        const gtUrl = server.url('/data/gt.json');
        const keptAt = Date.UTC(2026, 10, 2, 8, 0);
        await store.put(gtUrl, { body: JSON.stringify(SHARDS['/data/gt.json']), savedAt: keptAt });
        const { dataset, freshness } = await openDatasetSource(url, { store, retries: 0 }).centresFor();
        expect(dataset.hotlines.map((h) => h.id)).to.include('line-gt');
        expect(freshness).to.deep.equal({
          source: url,
          fetchedAt: new Date(keptAt),
          fromCache: true,
          staleReason: `Could not load ${gtUrl}: the server answered 503 Service Unavailable.`,
        });
      },
    );
  });

  it('rejects a shard that is itself an index', guard, async () => {
    await withServer(
      publisher(INDEX, { '/data/gm.json': (_req, res) => sendJson(res, INDEX) }),
      async (server, url) => {
        const error = await failure(openDatasetSource(url, options).centresFor({ country: 'GM' }));
        expect(error.message).to.contain(`${server.url('/data/gm.json')} is an index; a shard must be a dataset.`);
      },
    );
  });
});

describe('a plain dataset opened as a source', () => {
  it('gives the whole dataset for any scope, from one fetch', guard, async () => {
    await withServer(publisher(), async (server) => {
      const url = server.url('/data/sn.json');
      const source = openDatasetSource(url, options);
      const all = await source.centresFor({ country: 'GT' });
      expect(await source.base()).to.equal(all);
      expect(all.dataset.hotlines.map((h) => h.id)).to.deep.equal(['line-sn', 'line-regional']);
      expect(server.paths()).to.deep.equal(['/data/sn.json']);
    });
  });
});

describe('a bad index', () => {
  it('rejects an unknown index version', guard, async () => {
    await withServer(publisher({ ...INDEX, format: 'mrc-kit/dataset-index@2' }), async (_server, url) => {
      const error = await failure(openDatasetSource(url, options).base());
      expect(error.message).to.equal(
        'Unsupported dataset index format "mrc-kit/dataset-index@2": this version of mrc-kit reads "mrc-kit/dataset-index@1".',
      );
      expect(error.source).to.equal(url);
    });
  });

  it('rejects an index without a shard list', guard, async () => {
    await withServer(publisher({ ...INDEX, shards: { SN: 'sn.json' } }), async (_server, url) => {
      const error = await failure(openDatasetSource(url, options).base());
      expect(error.message).to.equal(`The dataset index ${url} has no "shards" list.`);
    });
  });

  it('skips bad shard entries and leaves out bad optional fields, saying where and why', guard, async () => {
    const index = {
      ...INDEX,
      shards: [
        { country: 'Senegal', url: 'sn.json' },
        { country: 'SN' },
        { country: 'SN', url: 'javascript:alert(1)' },
        'gm.json',
        { country: 'gm', url: 'gm.json', bbox: [-16.9, 13.9, -13.7, 13.0], centres: -1, updated: '2026-13-01' },
        { country: 'GM', url: './gm.json' },
      ],
    };
    await withServer(publisher(index), async (server, url) => {
      const source = openDatasetSource(url, options);
      const { warnings } = await source.base();
      expect(warnings).to.deep.equal([
        {
          path: '$.shards[0]',
          reason: '"country" must be a two-letter ISO 3166-1 code such as "SN"',
          action: 'skipped',
        },
        {
          path: '$.shards[1]',
          reason: '"url" must be the address of a shard file, relative to the index or https:',
          action: 'skipped',
        },
        {
          path: '$.shards[2]',
          reason: '"url" must be the address of a shard file, relative to the index or https:',
          action: 'skipped',
        },
        { path: '$.shards[3]', reason: 'a shard entry is an object', action: 'skipped' },
        { path: '$.shards[4].centres', reason: 'not a count of centres; left out', action: 'repaired' },
        {
          path: '$.shards[4].bbox',
          reason: 'not [minLng, minLat, maxLng, maxLat] in degrees; left out',
          action: 'repaired',
        },
        { path: '$.shards[4].updated', reason: 'not a date written YYYY-MM-DD; left out', action: 'repaired' },
        { path: '$.shards[5].url', reason: `${server.url('/data/gm.json')} is already listed`, action: 'skipped' },
      ]);
      // The one good entry, without its box, is loaded for any place.
      await source.centresFor({ near: GUATEMALA_CITY, radiusKm: 10 });
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/gm.json']);
    });
  });
});

describe('a client over a sharded dataset', () => {
  it('gets a centre from the shards already loaded, loading the others only when needed', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const client = createClient({ src: url, ...options });
      await client.centres.search({ country: 'GM' });
      expect((await client.centres.get('gm-banjul'))?.id).to.equal('gm-banjul');
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/gm.json']);
      expect((await client.centres.get('sn-dakar'))?.id).to.equal('sn-dakar');
      expect(server.paths()).to.have.length(4);
    });
  });

  it('returns the warnings and the age of the shards it searched', guard, async () => {
    await withServer(
      publisher(INDEX, { '/data/gt.json': (_req, res) => sendStatus(res, 500) }),
      async (server, url) => {
        const client = createClient({ src: url, ...options });
        const senegal = await client.centres.search({ country: 'SN' });
        expect(senegal.warnings).to.deep.equal([]);
        expect(senegal.freshness).to.include({ source: url, fromCache: false });
        const all = await client.centres.search({});
        expect(all.total).to.equal(3);
        expect(all.warnings.map((w) => w.path)).to.deep.equal([server.url('/data/gt.json')]);
      },
    );
  });

  it('lists the index’s hotlines, without loading a shard', guard, async () => {
    await withServer(publisher(), async (server, url) => {
      const client = createClient({ src: url, ...options });
      expect((await client.hotlines.list()).map((h) => h.id)).to.deep.equal(['line-regional']);
      await client.centres.search({ country: 'SN' });
      expect((await client.hotlines.list()).map((h) => h.id)).to.deep.equal(['line-regional']);
      expect(await client.hotlines.get('line-sn')).to.equal(undefined);
      expect(server.paths()).to.deep.equal(['/data/index.json', '/data/sn.json']);
    });
  });
});
