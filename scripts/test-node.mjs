// Runs the SDK's tests in Node under several machine time zones: results must never depend on the
// machine's zone. Prints node:test's own totals, and writes them to .test-results/ for .ci/run
// (`node.json`, or the name given as the first argument: CI runs the suites again with the clock a year
// ahead, under libfaketime, and keeps those counts apart).
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const zones = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles'];
const dir = 'packages/sdk/test';
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join(dir, f));

let passed = 0;
let failed = 0;
for (const tz of zones) {
  console.log(`\n== SDK tests in Node, TZ=${tz}`);
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--import', './test/support/node-globals.mjs', '--test', '--test-reporter=spec', ...files],
    { env: { ...process.env, TZ: tz }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
  );
  process.stdout.write(run.stdout);
  passed += Number(/ℹ pass (\d+)/.exec(run.stdout)?.[1] ?? 0);
  failed += Number(/ℹ fail (\d+)/.exec(run.stdout)?.[1] ?? 0);
  if (run.status !== 0 && !/ℹ fail [1-9]/.test(run.stdout)) failed += 1;
}
// The CLI's tests run the command in child processes and do not depend on the zone: one run.
const cliDir = 'packages/cli/test';
const cliFiles = readdirSync(cliDir)
  .filter((f) => f.endsWith('.test.ts'))
  .map((f) => join(cliDir, f));
console.log('\n== CLI tests in Node');
const cli = spawnSync(
  process.execPath,
  ['--conditions=mrc-source', '--import', 'tsx', '--test', '--test-reporter=spec', ...cliFiles],
  { env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] },
);
process.stdout.write(cli.stdout);
passed += Number(/ℹ pass (\d+)/.exec(cli.stdout)?.[1] ?? 0);
failed += Number(/ℹ fail (\d+)/.exec(cli.stdout)?.[1] ?? 0);
if (cli.status !== 0 && !/ℹ fail [1-9]/.test(cli.stdout)) failed += 1;
mkdirSync('.test-results', { recursive: true });
const resultsName = process.argv[2] ?? 'node';
writeFileSync(`.test-results/${resultsName}.json`, JSON.stringify({ passed, failed }));
console.log(`\nNode: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
