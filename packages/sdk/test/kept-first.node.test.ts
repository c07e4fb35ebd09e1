// A client shows the kept copy at once when the server is slow, and then what the server says:
// fresh data, the copy confirmed, the copy standing in for a failure, or an answer no copy may mask.
// Against a real HTTP server on loopback whose answers the test releases one by one.
import { describe, it } from 'node:test';
import type { ServerResponse } from 'node:http';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { smallDataset } from './support/small-dataset.js';
import { createClient } from '../src/loading/client.js';
import { fetchJsonWithMeta } from '../src/loading/fetch-json.js';
import { MemoryStore } from '../src/loading/offline-store.js';
import type { DataUpdate } from '../src/loading/options.js';
import { sendJson, sendStatus, startServer, type LocalServer } from '../../../test/support/local-server.js';

const guard = { timeout: 20_000 };
const PATH = '/data/dataset.json';
const FRESH = { ...smallDataset, updated: '2026-11-20' };

/**
 * A server whose first request is answered at once (the first visit, which leaves a copy), and
 * whose later requests wait until the test answers them.
 */
async function slowAfterFirstVisit(): Promise<{
  server: LocalServer;
  url: string;
  answer: (send: (res: ServerResponse) => void) => void;
}> {
  const waiting: ServerResponse[] = [];
  const queued: ((res: ServerResponse) => void)[] = [];
  const server = await startServer((_req, res, hit) => {
    if (hit === 0) return sendJson(res, smallDataset, { etag: '"v1"' });
    const send = queued.shift();
    if (send) send(res);
    else waiting.push(res);
  });
  const answer = (send: (res: ServerResponse) => void) => {
    const res = waiting.shift();
    if (res) send(res);
    else queued.push(send);
  };
  return { server, url: server.url(PATH), answer };
}

/** A client over `url` whose store already holds the first visit's copy, and the updates it hears. */
async function revisit(url: string, options: { retries?: number } = {}) {
  const store = new MemoryStore();
  await createClient({ src: url, store }).load();
  const client = createClient({ src: url, store, keptAfterMs: 0, ...options });
  const updates: DataUpdate[] = [];
  let heard: () => void = () => undefined;
  const next = new Promise<void>((resolve) => (heard = resolve));
  client.onUpdate!((update) => {
    updates.push(update);
    heard();
  });
  return { client, updates, next };
}

describe('a client with a kept copy and a slow server', () => {
  it('shows the copy at once, then the fresh data the server sends', guard, async () => {
    const { server, url, answer } = await slowAfterFirstVisit();
    try {
      const { client, updates, next } = await revisit(url);
      const shown = await client.load();
      expect(shown.dataset.updated).to.equal(smallDataset.updated);
      expect(shown.freshness).to.include({ fromCache: true, pending: true });
      expect(shown.freshness!.staleReason).to.equal(undefined);

      answer((res) => sendJson(res, FRESH, { etag: '"v2"' }));
      await next;
      expect(updates).to.have.length(1);
      expect(updates[0]!.previous).to.include({ pending: true, fromCache: true });
      expect(updates[0]!.current).to.include({ fromCache: false });
      expect(updates[0]!.current!.pending).to.equal(undefined);
      const now = await client.load();
      expect(now.dataset.updated).to.equal('2026-11-20');
      expect((await client.hotlines.list()).map((h) => h.id)).to.deep.equal(now.dataset.hotlines.map((h) => h.id));
    } finally {
      await server.close();
    }
  });

  it('keeps the same data when the server sends the same file again', guard, async () => {
    const { server, url, answer } = await slowAfterFirstVisit();
    try {
      const { client, updates, next } = await revisit(url);
      const shown = await client.load();
      // The early request asks plainly (the browser's HTTP cache revalidates it): the same body comes.
      answer((res) => sendJson(res, smallDataset, { etag: '"v1"' }));
      await next;
      const now = await client.load();
      expect(now.dataset).to.equal(shown.dataset);
      expect(now.freshness!.pending).to.equal(undefined);
      expect(updates[0]!.current).to.include({ fromCache: false });
    } finally {
      await server.close();
    }
  });

  it('asks whether the copy changed when it tries again, and keeps it on a 304', guard, async () => {
    const server = await startServer((req, res, hit) => {
      if (hit === 0) return sendJson(res, smallDataset, { etag: '"v1"' });
      if (hit === 1) return sendStatus(res, 503);
      if (req.headers['if-none-match'] === '"v1"') return sendStatus(res, 304, { etag: '"v1"' });
      sendJson(res, FRESH);
    });
    try {
      const url = server.url(PATH);
      const store = new MemoryStore();
      await createClient({ src: url, store }).load();
      const loaded = await createClient({ src: url, store, retries: 1, keptAfterMs: 10_000 }).load();
      expect(server.hits[1]!.headers['if-none-match']).to.equal(undefined);
      expect(server.hits[2]!.headers['if-none-match']).to.equal('"v1"');
      expect(loaded.dataset.updated).to.equal(smallDataset.updated);
      expect(loaded.freshness).to.include({ fromCache: true });
      expect(loaded.freshness!.staleReason).to.equal(undefined);
    } finally {
      await server.close();
    }
  });

  it('says the copy stands in once the server fails', guard, async () => {
    const { server, url, answer } = await slowAfterFirstVisit();
    try {
      const { client, updates, next } = await revisit(url, { retries: 0 });
      await client.load();
      answer((res) => sendStatus(res, 500));
      await next;
      expect(updates[0]!.current!.staleReason).to.match(/answered 500/);
      expect((await client.load()).freshness!.staleReason).to.match(/answered 500/);
    } finally {
      await server.close();
    }
  });

  it('withdraws the copy when the publisher removed the file (404)', guard, async () => {
    const { server, url, answer } = await slowAfterFirstVisit();
    try {
      const { client, updates, next } = await revisit(url);
      await client.load();
      answer((res) => sendStatus(res, 404));
      await next;
      expect(updates[0]!.current).to.equal(undefined);
      answer((res) => sendStatus(res, 404));
      const error = await failure(client.load());
      expect(error.message).to.match(/answered 404/);
    } finally {
      await server.close();
    }
  });

  it('shows fresh data directly when the server answers in time, with nothing to update', guard, async () => {
    const server = await startServer((_req, res, hit) => sendJson(res, hit === 0 ? smallDataset : FRESH));
    try {
      const url = server.url(PATH);
      const store = new MemoryStore();
      await createClient({ src: url, store }).load();
      const client = createClient({ src: url, store, keptAfterMs: 10_000 });
      const updates: DataUpdate[] = [];
      client.onUpdate!((update) => updates.push(update));
      const loaded = await client.load();
      expect(loaded.dataset.updated).to.equal('2026-11-20');
      expect(loaded.freshness).to.include({ fromCache: false });
      expect(updates).to.deep.equal([]);
    } finally {
      await server.close();
    }
  });
});

describe('the wait before the kept copy', () => {
  it('counts from when the request was sent, not from when the loader arrived', guard, async () => {
    const store = new MemoryStore();
    const url = 'https://data.example.org/dataset.json';
    await store.put(url, { body: JSON.stringify(smallDataset), savedAt: Date.parse('2026-11-15T12:00:00Z') });
    // Sent a minute ago (while the code was on its way), and still unanswered.
    const started = { response: new Promise<Response>(() => undefined), at: Date.now() - 60_000 };
    const shown = await fetchJsonWithMeta(url, { store, started, later: () => undefined, keptAfterMs: 30_000 });
    expect(shown).to.include({ fromCache: true, pending: true });
  });
});

describe('a server that asks for a long wait', () => {
  it('is not asked again when Retry-After is longer than the kit would wait', guard, async () => {
    const server = await startServer((_req, res) => sendStatus(res, 503, { 'retry-after': '3600' }));
    try {
      const error = await failure(createClient({ src: server.url(PATH), store: false }).load());
      expect(error.message).to.match(/answered 503/);
      expect(server.hits).to.have.length(1);
    } finally {
      await server.close();
    }
  });

  it('is not asked again when an HTTP date in Retry-After is far off', guard, async () => {
    const later = new Date(Date.now() + 3_600_000).toUTCString();
    const server = await startServer((_req, res) => sendStatus(res, 429, { 'retry-after': later }));
    try {
      await failure(createClient({ src: server.url(PATH), store: false }).load());
      expect(server.hits).to.have.length(1);
    } finally {
      await server.close();
    }
  });
});
