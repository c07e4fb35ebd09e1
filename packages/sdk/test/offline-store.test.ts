import { expect } from 'chai';
import { smallDataset } from './support/small-dataset.js';
import { loadDataset } from '../src/loading/load.js';
import {
  defaultStore,
  IndexedDbStore,
  MemoryStore,
  type IndexedDbStoreOptions,
  type OfflineEntry,
} from '../src/loading/offline-store.js';

const ENTRY: OfflineEntry = { body: '{"format":"mrc-kit/dataset@1"}', etag: '"v1"', savedAt: Date.UTC(2026, 10, 1) };

describe('MemoryStore', () => {
  it('round-trips an entry, and hands out copies', async () => {
    const store = new MemoryStore();
    expect(await store.get('https://example.org/a.json')).to.equal(undefined);
    await store.put('https://example.org/a.json', ENTRY);
    const got = await store.get('https://example.org/a.json');
    expect(got).to.deep.equal(ENTRY);
    got!.body = 'changed';
    expect((await store.get('https://example.org/a.json'))?.body).to.equal(ENTRY.body);
  });
});

describe('IndexedDbStore', () => {
  if (typeof indexedDB === 'undefined') {
    it('is not the default where there is no IndexedDB', () => {
      expect(defaultStore()).to.equal(undefined);
    });
    return;
  }

  const names: string[] = [];
  /** A store on a database of its own, deleted after the test. */
  const freshStore = (limits: Pick<IndexedDbStoreOptions, 'maxEntries' | 'maxAgeMs'> = {}) => {
    const name = `mrc-kit-test-${Math.random().toString(36).slice(2)}`;
    names.push(name);
    return { name, store: new IndexedDbStore({ name, ...limits }) };
  };
  /** The URLs whose copies `store` holds, of those asked. */
  const held = async (store: IndexedDbStore, urls: string[]) =>
    (await Promise.all(urls.map(async (url) => ((await store.get(url)) ? url : undefined)))).filter(Boolean);
  const DAY = 24 * 60 * 60 * 1000;
  const at = (url: string, savedAt: number): [string, OfflineEntry] => [url, { body: `{"url":"${url}"}`, savedAt }];
  afterEach(async () => {
    // The store closes its connection when asked to, so deleting is never blocked.
    await Promise.all(
      names.splice(0).map(
        (name) =>
          new Promise((resolve) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = request.onerror = request.onblocked = resolve;
          }),
      ),
    );
  });

  it('round-trips an entry, also through another connection', async () => {
    const { name, store } = freshStore();
    expect(await store.get('https://example.org/a.json')).to.equal(undefined);
    await store.put('https://example.org/a.json', ENTRY);
    expect(await store.get('https://example.org/a.json')).to.deep.equal(ENTRY);
    // Another store object on the same database, as after a page reload.
    expect(await new IndexedDbStore({ name }).get('https://example.org/a.json')).to.deep.equal(ENTRY);
  });

  it('replaces an entry with a newer one', async () => {
    const { store } = freshStore();
    await store.put('https://example.org/a.json', ENTRY);
    const newer = { body: '{}', lastModified: 'Sun, 01 Nov 2026 08:00:00 GMT', savedAt: ENTRY.savedAt + 1 };
    await store.put('https://example.org/a.json', newer);
    expect(await store.get('https://example.org/a.json')).to.deep.equal(newer);
  });

  it('keeps at most maxEntries copies, dropping the least recently confirmed', async () => {
    const { store } = freshStore({ maxEntries: 3 });
    const t = ENTRY.savedAt;
    for (const [url, entry] of [at('a', t), at('b', t + 1), at('c', t + 2), at('d', t + 3)])
      await store.put(url, entry);
    expect(await held(store, ['a', 'b', 'c', 'd'])).to.deep.equal(['b', 'c', 'd']);
    // b is confirmed again: c is now the oldest.
    await store.put(...at('b', t + 4));
    await store.put(...at('e', t + 5));
    expect(await held(store, ['b', 'c', 'd', 'e'])).to.deep.equal(['b', 'd', 'e']);
  });

  it('drops copies not confirmed for maxAgeMs only when another copy is stored, never the one stored', async () => {
    const { store } = freshStore({ maxAgeMs: 180 * DAY });
    const t = ENTRY.savedAt;
    await store.put(...at('old', t));
    await store.put(...at('recent', t + 100 * DAY));
    // Reading never drops anything, however old the copy (the person may be offline for months).
    expect(await held(store, ['old', 'recent'])).to.deep.equal(['old', 'recent']);
    await store.put(...at('new', t + 180 * DAY + 1));
    expect(await held(store, ['old', 'recent', 'new'])).to.deep.equal(['recent', 'new']);
    // A copy stored with a date older than the limit is still kept: it is the one just given.
    await store.put(...at('late', t));
    expect(await held(store, ['late'])).to.deep.equal(['late']);
  });

  it('counts a copy stored without a date (by an older kit) as confirmed at the next store, then ages it', async () => {
    const { name, store } = freshStore({ maxAgeMs: DAY });
    // As a kit without eviction wrote it: the copy alone.
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('datasets');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('datasets', 'readwrite');
        tx.objectStore('datasets').put(ENTRY, 'legacy');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    const t = ENTRY.savedAt + 30 * DAY;
    await store.put(...at('a', t));
    await store.put(...at('a', t + DAY));
    expect(await held(store, ['legacy', 'a'])).to.deep.equal(['legacy', 'a']);
    await store.put(...at('b', t + DAY + 1));
    expect(await held(store, ['legacy', 'a', 'b'])).to.deep.equal(['a', 'b']);
  });

  it('ignores a stored value that is not an entry', async () => {
    const { name, store } = freshStore();
    await store.put('https://example.org/a.json', ENTRY);
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open(name, 1);
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const tx = open.result.transaction('datasets', 'readwrite');
        tx.objectStore('datasets').put({ body: 42 }, 'https://example.org/a.json');
        tx.oncomplete = () => {
          open.result.close();
          resolve();
        };
      };
    });
    expect(await store.get('https://example.org/a.json')).to.equal(undefined);
  });

  it('stores nothing, and never throws, when IndexedDB refuses to open', async () => {
    const throwing = {
      open: () => {
        throw new DOMException('A mutation operation was attempted in private mode.', 'InvalidStateError');
      },
    } as unknown as IDBFactory;
    const failing = {
      open: () => {
        const request = {} as IDBOpenDBRequest & { onerror: ((e: Event) => void) | null };
        setTimeout(() => request.onerror?.(new Event('error')), 0);
        return request;
      },
    } as unknown as IDBFactory;
    for (const factory of [throwing, failing]) {
      const store = new IndexedDbStore({ factory });
      await store.put('https://example.org/a.json', ENTRY);
      expect(await store.get('https://example.org/a.json')).to.equal(undefined);
    }
  });

  it('is the default store in a browser, on the database "mrc-kit"', async () => {
    const store = defaultStore();
    expect(store).to.be.instanceOf(IndexedDbStore);
    expect(defaultStore()).to.equal(store);
    const key = `https://example.org/default-store-test-${Date.now()}.json`;
    await store!.put(key, ENTRY);
    expect(await new IndexedDbStore({ name: 'mrc-kit' }).get(key)).to.deep.equal(ENTRY);
  });

  it('gives loadDataset the last good copy when the network fails', async () => {
    const { store } = freshStore();
    const url = 'https://example.org/mrc/offline-test.json';
    const sent: Headers[] = [];
    const online = (async (input: RequestInfo | URL, init?: RequestInit) => {
      sent.push(new Request(input, init).headers);
      return new Response(JSON.stringify(smallDataset), {
        headers: { 'content-type': 'application/json', etag: '"v1"' },
      });
    }) as typeof fetch;
    const offline = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;

    const first = await loadDataset(url, { store, fetch: online, retries: 0 });
    await loadDataset(url, { store, fetch: online, retries: 0 });
    // Another origin: no If-None-Match, which would need a CORS preflight; the HTTP cache revalidates.
    expect(sent.map((h) => h.get('if-none-match'))).to.deep.equal([null, null]);
    const second = await loadDataset(url, { store, fetch: offline, retries: 0 });
    expect(second.dataset.hotlines).to.deep.equal(first.dataset.hotlines);
    expect(second.freshness!.fromCache).to.equal(true);
    expect(second.freshness!.staleReason).to.contain('network is unavailable');
  });

  it('asks the page’s own origin whether the kept copy changed', async () => {
    const { store } = freshStore();
    const url = new URL('/mrc/revalidate-test.json', location.href).href;
    const sent: (string | null)[] = [];
    const server = (async (input: RequestInfo | URL, init?: RequestInit) => {
      const tag = new Request(input, init).headers.get('if-none-match');
      sent.push(tag);
      if (tag === '"v1"') return new Response(null, { status: 304 });
      return new Response(JSON.stringify(smallDataset), { headers: { etag: '"v1"' } });
    }) as typeof fetch;
    await loadDataset(url, { store, fetch: server, retries: 0 });
    const second = await loadDataset(url, { store, fetch: server, retries: 0 });
    expect(sent).to.deep.equal([null, '"v1"']);
    expect(second.freshness!.fromCache).to.equal(true);
  });
});
