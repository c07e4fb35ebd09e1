// `mrc-kit preview`, as the people who keep the data use it: a sheet converted with the built
// command line, then previewed; the page opened in Chromium shows the elements over that data,
// under the strict Content-Security-Policy, in the language chosen, and an edit of the file shows
// on reload. Needs `npm run build` (the command line's dist/ and the elements' CDN build).
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium } from '../../scripts/lib/browser.mjs';

const CLI = 'packages/cli/bin/mrc-kit.js';
const folder = mkdtempSync(join(tmpdir(), 'mrc-kit-preview-'));
let browser;

before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Starts `mrc-kit preview` on a free port; resolves with its URL and the running process. */
function startPreview(dataset, ...options) {
  const child = spawn(process.execPath, [CLI, 'preview', dataset, '--port', '0', ...options], {
    env: { ...process.env, NO_COLOR: '1' },
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk) => (err += chunk));
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const url = /Preview on (http:\/\/\S+)/.exec(out)?.[1];
      if (url) resolve({ child, url, out });
    });
    child.on('exit', (code) => reject(new Error(`preview ended with ${code} before serving: ${out}${err}`)));
  });
}

/** Stops the preview as a person does (Ctrl+C) and resolves with its exit code. */
function stop(child) {
  return new Promise((resolve) => {
    child.removeAllListeners('exit');
    child.on('exit', (code) => resolve(code));
    child.kill('SIGINT');
  });
}

async function open(url) {
  const page = await browser.newPage();
  page.problems = [];
  page.on('console', (m) => m.type() === 'error' && page.problems.push(`console error: ${m.text()}`));
  page.on('pageerror', (e) => page.problems.push(`uncaught: ${e.message}`));
  page.on('requestfailed', (r) => page.problems.push(`request failed: ${r.url()}`));
  page.on('response', (r) => r.status() >= 400 && page.problems.push(`HTTP ${r.status()}: ${r.url()}`));
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Waits until the element's shadow text matches `pattern`; fails with the text it last had. */
async function shows(page, tag, pattern) {
  const read = (t) => document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';
  try {
    await page.waitForFunction(
      (t, source) =>
        new RegExp(source, 'u').test(document.querySelector(t)?.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? ''),
      { timeout: 15000 },
      tag,
      pattern.source,
    );
  } catch {
    assert.fail(`${tag} never showed ${pattern}: "${await page.evaluate(read, tag)}"`);
  }
}

describe('mrc-kit preview', () => {
  it('shows a converted sheet in the hotline card and the finder, in the language chosen, and an edit on reload', async () => {
    const dataset = join(folder, 'sheet.json');
    const convert = spawnSync(process.execPath, [CLI, 'convert', '--from', 'csv', 'docs/templates', '-o', dataset], {
      encoding: 'utf8',
    });
    assert.equal(convert.status, 0, convert.stderr);
    const { child, url, out } = await startPreview(dataset);
    try {
      assert.match(out, /1 centres, 1 hotlines/);
      const page = await open(url);
      const csp = await page.evaluate(() => fetch(location.href).then((r) => r.headers.get('content-security-policy')));
      assert.match(csp, /require-trusted-types-for 'script'/);
      await shows(page, 'mrc-hotline-card', /EXAMPLE Migrant helpline/);
      await shows(page, 'mrc-centre-finder', /EXAMPLE Migrant Resource Centre/);
      assert.match(await page.evaluate(() => document.body.textContent), /This dataset has no quiz/);

      // French, from the page's own form.
      await page.select('select[name="lang"]', 'fr');
      await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), page.click('button[type="submit"]')]);
      assert.equal(await page.evaluate(() => document.documentElement.lang), 'fr');
      await shows(page, 'mrc-hotline-card', /EXEMPLE Ligne d’aide aux migrants/);
      await shows(page, 'mrc-centre-finder', /Utiliser ma position/);

      // The file edited, the page reloaded.
      const doc = JSON.parse(readFileSync(dataset, 'utf8'));
      doc.hotlines[0].name = { en: 'Edited helpline', fr: 'Ligne modifiée' };
      writeFileSync(dataset, JSON.stringify(doc));
      await page.reload({ waitUntil: 'load' });
      await shows(page, 'mrc-hotline-card', /Ligne modifiée/);
      assert.deepEqual(page.problems, []);
      await page.close();
    } finally {
      assert.equal(await stop(child), 0, 'preview did not end cleanly on Ctrl+C');
    }
  });

  it('shows all four elements over a dataset with quizzes and checklists, right to left in Arabic', async () => {
    const { child, url } = await startPreview('packages/sdk/dist/demo-dataset.json', '--lang', 'ar');
    try {
      const page = await open(url);
      assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
      await shows(page, 'mrc-hotline-card', /تديره/);
      await shows(page, 'mrc-centre-finder', /استخدم موقعي/);
      await shows(page, 'mrc-procedure-checklist', /طباعة هذه القائمة/);
      await shows(page, 'mrc-risk-quiz', /ابدأ/);
      assert.deepEqual(page.problems, []);
      await page.close();
    } finally {
      await stop(child);
    }
  });

  it('refuses a file that is not there, and a language the elements do not speak, with exit code 2', () => {
    const missing = spawnSync(process.execPath, [CLI, 'preview', join(folder, 'none.json')], { encoding: 'utf8' });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /none\.json/);
    const lang = spawnSync(process.execPath, [CLI, 'preview', 'packages/sdk/dist/demo-dataset.json', '--lang', 'xx'], {
      encoding: 'utf8',
    });
    assert.equal(lang.status, 2);
    assert.match(lang.stderr, /--lang: the elements speak en, fr/);
  });
});
