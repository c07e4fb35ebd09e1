// The example server configurations of docs/hosting.md, as a webmaster would use them: nginx with
// docs/hosting/nginx.conf and Apache httpd with docs/hosting/apache.conf, each started on a loopback
// port over a folder with a dataset file, and asked what a browser asks. The answers must carry the
// JSON content type, CORS, Cache-Control and an ETag; a copy that has not changed must cost a 304
// (compressed or not), a changed file a 200 with a new ETag; gzip (and brotli on Apache) when the
// browser takes it. Without the server's binary the suite is skipped, loudly; with
// MRC_REQUIRE_SERVERS=1 (set by .ci/run) a missing binary is a failure.
//   NGINX_PATH (default /usr/sbin/nginx), APACHE_PATH (default /usr/sbin/apache2),
//   APACHE_MODULES (default /usr/lib/apache2/modules)
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';

const required = process.env.MRC_REQUIRE_SERVERS === '1';
const EXAMPLES = resolve('docs/hosting');
const APACHE_MODULES = process.env.APACHE_MODULES ?? '/usr/lib/apache2/modules';

/** A dataset-shaped file of a few kilobytes: enough to be worth compressing. */
function dataset(centres) {
  return (
    JSON.stringify(
      {
        format: 'mrc-kit/dataset@1',
        publisher: { name: 'Test ministry' },
        updated: '2026-12-01',
        defaultLocale: 'fr',
        centres: Array.from({ length: centres }, (_, i) => ({
          id: `sn-centre-${i}`,
          name: { fr: `Centre d’information des migrants n° ${i}`, en: `Migrant information centre no. ${i}` },
          kind: 'centre',
          country: 'SN',
          city: 'Dakar',
          services: ['pre-departure', 'risk-awareness', 'reintegration'],
        })),
      },
      null,
      2,
    ) + '\n'
  );
}

/** A loopback port nobody listens on now. */
function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.on('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** One GET, with the body as the server sent it (not decompressed). */
function request(url, headers = {}) {
  return new Promise((done, fail) => {
    get(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail);
  });
}

/** Starts `bin` with `args`; resolves once `url` answers, rejects with the log if it stops or never answers. */
async function start(bin, args, url, log) {
  const child = spawn(bin, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const stop = () =>
    new Promise((done) => {
      if (child.exitCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  const deadline = Date.now() + 15000;
  for (;;) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      const logged = existsSync(log) ? readFileSync(log, 'utf8') : '';
      throw new Error(`${bin} did not start:\n${output}\n${logged}`);
    }
    try {
      await request(url);
      return stop;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}

const SERVERS = [
  {
    name: 'nginx',
    bin: process.env.NGINX_PATH ?? '/usr/sbin/nginx',
    example: 'nginx.conf',
    async start(dir, port) {
      const temp = ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'];
      writeFileSync(
        join(dir, 'nginx.conf'),
        `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  default_type application/octet-stream;
  access_log off;
  ${temp.map((t) => `${t === 'body' ? 'client_body' : t}_temp_path ${dir}/${t};`).join('\n  ')}
  server {
    listen 127.0.0.1:${port};
    server_name localhost;
    root ${dir}/www;
    include ${EXAMPLES}/nginx.conf;
  }
}
`,
      );
      return start(
        this.bin,
        ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', join(dir, 'error.log')],
        `http://127.0.0.1:${port}/`,
        join(dir, 'error.log'),
      );
    },
  },
  {
    name: 'Apache httpd',
    bin: process.env.APACHE_PATH ?? '/usr/sbin/apache2',
    example: 'apache.conf',
    async start(dir, port) {
      const example = readFileSync(join(EXAMPLES, 'apache.conf'), 'utf8');
      assert.ok(example.includes('"/var/www/site/data"'), 'apache.conf no longer names /var/www/site/data');
      writeFileSync(join(dir, 'site.conf'), example.replaceAll('/var/www/site', join(dir, 'www')));
      const modules = ['mpm_event', 'authz_core', 'mime', 'headers', 'filter', 'deflate', 'brotli'];
      writeFileSync(
        join(dir, 'httpd.conf'),
        `ServerRoot ${dir}
ServerName localhost
Listen 127.0.0.1:${port}
PidFile ${dir}/httpd.pid
DefaultRuntimeDir ${dir}
ErrorLog ${dir}/error.log
LogLevel warn
${modules.map((m) => `LoadModule ${m}_module ${APACHE_MODULES}/mod_${m}.so`).join('\n')}
${process.getuid?.() === 0 ? 'User nobody\nGroup nogroup' : ''}
# Only the example's own AddType gives .json its type.
TypesConfig /dev/null
DocumentRoot ${dir}/www
<Directory "${dir}/www">
    Require all granted
</Directory>
Include ${dir}/site.conf
`,
      );
      return start(
        this.bin,
        ['-f', join(dir, 'httpd.conf'), '-DFOREGROUND'],
        `http://127.0.0.1:${port}/`,
        join(dir, 'error.log'),
      );
    },
  },
];

for (const server of SERVERS) {
  const missing = !existsSync(server.bin);
  if (missing && !required) {
    const reason = `${server.bin} is not installed, so docs/hosting/${server.example} is not tested here`;
    console.error(`\n!! SKIPPED: ${reason} (apt-get install nginx apache2; CI sets MRC_REQUIRE_SERVERS=1)\n`);
    it(`${server.name} with docs/hosting/${server.example}`, { skip: reason }, () => {});
    continue;
  }
  describe(`${server.name} with docs/hosting/${server.example}`, () => {
    let dir;
    let stop;
    let base;
    const body = dataset(40);

    before(async () => {
      if (missing) throw new Error(`${server.bin} is not installed, and MRC_REQUIRE_SERVERS=1 requires it`);
      dir = mkdtempSync(join(tmpdir(), 'mrc-hosting-'));
      // The workers run as nobody when the test runs as root: they must read the files.
      chmodSync(dir, 0o755);
      mkdirSync(join(dir, 'www', 'data'), { recursive: true });
      writeFileSync(join(dir, 'www', 'data', 'dataset.json'), body);
      writeFileSync(join(dir, 'www', 'data', 'changing.json'), body);
      const port = await freePort();
      base = `http://127.0.0.1:${port}/data`;
      stop = await server.start(dir, port);
    });
    after(async () => {
      await stop?.();
      if (dir) rmSync(dir, { recursive: true, force: true });
    });

    it('sends application/json in UTF-8, CORS for any origin, and Cache-Control: no-cache', async () => {
      const res = await request(`${base}/dataset.json`, { origin: 'https://ministry.example' });
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'], /^application\/json; ?charset=utf-8$/i);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.equal(res.headers['cache-control'], 'no-cache');
      assert.ok(res.headers.etag, 'no ETag');
      assert.ok(res.headers['last-modified'], 'no Last-Modified');
      assert.equal(res.headers['content-encoding'], undefined, 'compressed for a client that did not ask');
      assert.equal(res.body.toString('utf8'), body);
    });

    it('compresses with gzip when the browser takes it, and says the answer varies with it', async () => {
      const res = await request(`${base}/dataset.json`, { 'accept-encoding': 'gzip' });
      assert.equal(res.status, 200);
      assert.equal(res.headers['content-encoding'], 'gzip');
      assert.match(res.headers.vary ?? '', /accept-encoding/i);
      assert.equal(gunzipSync(res.body).toString('utf8'), body);
      assert.ok(res.body.length < body.length / 4, `gzip: ${res.body.length} of ${body.length} bytes`);
      assert.equal(res.headers['access-control-allow-origin'], '*');
    });

    for (const encoding of ['gzip', undefined])
      it(`answers 304 to If-None-Match with the ETag of ${encoding ? `a ${encoding}` : 'an uncompressed'} answer`, async () => {
        const headers = encoding ? { 'accept-encoding': encoding } : {};
        const first = await request(`${base}/dataset.json`, headers);
        const again = await request(`${base}/dataset.json`, { ...headers, 'if-none-match': first.headers.etag });
        assert.equal(again.status, 304, `ETag ${first.headers.etag} was not recognised`);
        assert.equal(again.body.length, 0);
        assert.equal(again.headers['cache-control'], 'no-cache');
        assert.equal(again.headers['access-control-allow-origin'], '*');
      });

    it('answers a changed file with 200 and a new ETag', async () => {
      const first = await request(`${base}/changing.json`, { 'accept-encoding': 'gzip' });
      writeFileSync(join(dir, 'www', 'data', 'changing.json'), dataset(41));
      const again = await request(`${base}/changing.json`, {
        'accept-encoding': 'gzip',
        'if-none-match': first.headers.etag,
      });
      assert.equal(again.status, 200);
      assert.notEqual(again.headers.etag, first.headers.etag);
      assert.equal(gunzipSync(again.body).toString('utf8'), dataset(41));
    });

    if (server.name === 'nginx')
      it('serves dataset.json.gz made beforehand in place of compressing (gzip_static)', async () => {
        const made = gzipSync(body, { level: 9 });
        writeFileSync(join(dir, 'www', 'data', 'static.json'), body);
        writeFileSync(join(dir, 'www', 'data', 'static.json.gz'), made);
        const res = await request(`${base}/static.json`, { 'accept-encoding': 'gzip' });
        assert.equal(res.headers['content-encoding'], 'gzip');
        assert.deepEqual(res.body, made);
        assert.match(res.headers['content-type'], /^application\/json/);
        const again = await request(`${base}/static.json`, {
          'accept-encoding': 'gzip',
          'if-none-match': res.headers.etag,
        });
        assert.equal(again.status, 304);
      });
    else
      it('compresses with brotli when the browser takes it, and answers its ETag with 304', async () => {
        const res = await request(`${base}/dataset.json`, { 'accept-encoding': 'gzip, deflate, br' });
        assert.equal(res.headers['content-encoding'], 'br');
        assert.equal(brotliDecompressSync(res.body).toString('utf8'), body);
        const again = await request(`${base}/dataset.json`, {
          'accept-encoding': 'gzip, deflate, br',
          'if-none-match': res.headers.etag,
        });
        assert.equal(again.status, 304);
      });
  });
}
