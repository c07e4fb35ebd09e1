// The kind of each DatasetError, which interfaces read to tell a person what happened in their own
// words (the message is English, for webmasters): one case per failure, against a real server.
import { describe, it } from 'node:test';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { smallDataset } from './support/small-dataset.js';
import { loadDataset } from '../src/loading/load.js';
import { DatasetError, type DatasetErrorKind } from '../src/model/errors.js';
import { sendJson, sendStatus, startServer, type Handler } from '../../../test/support/local-server.js';

const guard = { timeout: 20_000 };
const BODY = JSON.stringify(smallDataset);

const cases: [string, Handler, DatasetErrorKind][] = [
  ['a 500', (_req, res) => sendStatus(res, 500), 'server'],
  ['a 404', (_req, res) => sendStatus(res, 404), 'server'],
  ['a server that never answers', () => {}, 'timeout'],
  [
    'a connection cut in the middle of the body',
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(BODY) });
      res.write(BODY.slice(0, BODY.length / 2));
      setTimeout(() => res.socket?.destroy(), 20);
    },
    'network',
  ],
  [
    'a Wi-Fi login page',
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<!doctype html><title>Wi-Fi login</title>');
    },
    'web-page',
  ],
  [
    'invalid JSON',
    (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"format": ');
    },
    'invalid',
  ],
  ['JSON that is not a dataset', (_req, res) => sendJson(res, { error: 'maintenance' }), 'invalid'],
];

describe('DatasetError kind', () => {
  for (const [name, reply, kind] of cases) {
    it(`${name}: ${kind}`, guard, async () => {
      const server = await startServer(reply);
      try {
        const error = await failure(loadDataset(server.url('/d.json'), { retries: 0, timeoutMs: 300, store: false }));
        expect(error.kind).to.equal(kind);
      } finally {
        await server.close();
      }
    });
  }

  it('network: nothing listens on the port', guard, async () => {
    const error = await failure(loadDataset('http://127.0.0.1:9/d.json', { retries: 0, store: false }));
    expect(error.kind).to.equal('network');
  });

  it('takes the kind of the DatasetError it wraps, unless told', () => {
    const inner = new DatasetError('x', 'u', { kind: 'timeout' });
    expect(new DatasetError('y', 'u', { cause: inner }).kind).to.equal('timeout');
    expect(new DatasetError('y', 'u', { cause: inner, kind: 'server' }).kind).to.equal('server');
    expect(new DatasetError('y', 'u', { cause: new Error('z') }).kind).to.equal('invalid');
    expect(new DatasetError('y').kind).to.equal('invalid');
  });
});
