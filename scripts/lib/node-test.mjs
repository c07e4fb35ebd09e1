// Runs node's test runner in a child process and reads its closing counts, so each suite's totals
// can be written to .test-results/ for .ci/run.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';

/** Runs `node ...args --test-reporter=spec`; prints its output and returns its pass, fail and skip counts. */
export function runNodeTests(args, env = {}) {
  const run = spawnSync(process.execPath, ['--test-reporter=spec', ...args], {
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 256 * 1024 * 1024,
  });
  process.stdout.write(run.stdout);
  const passed = Number(/ℹ pass (\d+)/.exec(run.stdout)?.[1] ?? 0);
  const skipped = Number(/ℹ skipped (\d+)/.exec(run.stdout)?.[1] ?? 0);
  let failed = Number(/ℹ fail (\d+)/.exec(run.stdout)?.[1] ?? 0);
  // A runner that died before counting (a syntax error, a crash) is a failure too.
  if (run.status !== 0 && failed === 0) failed = 1;
  return { passed, failed, skipped };
}

/** Writes a suite's counts to .test-results/NAME.json and prints its closing line (skipped tests too). */
export function writeCounts(name, label, { passed, failed, skipped = 0 }) {
  mkdirSync('.test-results', { recursive: true });
  writeFileSync(`.test-results/${name}.json`, JSON.stringify({ passed, failed }));
  console.log(`\n${label}: ${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} SKIPPED` : ''}`);
}
