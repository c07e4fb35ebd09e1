// Opens test/embed/plain.html against the built CDN bundle and the built demo dataset: the element
// must render in the page's language, with no console error and no outside request.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, serveStatic, watchProblems } from './lib/browser.mjs';

const { server, origin } = await serveStatic('.');
const browser = await launchChromium();
const page = await browser.newPage();
const problems = watchProblems(page, origin);
try {
  await page.goto(`${origin}/test/embed/plain.html`, { waitUntil: 'networkidle0', timeout: 30000 });
  const text = await page
    .waitForFunction(
      () => document.querySelector('mrc-hotline-card')?.shadowRoot?.querySelector('article')?.textContent,
      {
        timeout: 10000,
      },
    )
    .then((h) => h.jsonValue());
  if (!/Appeler|Écrire|Envoyer/.test(text)) problems.push(`not in French: ${text.slice(0, 120)}`);
} catch (error) {
  problems.push(`did not render: ${error.message}`);
}
await browser.close();
server.close();
for (const p of problems) console.error(`✗ ${p}`);
const result = { passed: problems.length === 0 ? 1 : 0, failed: problems.length === 0 ? 0 : 1 };
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/embed.json', JSON.stringify(result));
console.log(`Embed: ${result.passed} passed, ${result.failed} failed`);
process.exit(result.failed);
