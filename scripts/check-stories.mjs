// Opens every built story in headless Chromium and fails on any console error, uncaught exception,
// failed request or request to an outside host.
// Usage: node scripts/check-stories.mjs storybook-static [--screenshots dir]
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, serveStatic, watchProblems } from './lib/browser.mjs';

const root = process.argv[2] ?? 'storybook-static';
const shotsAt = process.argv.indexOf('--screenshots');
const shots = shotsAt > 0 ? process.argv[shotsAt + 1] : undefined;

const { server, origin } = await serveStatic(root);
const index = JSON.parse(readFileSync(join(root, 'index.json'), 'utf8'));
// Stories and their Docs pages (which render every story of an element, with its API table).
const stories = Object.values(index.entries).filter((e) => e.type === 'story' || e.type === 'docs');
const browser = await launchChromium();

let passed = 0;
let failed = 0;
if (shots) mkdirSync(shots, { recursive: true });
for (const story of stories) {
  const page = await browser.newPage();
  await page.setViewport({ width: 420, height: 900 });
  const problems = watchProblems(page, origin);
  try {
    await page.goto(`${origin}/iframe.html?id=${story.id}&viewMode=${story.type}`, {
      waitUntil: 'networkidle0',
      timeout: 30000,
    });
    // Rendered when an mrc element shows content (a loading state counts, for the loading story).
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('*')].some(
          (el) => el.tagName.startsWith('MRC-') && el.shadowRoot?.querySelector('[part~="base"] > *'),
        ),
      { timeout: 10000 },
    );
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
