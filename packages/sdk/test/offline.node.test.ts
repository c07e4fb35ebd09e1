// The offline copy against a real HTTP server on loopback: revalidation with ETag and
// Last-Modified, and every fault a slow or broken connection brings, with and without a kept copy.
// Each case must end in data (fresh or kept) or a clear DatasetError, never a hang: the per-test
// time-out is only a safety net for that. Node only (a browser test cannot start a server).
import { describe, it } from 'node:test';
import type { ServerResponse } from 'node:http';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { smallDataset } from './support/small-dataset.js';
import { fetchJson, fetchJsonWithMeta } from '../src/loading/fetch-json.js';
import { loadDataset, type LoadOptions } from '../src/loading/load.js';
import { MemoryStore, type OfflineStore } from '../src/loading/offline-store.js';
import {
  sendJson,
  sendStatus,
  startServer,
  type Handler,
  type LocalServer,
} from '../../../test/support/local-server.js';

const guard = { timeout: 20_000 };
const PATH = '/data/dataset.json';
const BODY = JSON.stringify(smallDataset);

/** Runs a test against a fresh server, closed afterwards whatever happens. */
async function withServer(handler: Handler, test: (server: LocalServer, url: string) => Promise<void>): Promise<void> {
  const server = await startServer(handler);
  try {
    await test(server, server.url(PATH));
  } finally {
    await server.close();
  }
}

describe('revalidation', () => {
  it('sends If-None-Match and uses the kept body when the server answers 304', guard, async () => {
    const handler: Handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') sendStatus(res, 304, { etag: '"v1"' });
      else sendJson(res, smallDataset, { etag: '"v1"' });
    };
    await withServer(handler, async (server, url) => {
      const store = new MemoryStore();
      const first = await loadDataset(url, { store });
      expect(first.freshness).to.include({ source: url, fromCache: false });
      const second = await loadDataset(url, { store });
      expect(server.hits).to.have.length(2);
      expect(server.hits[0]!.headers['if-none-match']).to.equal(undefined);
      expect(server.hits[1]!.headers['if-none-match']).to.equal('"v1"');
      expect(second.dataset.hotlines).to.deep.equal(first.dataset.hotlines);
      expect(second.freshness).to.include({ source: url, fromCache: true });
      expect(second.freshness!.staleReason).to.equal(undefined);
      // The server confirmed the copy: its age starts again.
      expect(second.freshness!.fetchedAt.getTime()).to.be.at.least(first.freshness!.fetchedAt.getTime());
    });
  });

  it('sends If-Modified-Since and uses the kept body when the server answers 304', guard, async () => {
    const lastModified = 'Sun, 01 Nov 2026 08:00:00 GMT';
    const handler: Handler = (req, res) => {
      if (req.headers['if-modified-since'] === lastModified) sendStatus(res, 304);
      else sendJson(res, smallDataset, { 'last-modified': lastModified });
    };
    await withServer(handler, async (server, url) => {
      const store = new MemoryStore();
      await loadDataset(url, { store });
      const second = await fetchJsonWithMeta(url, { store });
      expect(server.hits[1]!.headers['if-modified-since']).to.equal(lastModified);
      expect(second).to.include({ fromCache: true, revalidated: true });
      expect(second.json).to.deep.equal(smallDataset);
    });
  });

  it('keeps a changed document with its new ETag', guard, async () => {
    const versions = ['"v1"', '"v2"'];
    const handler: Handler = (req, res, hit) => {
      const etag = versions[Math.min(hit, 1)]!;
      if (req.headers['if-none-match'] === etag) sendStatus(res, 304, { etag });
      else sendJson(res, { ...smallDataset, updated: hit === 0 ? '2026-10-01' : '2026-11-01' }, { etag });
    };
    await withServer(handler, async (server, url) => {
      const store = new MemoryStore();
      await loadDataset(url, { store });
      const changed = await loadDataset(url, { store });
      const confirmed = await loadDataset(url, { store });
      expect(server.hits.map((h) => h.headers['if-none-match'])).to.deep.equal([undefined, '"v1"', '"v2"']);
      expect(changed.dataset.updated).to.equal('2026-11-01');
      expect(changed.freshness!.fromCache).to.equal(false);
      expect(confirmed.dataset.updated).to.equal('2026-11-01');
      expect(confirmed.freshness!.fromCache).to.equal(true);
      expect((await store.get(url))?.etag).to.equal('"v2"');
    });
  });

  it('fetches the whole document again when the kept copy no longer reads', guard, async () => {
    const handler: Handler = (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') sendStatus(res, 304);
      else sendJson(res, smallDataset, { etag: '"v1"' });
    };
    await withServer(handler, async (server, url) => {
      const store = new MemoryStore();
      await store.put(url, { body: '{"format": "mrc-k', etag: '"v1"', savedAt: 0 });
      const { dataset, freshness } = await loadDataset(url, { store });
      expect(server.hits.map((h) => h.headers['if-none-match'])).to.deep.equal(['"v1"', undefined]);
      expect(dataset.hotlines).to.have.length(smallDataset.hotlines.length);
      expect(freshness!.fromCache).to.equal(false);
      expect((await store.get(url))?.body).to.equal(BODY);
    });
  });

  it('keeps nothing with store: false, and fetchJson keeps nothing', guard, async () => {
    await withServer(
      (_req, res) => sendJson(res, smallDataset, { etag: '"v1"' }),
      async (server, url) => {
        await loadDataset(url, { store: false });
        expect(await fetchJson(url)).to.deep.equal(smallDataset);
        expect(server.hits.every((h) => h.headers['if-none-match'] === undefined)).to.equal(true);
      },
    );
  });
});

interface Fault {
  name: string;
  reply: Handler;
  options?: LoadOptions;
  message: (url: string) => string;
}

const cut = (res: ServerResponse, end: 'stall' | 'close') => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
  res.write(BODY.slice(0, BODY.length / 2));
  if (end === 'close') setTimeout(() => res.socket?.destroy(), 20);
};

const faults: Fault[] = [
  {
    name: 'a server that never answers',
    reply: () => {},
    message: (url) => `Could not load ${url}: no answer in time (the connection may be slow or down).`,
  },
  {
    name: 'a body that stops arriving',
    reply: (_req, res) => cut(res, 'stall'),
    message: (url) => `Could not load ${url}: no answer in time (the connection may be slow or down).`,
  },
  {
    name: 'a 500 after the retries',
    reply: (_req, res) => sendStatus(res, 500),
    options: { retries: 1 },
    message: (url) => `Could not load ${url}: the server answered 500 Internal Server Error.`,
  },
  {
    name: 'a 429 that lasts longer than the retries',
    reply: (_req, res) => sendStatus(res, 429, { 'retry-after': '1' }),
    options: { retries: 1 },
    message: (url) => `Could not load ${url}: the server answered 429 Too Many Requests.`,
  },
  {
    name: 'a connection cut in the middle of the body',
    reply: (_req, res) => cut(res, 'close'),
    message: (url) => `Could not load ${url}: the connection broke while the data was arriving.`,
  },
  {
    name: 'a truncated JSON body',
    reply: (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(BODY.slice(0, BODY.length / 2));
    },
    message: (url) => `${url} sent not valid JSON (application/json).`,
  },
  {
    name: 'an HTML error page with 200',
    reply: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><title>Wi-Fi login</title><h1>Please sign in</h1>');
    },
    message: (url) => `${url} sent a web page, not JSON (text/html).`,
  },
  {
    name: 'an HTML error page with 503',
    reply: (_req, res) => {
      res.writeHead(503, { 'content-type': 'text/html' });
      res.end('<!doctype html><h1>Service Unavailable</h1>');
    },
    message: (url) => `Could not load ${url}: the server answered 503 Service Unavailable.`,
  },
  {
    name: 'JSON that is not a dataset',
    reply: (_req, res) => sendJson(res, { error: 'maintenance' }),
    message: () =>
      'Expected an mrc-kit dataset: a JSON object with "format": "mrc-kit/dataset@1", but got an object without "format".',
  },
];

describe('faults', () => {
  for (const fault of faults) {
    const options = { retries: 0, timeoutMs: 300, ...fault.options };

    it(`${fault.name}: a clear DatasetError when nothing is kept`, guard, async () => {
      await withServer(fault.reply, async (_server, url) => {
        const error = await failure(loadDataset(url, { ...options, store: new MemoryStore() }));
        expect(error.message).to.equal(fault.message(url));
        expect(error.source).to.equal(url);
      });
    });

    it(`${fault.name}: the kept copy, saying why`, guard, async () => {
      const reply: Handler = (req, res, hit) => (hit === 0 ? sendJson(res, smallDataset) : fault.reply(req, res, hit));
      await withServer(reply, async (_server, url) => {
        const store = new MemoryStore();
        const first = await loadDataset(url, { ...options, store });
        const second = await loadDataset(url, { ...options, store });
        expect(second.dataset.hotlines).to.deep.equal(first.dataset.hotlines);
        expect(second.freshness).to.deep.equal({
          source: url,
          fetchedAt: first.freshness!.fetchedAt,
          fromCache: true,
          staleReason: fault.message(url),
        });
        // The bad answer did not replace the good copy.
        expect((await store.get(url))?.body).to.equal(BODY);
      });
    });
  }

  it('waits as long as Retry-After says on 429, then loads fresh data', guard, async () => {
    const times: number[] = [];
    const reply: Handler = (_req, res, hit) => {
      times.push(Date.now());
      if (hit === 0) sendStatus(res, 429, { 'retry-after': '1' });
      else sendJson(res, smallDataset);
    };
    await withServer(reply, async (_server, url) => {
      const { freshness } = await loadDataset(url, { store: new MemoryStore() });
      expect(times).to.have.length(2);
      // A lower bound only: the retry may never come sooner than the server asked.
      expect(times[1]! - times[0]!).to.be.at.least(900);
      expect(freshness!.fromCache).to.equal(false);
    });
  });

  it('reads JSON sent with the wrong content type', guard, async () => {
    const reply: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end(BODY);
    };
    await withServer(reply, async (_server, url) => {
      const store = new MemoryStore();
      const { dataset, freshness } = await loadDataset(url, { store });
      expect(dataset.hotlines).to.have.length(smallDataset.hotlines.length);
      expect(freshness!.fromCache).to.equal(false);
      expect((await store.get(url))?.body).to.equal(BODY);
    });
  });

  it('uses the kept copy when the network goes away after a first good load', guard, async () => {
    const server = await startServer((_req, res) => sendJson(res, smallDataset));
    const url = server.url(PATH);
    const store = new MemoryStore();
    const first = await loadDataset(url, { store, retries: 1 });
    await server.close();
    const second = await loadDataset(url, { store, retries: 1 });
    expect(second.dataset).to.deep.equal(first.dataset);
    expect(second.freshness!.fromCache).to.equal(true);
    expect(second.freshness!.fetchedAt).to.deep.equal(first.freshness!.fetchedAt);
    expect(second.freshness!.staleReason).to.equal(
      `Could not load ${url}: the network is unavailable or the server cannot be reached.`,
    );
  });

  it('does not hide a 404 or 410 behind the kept copy: the publisher removed the file', guard, async () => {
    const reply: Handler = (_req, res, hit) => (hit === 0 ? sendJson(res, smallDataset) : sendStatus(res, 410));
    await withServer(reply, async (_server, url) => {
      const store = new MemoryStore();
      await loadDataset(url, { store });
      const error = await failure(loadDataset(url, { store }));
      expect(error.message).to.equal(`Could not load ${url}: the server answered 410 Gone.`);
    });
  });

  it('does not answer a cancelled load with the kept copy', guard, async () => {
    const reply: Handler = (_req, res, hit) => (hit === 0 ? sendJson(res, smallDataset) : undefined);
    await withServer(reply, async (_server, url) => {
      const store = new MemoryStore();
      await loadDataset(url, { store });
      const controller = new AbortController();
      const pending = loadDataset(url, { store, signal: controller.signal });
      setTimeout(() => controller.abort(), 50);
      const error = await failure(pending);
      expect(error.message).to.equal(`Could not load ${url}: the request was cancelled.`);
    });
  });

  it('loads as if nothing were kept when the store itself fails', guard, async () => {
    const broken: OfflineStore = {
      get: () => Promise.reject(new Error('storage is broken')),
      put: () => Promise.reject(new Error('storage is full')),
    };
    await withServer(
      (_req, res) => sendJson(res, smallDataset),
      async (_server, url) => {
        const { dataset, freshness } = await loadDataset(url, { store: broken });
        expect(dataset.hotlines).to.have.length(smallDataset.hotlines.length);
        expect(freshness!.fromCache).to.equal(false);
      },
    );
  });

  it('gives inline data no freshness', async () => {
    expect((await loadDataset(smallDataset)).freshness).to.equal(undefined);
  });
});
