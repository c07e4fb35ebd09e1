// Opens every built story in headless Chromium and fails on any console error, uncaught exception,
// failed request or request to an outside host. Usage: node scripts/check-stories.mjs storybook-static [--screenshots dir]
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = process.argv[2] ?? 'storybook-static';
const shotsAt = process.argv.indexOf('--screenshots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;
const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const server = createServer((req, res) => {
  // The browser asks for a favicon on its own; that is not the story's doing.
  if (req.url === '/favicon.ico') return void res.writeHead(204).end();
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(
    /^(\.\.[/\\])+/,
    '',
  );
  try {
    const body = readFileSync(join(root, path.endsWith('/') ? path + 'index.html' : path));
    res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
  ],
});

let passed = 0;
let failed = 0;
if (shots) mkdirSync(shots, { recursive: true });
for (const story of stories) {
  const page = await browser.newPage();
  await page.setViewport({ width: 420, height: 900 });
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && problems.push(`HTTP ${r.status()}: ${r.url()}`));
  page.on(
    'request',
    (r) => !r.url().startsWith(origin) && !r.url().startsWith('data:') && problems.push(`outside request: ${r.url()}`),
  );
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=story`, {
      waitUntil: 'networkidle0',
      timeout: 30000,
    });
    // The story is rendered when its element shows content (or a loading state, for the loading story).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')].some(
          (el) => el.tagName.startsWith('MRC-') && el.shadowRoot?.querySelector('[part~="base"] > *'),
        ),
      { timeout: 10000 },
    );
    await new Promise((r) => setTimeout(r, 300));
    if (shots) writeFileSync(join(shots, `${story.id}.png`), await page.screenshot({ fullPage: true }));
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  }
  await page.close();
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${story.id}\n  ${problems.join('\n  ')}`);
  }
}
await browser.close();
server.close();
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/stories.json', JSON.stringify({ passed, failed }));
console.log(`Stories: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
