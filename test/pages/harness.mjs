// Host pages for the built kit, as a webmaster writes them: a plain HTML page with one script tag for
// the CDN bundle (all of it, or one file per element), or the npm package bundled by the host's
// bundler (esbuild here), in production or in development. The pages are made on request from a
// scene (test/pages/scenes.mjs), served from the repository on loopback and opened in Chromium.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { after, before } from 'node:test';
import { build } from 'esbuild';
import { launchChromium } from '../../scripts/lib/browser.mjs';
import { act, preparePage, scenes } from './scenes.mjs';

const CDN = '/packages/widgets/dist/cdn';
const RTL = new Set(['ar', 'fa', 'ps', 'ur']);

/** The builds a host page can take the kit from. */
const BUILDS = {
  /** The reference: the npm development build (unminified templates), bundled. */
  dev: () => ['/.cache/pages/dev/host-entry.js'],
  /** The CDN's single file with every element. */
  cdn: () => [`${CDN}/mrc-kit.js`],
  /** The CDN's own file for each element the page uses. */
  'cdn-entry': (scene) => scene.entries.map((entry) => `${CDN}/${entry}.js`),
  /** The npm production build, bundled as a host's bundler does. */
  npm: () => ['/.cache/pages/npm/host-entry.js'],
};

/** Host stylesheets the pages can carry: the theme text size of a phone, and old CMS themes. */
const HOST_CSS = {
  none: '',
  'text-200': 'html { font-size: 200% }',
  hostile: readFileSync(new URL('./hostile-theme.css', import.meta.url), 'utf8'),
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** The host page of one scene: `markup` inside a plain page in `lang`, with `css` in its head. */
function hostPage({ scene, build: buildName, lang, css }) {
  const scripts = BUILDS[buildName](scene)
    .map((src) => `<script type="module" src="${src}"></script>`)
    .join('\n    ');
  return `<!doctype html>
<html lang="${lang}" dir="${RTL.has(lang) ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${scene.name}</title>
    <style>
      body { margin: 0; padding: 16px; font-family: 'Noto Sans', 'Noto Sans Arabic', sans-serif; }
    </style>
    <style>${HOST_CSS[css]}</style>
    ${scripts}
  </head>
  <body>
    <main>
      ${scene.markup}
    </main>
  </body>
</html>
`;
}

/** Bundles the npm package as a host's bundler would, once in production and once in development. */
async function bundleNpm() {
  if (!existsSync('packages/widgets/dist/index.js') || !existsSync(`packages/widgets/dist/cdn/mrc-kit.js`))
    throw new Error('the kit is not built: run `npm run build` first');
  for (const [name, conditions] of [
    ['npm', []],
    ['dev', ['development']],
  ])
    await build({
      stdin: { contents: "import '@mrc-kit/widgets';", resolveDir: process.cwd(), loader: 'js' },
      bundle: true,
      splitting: true,
      format: 'esm',
      outdir: `.cache/pages/${name}`,
      entryNames: 'host-entry',
      conditions,
      logLevel: 'error',
    });
}

function serve() {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    if (url.pathname === '/favicon.ico') return void res.writeHead(204).end();
    if (url.pathname === '/scene') {
      const scene = scenes.find((s) => s.name === url.searchParams.get('scene'));
      if (!scene) return void res.writeHead(404).end();
      const page = hostPage({
        scene,
        build: url.searchParams.get('build') ?? 'cdn',
        lang: url.searchParams.get('lang') ?? 'en',
        css: url.searchParams.get('css') ?? 'none',
      });
      return void res.writeHead(200, { 'content-type': TYPES['.html'] }).end(page);
    }
    const path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    try {
      const body = readFileSync(join('.', path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/**
 * Bundles, serves and launches Chromium. `open(sceneName, options)` gives a page in the scene's state;
 * every console error, uncaught exception and failed request of that page is in `page.problems`.
 */
async function startHarness() {
  await bundleNpm();
  const server = await serve();
  const origin = `http://127.0.0.1:${server.address().port}`;
  const browser = await launchChromium(['--hide-scrollbars', '--font-render-hinting=none']);
  return {
    origin,
    browser,
    /** `beforeScripts`: functions the page runs before any of its scripts (a host's old libraries, say). */
    async open(name, { build: buildName = 'cdn', lang = 'en', width = 1280, css = 'none', beforeScripts = [] } = {}) {
      const scene = scenes.find((s) => s.name === name);
      const page = await browser.newPage();
      page.problems = [];
      /** Every URL the page asked for, in order. */
      page.requests = [];
      page.on('request', (r) => page.requests.push(r.url()));
      page.on('console', (m) => m.type() === 'error' && page.problems.push(`console error: ${m.text()}`));
      page.on('pageerror', (e) => page.problems.push(`uncaught: ${e.message}`));
      page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
      page.on('response', (r) => r.status() >= 400 && page.problems.push(`HTTP ${r.status()}: ${r.url()}`));
      await page.setViewport({ width, height: 800, deviceScaleFactor: 1 });
      await preparePage(page);
      for (const script of beforeScripts) await page.evaluateOnNewDocument(script);
      if (scene.pages) {
        if (buildName !== 'cdn') throw new Error(`${name} is a page of the repository: it loads the CDN build only`);
        await page.goto(`${origin}${scene.pages[lang]}`, { waitUntil: 'load' });
        if (HOST_CSS[css]) await page.addStyleTag({ content: HOST_CSS[css] });
      } else {
        const query = new URLSearchParams({ scene: name, build: buildName, lang, css });
        await page.goto(`${origin}/scene?${query}`, { waitUntil: 'load' });
      }
      await act(page, scene);
      return page;
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

/** For a test file: the harness starts before its tests and closes after them; call the result to get it. */
export function useHarness() {
  let harness;
  before(async () => {
    harness = await startHarness();
  });
  after(async () => harness?.close());
  return () => harness;
}

/**
 * The whole page as one picture: the screen is made as tall as the page (until its height holds
 * still), so rows that the browser paints only near the screen (content-visibility) are drawn, and
 * a right-to-left page is not shifted as a full-page capture can shift it.
 */
export async function wholePage(page, width) {
  let height = 0;
  for (let tries = 0; tries < 5; tries++) {
    const next = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height) + 32);
    if (next === height) break;
    height = next;
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.screenshot({ type: 'png', captureBeyondViewport: false });
}
