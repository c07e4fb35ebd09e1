// Opens the embedding pages of test/embed/ against the built CDN bundle and the built demo dataset:
// each element must render in the page's language with no console error, no outside request and,
// on the strict page, no Content-Security-Policy violation.
import { mkdirSync, writeFileSync } from 'node:fs';
import { launchChromium, serveStatic, watchProblems } from './lib/browser.mjs';

/** The policy docs/security.md documents: no inline code, no eval, Trusted Types enforced. */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const pages = [
  { path: '/test/embed/plain.html', expect: /Gérée par/ },
  { path: '/test/embed/strict-csp.html', expect: /تديره/, csp: true },
];

const { server, origin } = await serveStatic('.', {
  '/test/embed/strict-csp.html': { 'content-security-policy': STRICT_CSP },
});
const browser = await launchChromium();
let passed = 0;
let failed = 0;
for (const { path, expect, csp } of pages) {
  const page = await browser.newPage();
  const problems = watchProblems(page, origin);
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 30000 });
    const text = await page
      .waitForFunction(
        () => document.querySelector('mrc-hotline-card')?.shadowRoot?.querySelector('article')?.textContent,
        { timeout: 10000 },
      )
      .then((h) => h.jsonValue());
    if (!expect.test(text)) problems.push(`not in the page's language: ${text.slice(0, 120)}`);
    if (csp) {
      const violations = await page.evaluate(() => window.cspViolations);
      problems.push(...violations.map((v) => `CSP violation: ${v}`));
    }
  } catch (error) {
    problems.push(`did not render: ${error.message}`);
  }
  await page.close();
  if (problems.length === 0) passed++;
  else {
    failed++;
    console.error(`✗ ${path}\n  ${problems.join('\n  ')}`);
  }
}
await browser.close();
server.close();
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/embed.json', JSON.stringify({ passed, failed }));
console.log(`Embed: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
