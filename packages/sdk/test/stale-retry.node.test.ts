// Data served from the kept copy while the network was down is used only for a while: once the
// server is back, a later query loads fresh data. Against a real server on loopback that drops
// every connection while it is "down". Node only (a browser test cannot start a server).
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { MemoryStore } from '../src/loading/offline-store.js';
import { DATASET_INDEX_FORMAT } from '../src/model/dataset.js';
import { smallDataset } from './support/small-dataset.js';
import { sendJson, startServer, type LocalServer } from '../../../test/support/local-server.js';

const guard = { timeout: 20_000 };

const SHARD = {
  format: DATASET_FORMAT,
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  centres: [{ id: 'sn-dakar', name: 'Dakar', kind: 'centre', country: 'SN', position: { lat: 14.69, lng: -17.45 } }],
};
const INDEX = {
  format: DATASET_INDEX_FORMAT,
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  shards: [{ country: 'SN', url: 'sn.json' }],
};
const FILES: Record<string, unknown> = {
  '/data/dataset.json': smallDataset,
  '/data/index.json': INDEX,
  '/data/sn.json': SHARD,
};

/** A server whose files can go down one by one (every connection for them is dropped) and come back. */
async function flakyServer(): Promise<{ server: LocalServer; down: Set<string> }> {
  const down = new Set<string>();
  const server = await startServer((req, res) => {
    const path = req.url ?? '';
    if (down.has(path)) return void req.socket.destroy();
    sendJson(res, FILES[path]);
  });
  return { server, down };
}

/** A store that already holds a good copy of every file, kept a day ago. */
async function keptCopies(server: LocalServer): Promise<{ store: MemoryStore; keptAt: number }> {
  const store = new MemoryStore();
  const keptAt = Date.now() - 86_400_000;
  for (const [path, body] of Object.entries(FILES)) {
    await store.put(server.url(path), { body: JSON.stringify(body), savedAt: keptAt });
  }
  return { store, keptAt };
}

describe('data from the kept copy', () => {
  it('is used until the back-off has passed, then fresh data is loaded', guard, async () => {
    const { server, down } = await flakyServer();
    try {
      const url = server.url('/data/dataset.json');
      const { store, keptAt } = await keptCopies(server);
      down.add('/data/dataset.json');
      const patient = createClient({ src: url, store, retries: 0 });
      const eager = createClient({ src: url, store, retries: 0, retryStaleAfterMs: 0 });
      for (const client of [patient, eager]) {
        const stale = await client.load();
        expect(stale.freshness).to.include({ fromCache: true });
        expect(stale.freshness!.fetchedAt.getTime()).to.equal(keptAt);
      }
      expect(server.paths()).to.have.length(2);

      down.clear();
      // Within the default 30 s the patient client asks nothing; the eager one asks again at once.
      expect((await patient.load()).freshness!.staleReason).to.be.a('string');
      expect(server.paths()).to.have.length(2);
      const fresh = await eager.load();
      expect(fresh.freshness).to.include({ fromCache: false });
      expect(fresh.freshness!.staleReason).to.equal(undefined);
      expect(server.paths()).to.have.length(3);
      // Fresh data is kept for good.
      await eager.load();
      expect(server.paths()).to.have.length(3);
    } finally {
      await server.close();
    }
  });

  it('stands in for a shard until the shard can be loaded again', guard, async () => {
    const { server, down } = await flakyServer();
    try {
      const { store } = await keptCopies(server);
      down.add('/data/sn.json');
      const client = createClient({ src: server.url('/data/index.json'), store, retries: 0, retryStaleAfterMs: 0 });
      const stale = await client.centres.search({ country: 'SN' });
      expect(stale.items.map((i) => i.centre.id)).to.deep.equal(['sn-dakar']);
      expect(stale.freshness).to.include({ fromCache: true });
      expect(stale.freshness!.staleReason).to.contain(server.url('/data/sn.json'));

      down.clear();
      const fresh = await client.centres.search({ country: 'SN' });
      expect(fresh.items.map((i) => i.centre.id)).to.deep.equal(['sn-dakar']);
      expect(fresh.freshness!.staleReason).to.equal(undefined);
      expect(server.paths().filter((p) => p === '/data/sn.json')).to.have.length(2);
    } finally {
      await server.close();
    }
  });
});
