// The release files (scripts/release-pack.mjs, `npm run release:pack`), as a webmaster gets them:
// the archive unpacked, served on loopback under the strict Content-Security-Policy of
// docs/security.md, an entry loaded with its `integrity` attribute from integrity.json. A changed
// entry must be refused by the browser, and so must a changed chunk when the page's import map
// carries the chunks' integrity; without it a changed chunk still runs, as docs/getting-started.md
// says. The npm tarball of the widgets holds the same bytes at the paths of the public CDN URLs.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { launchChromium, serveStatic, STRICT_CSP, watchProblems } from '../../scripts/lib/browser.mjs';
import { filesUnder, sha384 } from '../../scripts/lib/files.mjs';

const CDN = 'packages/widgets/dist/cdn';
const PACKAGES = ['sdk', 'widgets', 'react', 'cli'];
const ELEMENTS = ['mrc-provider', 'mrc-hotline-card', 'mrc-centre-finder', 'mrc-risk-quiz', 'mrc-procedure-checklist'];
const { version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
const name = `mrc-kit-cdn-${version}`;
/** The demo dataset's hotline for Senegal, by its English name. */
const HOTLINE = 'Demo Safe Migration Line – Dakar';

const tmp = mkdtempSync(join(tmpdir(), 'mrc-release-'));
const out = join(tmp, 'release');
const unpacked = join(tmp, 'unpacked', name);
const www = join(tmp, 'www');

const sriOf = (path) => `sha384-${sha384(path, 'base64')}`;

let manifest;
before(() => {
  execFileSync('node', ['scripts/release-pack.mjs', '--out', out], { encoding: 'utf8', stdio: 'pipe' });
  mkdirSync(join(tmp, 'unpacked'));
  execFileSync('tar', ['-xzf', join(out, `${name}.tar.gz`), '-C', join(tmp, 'unpacked')]);
  manifest = JSON.parse(readFileSync(join(unpacked, 'integrity.json'), 'utf8'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('release files', () => {
  it('release/ holds the npm tarball of each package and the CDN archive, with their SHA384SUMS', () => {
    const expected = [`${name}.tar.gz`, ...PACKAGES.map((p) => `mrc-kit-${p}-${version}.tgz`), 'SHA384SUMS'];
    assert.deepEqual(readdirSync(out).sort(), expected.sort());
    const sums = readFileSync(join(out, 'SHA384SUMS'), 'utf8').trim().split('\n');
    assert.deepEqual(
      sums,
      expected
        .filter((f) => f !== 'SHA384SUMS')
        .sort()
        .map((f) => `${sha384(join(out, f), 'hex')}  ${f}`),
    );
  });

  it('the archive holds the CDN build, the dataset JSON Schema and the templates, unchanged', () => {
    const files = filesUnder(unpacked);
    const cdn = filesUnder(CDN);
    assert.deepEqual(
      files.filter((f) => f.startsWith('cdn/')),
      cdn.map((f) => `cdn/${f}`),
    );
    for (const f of cdn) assert.equal(sha384(join(unpacked, 'cdn', f)), sha384(join(CDN, f)), f);
    assert.equal(sha384(join(unpacked, 'dataset.schema.json')), sha384('packages/sdk/dist/dataset.schema.json'));
    assert.deepEqual(
      files.filter((f) => f.startsWith('templates/')),
      filesUnder('docs/templates').map((f) => `templates/${f}`),
    );
    for (const f of ['integrity.json', 'SHA384SUMS', 'README.txt']) assert.ok(files.includes(f), f);
  });

  it('integrity.json has the sha384 of every entry and chunk; SHA384SUMS of every file', () => {
    const entries = ['mrc-kit.js', 'mrc-kit-sw.js', ...ELEMENTS.map((e) => `${e}.js`)].sort();
    assert.deepEqual(Object.keys(manifest.entries).sort(), entries);
    const scripts = filesUnder(join(unpacked, 'cdn')).filter((f) => f.endsWith('.js'));
    assert.deepEqual(Object.keys({ ...manifest.entries, ...manifest.chunks }).sort(), scripts.sort());
    for (const [f, value] of Object.entries({ ...manifest.entries, ...manifest.chunks }))
      assert.equal(value, sriOf(join(unpacked, 'cdn', f)), f);
    assert.equal(manifest.version, version);
    const sums = readFileSync(join(unpacked, 'SHA384SUMS'), 'utf8').trim().split('\n');
    const listed = filesUnder(unpacked).filter((f) => f !== 'SHA384SUMS');
    assert.deepEqual(
      sums,
      listed.map((f) => `${sha384(join(unpacked, f), 'hex')}  ${f}`),
    );
  });

  it('the widgets tarball holds the same files at the paths of the public npm CDN URLs', () => {
    const dir = join(tmp, 'tarball');
    mkdirSync(dir);
    execFileSync('tar', ['-xzf', join(out, `mrc-kit-widgets-${version}.tgz`), '-C', dir]);
    // https://cdn.jsdelivr.net/npm/@mrc-kit/widgets@<version>/dist/cdn/mrc-kit.js and unpkg's
    // https://unpkg.com/@mrc-kit/widgets@<version>/dist/cdn/mrc-kit.js serve package/dist/cdn/.
    const cdn = join(dir, 'package', 'dist', 'cdn');
    assert.deepEqual(filesUnder(cdn), filesUnder(join(unpacked, 'cdn')));
    for (const [f, value] of Object.entries({ ...manifest.entries, ...manifest.chunks }))
      assert.equal(sriOf(join(cdn, f)), value, `${f}: the npm copy differs from the archive's`);
  });
});

describe('the unpacked archive in a browser, under the strict CSP', () => {
  let browser;
  let server;
  let origin;
  /** Pages served with a policy: path → its Content-Security-Policy. */
  const policies = {};

  /** Serves three copies of cdn/: as released, with one entry changed, with one chunk changed. */
  before(async () => {
    mkdirSync(www);
    for (const copy of ['good', 'changed-entry', 'changed-chunk'])
      cpSync(join(unpacked, 'cdn'), join(www, copy, 'cdn'), { recursive: true });
    // Still valid JavaScript, so only the integrity check can stop it.
    appendFileSync(join(www, 'changed-entry', 'cdn', 'mrc-kit.js'), '\n// changed\n');
    const core = Object.keys(manifest.chunks).find((f) => /^chunks\/core-[\w-]+\.js$/.test(f));
    assert.ok(core, 'no chunks/core-*.js in the build');
    assert.match(readFileSync(join(unpacked, 'cdn', 'mrc-hotline-card.js'), 'utf8'), new RegExp(`"\\./${core}"`));
    appendFileSync(join(www, 'changed-chunk', 'cdn', core), '\n// changed\n');
    cpSync('packages/sdk/dist/demo-dataset.json', join(www, 'demo-dataset.json'));
    cpSync('test/embed/report-csp.js', join(www, 'report-csp.js'));
    ({ server, origin } = await serveStatic(www, policies));
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });

  /**
   * A host page with the kit from `copy`: `entry` with its integrity from integrity.json, and
   * (with `importMap`) an import map giving every chunk's integrity, allowed by its hash.
   */
  function hostPage(file, { copy, entry, importMap = false }) {
    let csp = STRICT_CSP;
    let map = '';
    if (importMap) {
      const integrity = Object.fromEntries(
        Object.entries(manifest.chunks).map(([f, value]) => [`/${copy}/cdn/${f}`, value]),
      );
      const text = JSON.stringify({ integrity });
      map = `<script type="importmap">${text}</script>`;
      const hash = createHash('sha256').update(text).digest('base64');
      csp = csp.replace("script-src 'self'", `script-src 'self' 'sha256-${hash}'`);
      assert.doesNotMatch(csp, /unsafe/);
    }
    writeFileSync(
      join(www, file),
      `<!doctype html>
<html lang="en">
  <title>mrc-kit from the release archive</title>
  ${map}
  <script type="module" src="/report-csp.js"></script>
  <script type="module" src="/${copy}/cdn/${entry}" integrity="${manifest.entries[entry]}" crossorigin></script>
  <mrc-hotline-card src="/demo-dataset.json" country="SN"><a href="tel:+33199004127">Call</a></mrc-hotline-card>
</html>
`,
    );
    policies[`/${file}`] = { 'content-security-policy': csp };
    return `/${file}`;
  }

  /** Opens a page; resolves with what it showed and reported once its scripts have run. */
  async function open(path) {
    const page = await browser.newPage();
    const problems = watchProblems(page, origin);
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    try {
      await page.goto(`${origin}${path}`, { waitUntil: 'networkidle0' });
      const defined = await page.evaluate(() => customElements.get('mrc-hotline-card') !== undefined);
      if (defined)
        await page.waitForFunction(
          (name) => document.querySelector('mrc-hotline-card')?.shadowRoot?.textContent.includes(name),
          { timeout: 15000 },
          HOTLINE,
        );
      const violations = await page.evaluate(() => window.cspViolations);
      return { defined, problems, errors, violations };
    } finally {
      await page.close();
    }
  }

  it('mrc-kit.js with its integrity attribute renders the hotline, with no CSP violation', async () => {
    const seen = await open(hostPage('entry.html', { copy: 'good', entry: 'mrc-kit.js' }));
    assert.ok(seen.defined, `the element was not defined: ${seen.problems.join('; ')}`);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.problems, []);
  });

  it('a changed mrc-kit.js is refused: the integrity no longer matches', async () => {
    const seen = await open(hostPage('changed-entry.html', { copy: 'changed-entry', entry: 'mrc-kit.js' }));
    assert.equal(seen.defined, false, 'the changed entry ran');
    assert.ok(
      seen.errors.some((e) => /integrity/i.test(e) && e.includes('mrc-kit.js')),
      `no integrity error: ${seen.errors.join('; ')}`,
    );
  });

  it('an element file and its chunks, checked by an import map with integrity, render', async () => {
    const seen = await open(
      hostPage('import-map.html', { copy: 'good', entry: 'mrc-hotline-card.js', importMap: true }),
    );
    assert.ok(seen.defined, `the element was not defined: ${seen.problems.join('; ')}`);
    assert.deepEqual(seen.violations, []);
    assert.deepEqual(seen.problems, []);
  });

  it('a changed chunk is refused when the import map carries its integrity', async () => {
    const seen = await open(
      hostPage('changed-chunk-map.html', { copy: 'changed-chunk', entry: 'mrc-hotline-card.js', importMap: true }),
    );
    assert.equal(seen.defined, false, 'the changed chunk ran');
    assert.ok(
      seen.errors.some((e) => /integrity/i.test(e) && /chunks\/core-/.test(e)),
      `no integrity error: ${seen.errors.join('; ')}`,
    );
  });

  it("without an import map, a changed chunk runs: the entry's integrity does not cover its imports", async () => {
    const seen = await open(
      hostPage('changed-chunk-plain.html', { copy: 'changed-chunk', entry: 'mrc-hotline-card.js' }),
    );
    assert.ok(seen.defined, 'the changed chunk was refused without an import map');
    assert.deepEqual(seen.problems, []);
  });
});
