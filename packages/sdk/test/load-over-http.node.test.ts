// loadDataset against a real HTTP server on loopback: retries, Retry-After, timeouts and the
// answers a misconfigured server gives. Node only (a browser test cannot start a server).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { demoDataset } from '../src/demo/index.js';
import { loadDataset } from '../src/loading/load.js';

type Reply = (res: ServerResponse) => void;

const json: Reply = (res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(demoDataset));
};
const status =
  (code: number, headers: Record<string, string> = {}): Reply =>
  (res) => {
    res.writeHead(code, headers);
    res.end();
  };

/** A server that answers each request with the next reply, and records when each request came. */
async function serve(...replies: Reply[]): Promise<{ url: string; times: number[]; server: Server }> {
  const times: number[] = [];
  const server = createServer((_req: IncomingMessage, res: ServerResponse) => {
    times.push(Date.now());
    const reply = replies[times.length - 1] ?? status(500);
    reply(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/dataset.json`, times, server };
}

describe('loadDataset over HTTP', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });
  async function server(...replies: Reply[]) {
    const s = await serve(...replies);
    servers.push(s.server);
    return s;
  }

  it('loads a dataset and reports no warnings for the demo', async () => {
    const { url } = await server(json);
    const { dataset, warnings } = await loadDataset(url);
    expect(dataset.hotlines.length).to.equal(demoDataset.hotlines.length);
    expect(warnings).to.deep.equal([]);
  });

  it('tries again after a 503 and a 500', async () => {
    const { url, times } = await server(status(503), status(500), json);
    const { dataset } = await loadDataset(url);
    expect(times).to.have.length(3);
    expect(dataset.hotlines.length).to.be.greaterThan(0);
  });

  it('waits as long as Retry-After says on 429', async () => {
    const { url, times } = await server(status(429, { 'retry-after': '1' }), json);
    await loadDataset(url);
    expect(times).to.have.length(2);
    // A lower bound only: the retry may never come sooner than the server asked.
    expect(times[1]! - times[0]!).to.be.at.least(900);
  });

  it('gives up after the retries with the status in words', async () => {
    const { url, times } = await server(status(502), status(502), status(502));
    const error = await failure(loadDataset(url, { retries: 2 }));
    expect(times).to.have.length(3);
    expect(error.message).to.equal(`Could not load ${url}: the server answered 502 Bad Gateway.`);
    expect(error.source).to.equal(url);
  });

  it('does not retry a 404', async () => {
    const { url, times } = await server(status(404));
    const error = await failure(loadDataset(url));
    expect(times).to.have.length(1);
    expect(error.message).to.contain('the server answered 404 Not Found');
  });

  it('says so when the server sends a web page instead of JSON', async () => {
    const { url } = await server((res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end('<!doctype html><h1>Maintenance</h1>');
    });
    const error = await failure(loadDataset(url));
    expect(error.message).to.equal(`${url} sent a web page, not JSON (text/html).`);
  });

  it('says so when the JSON is cut short', async () => {
    const { url } = await server((res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(demoDataset).slice(0, 500));
    });
    const error = await failure(loadDataset(url));
    expect(error.message).to.equal(`${url} sent not valid JSON (application/json).`);
  });

  it('ends a request that never answers with a clear error', async () => {
    const { url } = await server(() => {
      /* never answers */
    });
    const error = await failure(loadDataset(url, { timeoutMs: 300, retries: 0 }));
    expect(error.message).to.equal(`Could not load ${url}: no answer in time (the connection may be slow or down).`);
  });

  it('explains a server that cannot be reached', async () => {
    const { url, server: s } = await serve(json);
    await new Promise((resolve) => s.close(resolve));
    const error = await failure(loadDataset(url, { retries: 0 }));
    expect(error.message).to.contain('the network is unavailable or the server cannot be reached');
  });
});
