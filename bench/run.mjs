// npm run bench: bundles bench/search-bench.ts with the SDK sources, serves it on 127.0.0.1 and runs
// it in headless Chromium, then prints load, index build and search timings, the index beside the
// naive filter-then-sort search. Timings only: nothing here passes or fails on them.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, serveStatic, watchProblems } from '../scripts/lib/browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mrc-bench-'));
await build({
  entryPoints: ['bench/search-bench.ts'],
  bundle: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(dir, 'bench.js'),
  conditions: ['mrc-source'],
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><script type="module" src="bench.js"></script>',
);

// Cross-origin isolation gives performance.now() 5 µs resolution instead of 100 µs.
const isolation = { 'Cross-Origin-Opener-Policy': 'same-origin', 'Cross-Origin-Embedder-Policy': 'require-corp' };
const { server, origin } = await serveStatic(dir, { '/index.html': isolation, '/bench.js': isolation });
const browser = await launchChromium();
let report;
try {
  const page = await browser.newPage();
  const problems = watchProblems(page, origin);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => typeof window.runBench === 'function');
  console.log(`Running in ${await browser.version()} (this takes a minute or two)…`);
  await page.evaluate(() => {
    window.benchDone = window.runBench().then(
      (result) => (window.benchResult = result),
      (error) => (window.benchError = String(error?.stack ?? error)),
    );
  });
  // The naive search over 100,000 centres is slow by design: wait without a time limit.
  await page.waitForFunction(() => window.benchResult || window.benchError, { timeout: 0, polling: 1000 });
  const error = await page.evaluate(() => window.benchError);
  if (error) throw new Error(error);
  report = await page.evaluate(() => window.benchResult);
  if (problems.length > 0) throw new Error(problems.join('\n'));
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}

const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1)).padStart(7);
const n = (value) => value.toLocaleString('en-US');

console.log(
  `performance.now() ${report.crossOriginIsolated ? 'cross-origin isolated (5 µs)' : 'not isolated (100 µs)'}`,
);
const { load } = report;
console.log(
  `\nLoad ${n(load.size)} centres: JSON.parse + ${load.validated ? 'validateDataset' : 'validateDataset (no centre validation yet: centres not checked)'} + createCentreIndex`,
);
console.log(
  `  first run ${ms(load.first.total)} ms (parse ${ms(load.first.parse)}, validate ${ms(load.first.validate)}, index ${ms(load.first.index)})`,
);
console.log(`  median of 7 ${ms(load.total.median)} ms, p95 ${ms(load.total.p95)} ms; ${n(load.warnings)} warnings`);

for (const size of report.sizes) {
  console.log(`\n${n(size.size)} centres (${n(size.centres)} searched)`);
  console.log(`  index build: first ${ms(size.buildFirst)} ms, median ${ms(size.build.median)} ms`);
  console.log(`  first search: ${ms(size.firstSearch)} ms`);
  console.log(
    '  scenario                                        queries   matches | index median   p95 | naive median   p95 | ≠',
  );
  for (const c of size.comparisons) {
    console.log(
      `  ${c.scenario.padEnd(48)}${String(c.queries).padStart(7)}${n(c.meanTotal).padStart(10)} |   ${ms(c.index.median)} ${ms(c.index.p95)} |   ${ms(c.naive.median)} ${ms(c.naive.p95)} | ${c.mismatches}`,
    );
  }
}
console.log('\nTimes in ms. matches: mean total per query. ≠: queries where index and naive results differ.');
