// The field benchmark's web server: a static host as a publisher would have one. Every file is sent
// gzip-compressed when the browser accepts it (Content-Encoding), with a strong ETag and
// `Cache-Control: no-cache`, so a second visit asks "has it changed?" and gets 304 Not Modified.
// The dataset's answer can be switched to the failures a person meets on a revisit: a request that
// never answers, a body that stops half-way, a captive portal's login page, a 503.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** What the dataset URL answers. */
const DATASET_MODES = ['ok', 'hang', 'stall', 'portal', '503'];

const PORTAL_PAGE =
  '<!doctype html><html><head><title>Wi-Fi login</title></head><body><h1>Welcome to Free Wi-Fi</h1>' +
  '<form action="/login" method="post"><label>Room number <input name="room"></label>' +
  '<button>Connect</button></form></body></html>';

/**
 * Serves `mounts` (URL prefix → folder), the generated `pages` (path → HTML) and the dataset file at
 * `datasetPath` on 127.0.0.1. Returns the origin, `setDatasetMode(mode)`, a count of dataset requests
 * and `close()`.
 */
export async function serveField({ mounts, pages, datasetPath, datasetFile }) {
  const files = new Map();
  const sockets = new Set();
  let mode = 'ok';
  let datasetRequests = 0;

  const fileFor = (path) => {
    if (path === datasetPath) return datasetFile;
    for (const [prefix, dir] of Object.entries(mounts))
      if (path.startsWith(prefix)) return join(dir, normalize(path.slice(prefix.length)).replace(/^(\.\.[/\\])+/, ''));
    return undefined;
  };

  /** The body, its gzip and its ETag, read and compressed once. */
  const load = (path) => {
    if (files.has(path)) return files.get(path);
    let body;
    if (pages[path] !== undefined) body = Buffer.from(pages[path]);
    else {
      const file = fileFor(path);
      if (!file) return undefined;
      try {
        body = readFileSync(file);
      } catch {
        return undefined;
      }
    }
    const entry = {
      body,
      gzip: gzipSync(body, { level: 9 }),
      etag: `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`,
      type: TYPES[extname(path)] ?? 'application/octet-stream',
    };
    files.set(path, entry);
    return entry;
  };

  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
    if (path === '/favicon.ico' || path === '/robots.txt') return void res.writeHead(404).end();
    if (path === datasetPath) {
      datasetRequests += 1;
      if (mode === 'hang') return; // The socket stays open and nothing is ever sent.
      if (mode === '503') return void res.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      if (mode === 'portal')
        return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PORTAL_PAGE);
    }
    const file = load(path);
    if (!file) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    if (path === datasetPath && mode === 'stall') {
      // Headers and the first half of the file, then silence: the line went dead mid-file.
      res.writeHead(200, {
        'content-type': file.type,
        'content-length': file.body.length,
        'cache-control': 'no-cache',
      });
      res.write(file.body.subarray(0, file.body.length >> 1));
      return;
    }
    const headers = {
      'content-type': file.type,
      etag: file.etag,
      'cache-control': 'no-cache',
      vary: 'accept-encoding',
    };
    if (req.headers['if-none-match'] === file.etag) return void res.writeHead(304, headers).end();
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
    const body = gzip ? file.gzip : file.body;
    res.writeHead(200, { ...headers, ...(gzip && { 'content-encoding': 'gzip' }), 'content-length': body.length });
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    setDatasetMode(next) {
      if (!DATASET_MODES.includes(next)) throw new Error(`unknown dataset mode ${next}`);
      mode = next;
      // Requests left hanging by the last scenario end here, so they cannot answer the next one.
      for (const socket of sockets) socket.destroy();
    },
    get datasetRequests() {
      return datasetRequests;
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}
