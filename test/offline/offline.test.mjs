// The offline service worker of the CDN build (packages/widgets/dist/cdn/mrc-kit-sw.js), as a host
// uses it (docs/offline.md): a page registers it with an explicit scope and loads the four elements
// over a dataset; then the server is stopped (no emulation: the port is closed) and the page is
// reloaded. Every element must show its content, and the finder the date of its kept copy. Also: the
// worker's form for a host's own worker (importScripts), and what it never answers for or keeps. In
// Chromium and in Firefox ESR (the worker is a classic script so that Firefox runs it).
// Needs `npm run build` (scripts/test-pages.mjs builds when the build is stale).
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, launchFirefox } from '../../scripts/lib/browser.mjs';

const KIT = '/packages/widgets/dist/cdn/';
const DATA = '/packages/sdk/dist/demo-dataset.json';
const WORKER = 'packages/widgets/dist/cdn/mrc-kit-sw.js';

const elements = `
    <mrc-provider src="${DATA}">
      <mrc-hotline-card country="SN"><a href="tel:+33199004127">Appeler</a></mrc-hotline-card>
      <mrc-centre-finder country="SN"><a href="https://example.org/centres">Trouver un centre</a></mrc-centre-finder>
      <mrc-risk-quiz quiz="demo-know-the-risks"></mrc-risk-quiz>
      <mrc-procedure-checklist checklist="demo-seasonal-work-permit"></mrc-procedure-checklist>
    </mrc-provider>`;

/** The kit's files for a page: all in one, or each element's own file. */
const ALL = ['mrc-kit'];
const EACH = ['mrc-provider', 'mrc-hotline-card', 'mrc-centre-finder', 'mrc-risk-quiz', 'mrc-procedure-checklist'];

/** A host page in French: the kit from its folder, the elements, and `worker` registered for `scope`. */
const hostPage = ({ worker, scope, entries = ALL }) => `<!doctype html>
<html lang="fr">
  <meta charset="utf-8" />
  <title>Aide</title>
  ${entries.map((entry) => `<script type="module" src="${KIT}${entry}.js"></script>`).join('\n  ')}
  <script>navigator.serviceWorker.register('${worker}', { scope: '${scope}' });</script>
  <body>${elements}</body>
</html>`;

/** A host's own worker, which loads the kit's and keeps answering its own routes. */
const HOST_WORKER = `
importScripts('/mrc-kit-sw.js');
const kit = self.MrcKitOffline.createOfflineHandler({ kit: '${KIT}', pages: true });
self.addEventListener('install', (event) => event.waitUntil(self.skipWaiting()));
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim().then(() => kit.activate())));
self.addEventListener('fetch', (event) => {
  if (new URL(event.request.url).pathname === '/own/hello') return event.respondWith(new Response('hello from the host'));
  const answer = kit.handle(event);
  if (answer) event.respondWith(answer);
});`;

const KIT_WORKER = `/mrc-kit-sw.js?kit=${encodeURIComponent(KIT)}`;
const PAGES = {
  '/help/': hostPage({ worker: KIT_WORKER, scope: '/help/' }),
  '/parts/': hostPage({ worker: KIT_WORKER, scope: '/parts/', entries: EACH }),
  '/own/': hostPage({ worker: '/own-sw.js', scope: '/own/' }),
  '/elsewhere/': '<!doctype html><title>Elsewhere</title><p>Another part of the site.</p>',
};

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/** A host's server: its pages, the worker copied next to them, the kit's folder and the dataset. */
async function startServer() {
  const server = createServer((req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    const send = (type, body) => res.writeHead(200, { 'content-type': type }).end(body);
    if (PAGES[pathname]) return send(TYPES['.html'], PAGES[pathname]);
    if (pathname === '/mrc-kit-sw.js') return send(TYPES['.js'], readFileSync(WORKER));
    if (pathname === '/own-sw.js') return send(TYPES['.js'], HOST_WORKER);
    const path = normalize(decodeURIComponent(pathname));
    if (!path.startsWith(KIT) && path !== DATA && path !== '/packages/sdk/dist/other.js')
      return void res.writeHead(404).end();
    try {
      send(TYPES[extname(path)] ?? 'application/octet-stream', readFileSync(join('.', path)));
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    /** Takes the server away: the port closes and open connections are cut. */
    stop: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/** The engines the worker is tried in: Chromium, and Firefox ESR through WebDriver BiDi. */
const ENGINES = { chromium: launchChromium, firefox: launchFirefox };

/** A page in a fresh profile (no worker, cache or IndexedDB of an earlier test), with its errors. */
async function freshPage(browser) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (e) => page.errors.push(e.message));
  return { page, close: () => context.close() };
}

/** Waits until something inside `tag`'s shadow root matches `selector` (and holds `text`). */
function shown(page, tag, selector, text = '') {
  return page.waitForFunction(
    (t, s, x) => {
      const found = document.querySelector(t)?.shadowRoot?.querySelector(s);
      return found && found.textContent.includes(x);
    },
    { timeout: 20000 },
    tag,
    selector,
    text,
  );
}

function click(page, tag, selector) {
  return page.evaluate((t, s) => document.querySelector(t).shadowRoot.querySelector(s).click(), tag, selector);
}

/** The four elements, each used as a person would: what each shows once its data is there. */
async function useAllFour(page) {
  await shown(page, 'mrc-hotline-card', '[part~="action"]');
  await shown(page, 'mrc-centre-finder', '[part~="result"]');
  await click(page, 'mrc-centre-finder', '[part~="result"]');
  await shown(page, 'mrc-centre-finder', '[part~="details"]', 'Retour à la liste');
  await shown(page, 'mrc-risk-quiz', '[part~="start"]');
  await click(page, 'mrc-risk-quiz', '[part~="start"]');
  await shown(page, 'mrc-risk-quiz', '[part~="option"] input');
  await shown(page, 'mrc-procedure-checklist', '[part~="step-tick"]');
  // The tick is kept on the device: a second visit finds it ticked, and the click takes it away.
  const ticked = () =>
    page.evaluate(
      () => document.querySelector('mrc-procedure-checklist').shadowRoot.querySelector('[part~="step-tick"]').checked,
    );
  const before = await ticked();
  await click(page, 'mrc-procedure-checklist', '[part~="step-tick"]');
  await shown(
    page,
    'mrc-procedure-checklist',
    before ? '[part~="step-tick"]:not(:checked)' : '[part~="step-tick"]:checked',
  );
}

/** Resolves once the page's worker has activated (its first fill of the caches is done) and controls it. */
function workerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const worker = registration.active;
    if (worker.state !== 'activated')
      await new Promise((resolve) =>
        worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()),
      );
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }),
      );
  });
}

/** Every URL in the page's Cache Storage, by cache name. */
function cachedUrls(page) {
  return page.evaluate(async () => {
    const all = {};
    for (const name of await caches.keys())
      all[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    return all;
  });
}

/** First visit online, then the server goes away and the page is reloaded. */
async function visitThenReloadOffline(page, server, path) {
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await useAllFour(page);
  await workerReady(page);
  await server.stop();
  await page.reload({ waitUntil: 'load' });
}

for (const [engine, launch] of Object.entries(ENGINES))
  describe(engine, () => {
    let running;
    before(async () => {
      running = await launch();
    });
    after(() => running?.close());
    const browser = () => running;

    describe('the offline worker, registered by a host page for its scope', () => {
      for (const [path, what] of [
        ['/help/', 'mrc-kit.js'],
        ['/parts/', 'each element’s own file'],
      ])
        it(`reloads the page (${what}) with the server gone: all four elements work and say the data’s date`, async () => {
          const server = await startServer();
          const { page, close } = await freshPage(browser());
          try {
            await visitThenReloadOffline(page, server, path);
            assert.equal(await page.title(), 'Aide', 'the page came from the worker');
            await useAllFour(page);
            // The dataset is not the worker's: the SDK's kept copy answers, with the day it was saved.
            // Today, as the reader's day or as the UTC day (either is the day of the copy, saved minutes ago).
            const days = await page.evaluate(() =>
              [undefined, 'UTC'].map((timeZone) =>
                new Intl.DateTimeFormat('fr', { dateStyle: 'long', timeZone }).format(),
              ),
            );
            // Every element says so, in its note on the copy's age.
            await page.waitForFunction(
              (texts) =>
                ['mrc-centre-finder', 'mrc-hotline-card', 'mrc-risk-quiz', 'mrc-procedure-checklist'].every((tag) => {
                  const note = document.querySelector(tag).shadowRoot.querySelector('[part~="freshness"]');
                  return note && texts.some((day) => note.textContent.includes(day));
                }),
              { timeout: 20000 },
              days,
            );
            assert.deepEqual(page.errors, []);
          } finally {
            await close();
          }
        });

      it('keeps only the kit’s scripts and the page, never data, queries or what it was not given', async () => {
        const server = await startServer();
        const { page, close } = await freshPage(browser());
        try {
          // A page of the site outside the scope, then the page with a search (the finder's mrc-q) in its address.
          await page.goto(`${server.origin}/elsewhere/`, { waitUntil: 'load' });
          await page.goto(`${server.origin}/help/?mrc-q=${encodeURIComponent('mon nom')}`, { waitUntil: 'load' });
          await useAllFour(page);
          await workerReady(page);
          // Requests of the page the worker must leave to the network: the dataset, a script outside the kit.
          await page.evaluate(async (data) => {
            await fetch(data);
            await new Promise((resolve, reject) => {
              const script = Object.assign(document.createElement('script'), { src: '/packages/sdk/dist/other.js' });
              script.onload = script.onerror = resolve;
              script.onabort = reject;
              document.head.append(script);
            });
          }, DATA);
          const cached = await cachedUrls(page);
          const names = Object.keys(cached);
          assert.deepEqual(
            names.sort(),
            [`mrc-kit-offline:1:kit:${server.origin}/help/`, `mrc-kit-offline:1:pages:${server.origin}/help/`],
            'one cache of scripts and one of pages, named after the scope',
          );
          const urls = Object.values(cached).flat();
          assert.deepEqual(cached[names.find((n) => n.includes(':pages:'))], [`${server.origin}/help/`]);
          for (const url of urls.filter((u) => !u.endsWith('/help/')))
            assert.ok(url.startsWith(`${server.origin}${KIT}`) && url.endsWith('.js'), `kept outside the kit: ${url}`);
          assert.ok(urls.includes(`${server.origin}${KIT}mrc-kit.js`), 'the entry is kept');
          assert.ok(
            urls.some((u) => /\/chunks\/all\/fr-[\w-]{8}\.js$/.test(u)),
            'the page’s language is kept on the first visit',
          );
          assert.ok(!urls.some((u) => /\/(ar|es)-[\w-]{8}\.js$/.test(u)), 'languages the page does not use are not');
          assert.ok(!urls.some((u) => /finder-map|hsds-api|rest-api/.test(u)), 'unused optional parts are not');

          await server.stop();
          // Offline: the worker answers none of these; without it they fail as they would.
          const failed = await page.evaluate(async (data) => {
            const tries = [data, '/packages/sdk/dist/other.js', '/elsewhere/'];
            const results = await Promise.all(
              tries.map((url) =>
                fetch(url).then(
                  () => 'answered',
                  () => 'failed',
                ),
              ),
            );
            return Object.fromEntries(tries.map((url, i) => [url, results[i]]));
          }, DATA);
          assert.deepEqual(Object.values(failed), ['failed', 'failed', 'failed'], JSON.stringify(failed));
          await assert.rejects(page.goto(`${server.origin}/elsewhere/`), /CONNECTION_REFUSED|ERR_FAILED/);
        } finally {
          await close();
        }
      });
    });

    describe('the offline worker inside a host’s own worker (importScripts)', () => {
      it('reloads offline through the host’s worker, which still answers its own routes', async () => {
        const server = await startServer();
        const { page, close } = await freshPage(browser());
        try {
          await visitThenReloadOffline(page, server, '/own/');
          assert.equal(await page.title(), 'Aide');
          await useAllFour(page);
          const own = await page.evaluate(() => fetch('/own/hello').then((r) => r.text()));
          assert.equal(own, 'hello from the host');
          assert.deepEqual(page.errors, []);
        } finally {
          await close();
        }
      });
    });
  });
