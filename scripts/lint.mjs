// npm run lint: the checks of the code's form and of the repository's layout (docs/contributing.md).
// Every check runs even when one before it failed, so that one run shows every problem; the run fails
// when any check failed. Each check can also be run alone: `npx eslint .`, `npx prettier --check .`,
// `npm run lint:deps`, `npm run lint:unused`, `node scripts/check-doc-links.mjs`.
import { spawnSync } from 'node:child_process';

const checks = [
  ['eslint', 'eslint', ['.']],
  ['prettier', 'prettier', ['--check', '.']],
  // The layout rules of .dependency-cruiser.cjs: no import cycles, packages import each other by name,
  // elements do not import each other, the SDK and the command line do not import the widgets.
  ['layout rules (lint:deps)', 'npm', ['run', '--silent', 'lint:deps']],
  // Files, exports and dependencies nothing uses (knip.jsonc).
  ['unused code (lint:unused)', 'npm', ['run', '--silent', 'lint:unused']],
  // Relative links between the Markdown files, and their #anchors.
  ['links in the docs', 'node', ['scripts/check-doc-links.mjs']],
];

const results = [];
for (const [name, command, args] of checks) {
  console.log(`\n== ${name}`);
  const start = performance.now();
  // eslint and prettier from node_modules/.bin, as npm scripts run them.
  const bin = command === 'node' ? process.execPath : command === 'npm' ? command : `node_modules/.bin/${command}`;
  const { status, error } = spawnSync(bin, args, { stdio: 'inherit' });
  if (error) console.error(error.message);
  results.push({ name, ok: status === 0, seconds: (performance.now() - start) / 1000 });
}

console.log('\n== lint');
for (const { name, ok, seconds } of results)
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${name} (${seconds.toFixed(1)} s)`);
process.exit(results.every((r) => r.ok) ? 0 : 1);
