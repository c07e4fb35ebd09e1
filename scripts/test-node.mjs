// Runs the SDK's tests in Node under several machine time zones: results must never depend on the
// machine's zone. Prints node:test's own totals, and writes them to .test-results/ for .ci/run
// (`node.json`, or the name given as the first argument: CI runs the suites again with the clock a year
// ahead, under libfaketime, and keeps those counts apart).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runNodeTests, writeCounts } from './lib/node-test.mjs';

const testFiles = (dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .map((f) => join(dir, f));

const total = { passed: 0, failed: 0 };
const add = ({ passed, failed }) => {
  total.passed += passed;
  total.failed += failed;
};
for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles']) {
  console.log(`\n== SDK tests in Node, TZ=${tz}`);
  add(
    runNodeTests(
      ['--import', 'tsx', '--import', './test/support/node-globals.mjs', '--test', ...testFiles('packages/sdk/test')],
      {
        TZ: tz,
      },
    ),
  );
}
// The CLI's tests run the command in child processes and do not depend on the zone: one run.
console.log('\n== CLI tests in Node');
add(
  runNodeTests(['--conditions=mrc-source', '--import', 'tsx', '--test', ...testFiles('packages/cli/test')], {
    TZ: 'UTC',
  }),
);
writeCounts(process.argv[2] ?? 'node', 'Node', total);
process.exit(total.failed > 0 ? 1 : 0);
