// Opens every built story, element docs page and guide in headless Chromium and fails on any console
// error, uncaught exception, failed request, request to an outside host, or link to a missing page.
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
    if (story.importPath.endsWith('.mdx')) {
      // A guide: rendered when its text is there, and each of its links to another page of the
      // documentation names a page that exists.
      await page.waitForFunction(() => (document.querySelector('.sbdocs-content')?.textContent?.length ?? 0) > 200, {
        timeout: 10000,
      });
      const targets = await page.$$eval('.sbdocs-content a[href*="?path=/docs/"]', (links) =>
        links.map((a) => new URL(a.href).searchParams.get('path').replace('/docs/', '')),
      );
      for (const id of targets) if (!index.entries[id]) problems.push(`link to a page that does not exist: ${id}`);
    } else {
      // Rendered when an mrc element shows content (a loading state counts, for the loading story).
      await page.waitForFunction(
        () =>
          [...document.querySelectorAll('*')].some(
            (el) => el.tagName.startsWith('MRC-') && el.shadowRoot?.querySelector('[part~="base"] > *'),
          ),
        { timeout: 10000 },
      );
    }
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
