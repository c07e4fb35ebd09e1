// Opens the embedding pages of test/embed/ against the built CDN bundle, npm packages and demo
// dataset: every element must render in the page's language and work (a centre opened, a quiz
// answered, a checklist step ticked), with no console error and no outside request; on the strict
// page under a hostile stylesheet, with no Content-Security-Policy violation; and the plain page's
// request log, cookies and storage must hold nothing but what the kit documents.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { launchChromium, serveStatic, STRICT_CSP, watchProblems } from './lib/browser.mjs';

// The React page's app, bundled as a host's bundler would, once with React 19 (the repository's)
// and once with React 18 (test/react18); a second copy of the CDN bundle.
rmSync('.cache/embed', { recursive: true, force: true });
const react18 = 'test/react18/node_modules';
for (const [version, alias] of [
  ['19', {}],
  ['18', { react: `./${react18}/react`, 'react-dom': `./${react18}/react-dom` }],
]) {
  await build({
    entryPoints: ['test/embed/react-app.ts'],
    bundle: true,
    format: 'esm',
    outfile: `.cache/embed/react${version}-app.js`,
    alias,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
}
// The npm package as a bundler takes it in development (the `development` condition) and in production.
for (const mode of ['development', 'production']) {
  await build({
    entryPoints: ['test/embed/dev-app.ts'],
    bundle: true,
    format: 'esm',
    outfile: `.cache/embed/dev-app-${mode}.js`,
    conditions: mode === 'development' ? ['development'] : [],
    logLevel: 'error',
  });
}
cpSync('packages/widgets/dist/cdn', '.cache/embed/second-copy', { recursive: true });

/** Texts of each page's language that each element shows once it works. */
const TEXTS = {
  fr: { back: 'Retour à la liste' },
  ar: { back: 'العودة إلى القائمة' },
  es: { back: 'Volver a la lista' },
  en: { back: 'Back to the list' },
};

/** What the person does with each element, and what must then show. */
const exercises = (lang) => [
  { tag: 'mrc-hotline-card', steps: [{ wait: '[part~="action"]' }] },
  {
    tag: 'mrc-centre-finder',
    steps: [{ click: '[part~="result"]' }, { wait: '[part~="details"]', text: TEXTS[lang].back }],
  },
  {
    tag: 'mrc-risk-quiz',
    steps: [
      { click: '[part~="start"]' },
      { click: '[part~="option"] input' },
      { click: '[part~="next"]' },
      { wait: '[part~="feedback"]' },
    ],
  },
  {
    tag: 'mrc-procedure-checklist',
    steps: [{ click: '[part~="step-tick"]' }, { wait: '[part~="step-tick"]:checked' }],
  },
];

const pages = [
  { path: '/test/embed/plain.html', lang: 'fr', audit: true },
  { path: '/test/embed/strict-csp.html', lang: 'ar', csp: true },
  { path: '/test/embed/two-copies.html', lang: 'es' },
  // An older build (test/embed/vendor/older-version) before and after the current one: whichever comes
  // first defines the elements, and the other must neither break them nor throw.
  { path: '/test/embed/two-versions.html', lang: 'fr', definedBy: '/test/embed/vendor/older-version/mrc-kit.js' },
  { path: '/test/embed/two-versions-newer-first.html', lang: 'ar', definedBy: '/packages/widgets/dist/cdn/mrc-kit.js' },
  { path: '/test/embed/react.html?react=19', lang: 'en', events: ['start demo-know-the-risks'], react: '19' },
  { path: '/test/embed/react.html?react=18', lang: 'en', events: ['start demo-know-the-risks'], react: '18' },
  { path: '/test/embed/vue.html', lang: 'es' },
  // The development build says in the console what the page gets wrong; the production build does not.
  { path: '/test/embed/dev-build.html?build=development', warns: 'no quiz with the id "no-such-quiz"' },
  { path: '/test/embed/dev-build.html?build=production', silent: true },
];

async function exercise(page, tag, steps) {
  for (const step of steps) {
    const selector = step.click ?? step.wait;
    await page.waitForFunction(
      (t, s, text) => {
        const found = document.querySelector(t)?.shadowRoot?.querySelector(s);
        return found && (!text || found.textContent.includes(text));
      },
      { timeout: 10000 },
      tag,
      selector,
      step.text ?? '',
    );
    if (step.click)
      await page.evaluate((t, s) => document.querySelector(t).shadowRoot.querySelector(s).click(), tag, selector);
  }
}

/** What the plain page keeps and sends: only its own origin is asked, no cookie, only documented storage. */
async function audit(page, origin, requests) {
  const problems = [];
  const foreign = requests.filter((url) => !url.startsWith(origin));
  if (foreign.length > 0) problems.push(`requests beyond the page's origin: ${foreign.join(', ')}`);
  const cookies = await page.cookies();
  if (cookies.length > 0) problems.push(`cookies set: ${cookies.map((c) => c.name).join(', ')}`);
  const stored = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
  }));
  // Checklist progress (persist is on by default) and quiz progress (resume is on in this page).
  for (const key of stored.local)
    if (!key.startsWith('mrc-kit:checklist:')) problems.push(`localStorage written: ${key}`);
  for (const key of stored.session)
    if (!key.startsWith('mrc-kit:quiz:')) problems.push(`sessionStorage written: ${key}`);
  if (!stored.local.some((k) => k.startsWith('mrc-kit:checklist:'))) problems.push('the ticked step was not kept');
  return problems;
}

const { server, origin } = await serveStatic('.', {
  '/test/embed/strict-csp.html': { 'content-security-policy': STRICT_CSP },
});
const browser = await launchChromium();
let passed = 0;
let failed = 0;
/** The classes of the kit's tags, and whether each is the one the module at `url` exports. */
const CLASSES = {
  'mrc-provider': 'MrcProvider',
  'mrc-hotline-card': 'MrcHotlineCard',
  'mrc-centre-finder': 'MrcCentreFinder',
  'mrc-risk-quiz': 'MrcRiskQuiz',
  'mrc-procedure-checklist': 'MrcProcedureChecklist',
};
async function notDefinedBy(page, url) {
  return page.evaluate(
    async (from, classes) => {
      const exports = await import(from);
      return Object.entries(classes)
        .filter(([tag, name]) => customElements.get(tag) !== exports[name])
        .map(([tag]) => tag);
    },
    url,
    CLASSES,
  );
}

for (const { path, lang, csp, audit: auditing, events, react, warns, silent, definedBy } of pages) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  const problems = watchProblems(page, origin);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  const warnings = [];
  page.on('console', (m) => m.type() === 'warn' && warnings.push(m.text()));
  try {
    await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0', timeout: 30000 });
    if (warns || silent) {
      // The quiz shows that it is not found, then the console is read.
      await page.waitForFunction(
        () => document.querySelector('mrc-risk-quiz')?.shadowRoot?.querySelector('[part~="message"]'),
        { timeout: 10000 },
      );
      if (warns && !warnings.some((w) => w.includes(warns))) problems.push(`no console warning "${warns}"`);
      if (silent && warnings.some((w) => w.includes('<mrc-')))
        problems.push(`console warnings: ${warnings.join('; ')}`);
    }
    for (const { tag, steps } of lang ? exercises(lang) : []) {
      try {
        await exercise(page, tag, steps);
      } catch (error) {
        problems.push(`${tag} did not work: ${error.message.split('\n')[0]}`);
      }
    }
    if (definedBy) {
      const others = await notDefinedBy(page, definedBy);
      if (others.length > 0) problems.push(`not defined by ${definedBy}: ${others.join(', ')}`);
    }
    if (csp) {
      const violations = await page.evaluate(() => window.cspViolations);
      problems.push(...violations.map((v) => `CSP violation: ${v}`));
    }
    if (auditing) problems.push(...(await audit(page, origin, requests)));
    if (react) {
      const running = await page.evaluate(() => window.reactVersion);
      if (!running?.startsWith(`${react}.`)) problems.push(`React ${react} expected, ${running} ran`);
    }
    if (events) {
      const seen = await page.evaluate(() => window.mrcEvents ?? []);
      for (const e of events) if (!seen.includes(e)) problems.push(`event prop not called: ${e}`);
    }
  } catch (error) {
    problems.push(`did not load: ${error.message}`);
  }
  await context.close();
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${path}`);
  } else {
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
