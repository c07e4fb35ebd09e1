// Part of npm run bench: <mrc-centre-finder> with 10,000 centres in headless Chromium. Prints the
// time from a keystroke to the updated list painted, and frame times while scrolling. Timings only.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium, serveStatic, watchProblems } from '../scripts/lib/browser.mjs';

const dir = mkdtempSync(join(tmpdir(), 'mrc-finder-bench-'));
await build({
  entryPoints: ['bench/finder-bench.ts'],
  bundle: true,
  minify: true,
  format: 'esm',
  target: 'es2022',
  outfile: join(dir, 'bench.js'),
  conditions: ['mrc-source'],
  tsconfig: 'tsconfig.tests.json',
  logLevel: 'warning',
});
writeFileSync(
  join(dir, 'index.html'),
  '<!doctype html><meta charset="utf-8"><meta name="viewport" content="width=400"><body style="margin:0;max-width:400px"><script type="module" src="bench.js"></script>',
);
const { server, origin } = await serveStatic(dir);
const browser = await launchChromium();
let r;
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 400, height: 800 });
  const problems = watchProblems(page, origin);
  await page.goto(`${origin}/index.html`);
  await page.waitForFunction(() => typeof window.runFinderBench === 'function');
  r = await page.evaluate(() => window.runFinderBench());
  if (problems.length > 0) throw new Error(problems.join('\n'));
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
const ms = (v) => v.toFixed(1).padStart(6);
console.log(`\n<mrc-centre-finder>, ${r.centres.toLocaleString('en-US')} centres, 400 px wide`);
console.log(
  `  keystroke to list painted (${r.keystrokes} keystrokes): median ${ms(r.keyMedian)} ms, p95 ${ms(r.keyP95)} ms, max ${ms(r.keyMax)} ms`,
);
console.log(
  `  scrolling ${r.shown.toLocaleString('en-US')} results (${r.frames} frames): median ${ms(r.frameMedian)} ms, p95 ${ms(r.frameP95)} ms, longest ${ms(r.frameMax)} ms`,
);
console.log(
  `  frames over 50 ms: ${r.long.length}${r.long.map((f) => `\n    frame ${f.frame}: ${ms(f.ms)} ms, ${f.shown} rows shown`).join('')}`,
);
