// npm run build: locale modules, the custom elements manifest (with VS Code and JetBrains data) and
// the React components made from it, npm builds (ESM + .d.ts) of the four packages, the demo dataset
// as plain JSON, the JSON Schema of the dataset format, and the CDN bundles with their size report
// (packages/widgets/dist/size.json, budgets enforced). It writes nothing that git tracks.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

// Old chunks (their names carry hashes) would otherwise pile up in dist/ and be published.
for (const dir of ['packages/sdk/dist', 'packages/widgets/dist', 'packages/cli/dist', 'packages/react/dist'])
  rmSync(dir, { recursive: true, force: true });
for (const file of [
  'packages/sdk/tsconfig.tsbuildinfo',
  'packages/widgets/tsconfig.tsbuildinfo',
  'packages/cli/tsconfig.tsbuildinfo',
  'packages/react/tsconfig.tsbuildinfo',
])
  rmSync(file, { force: true });

function run(command, ...args) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  execFileSync(command, args, { stdio: 'inherit' });
}

run('npx', 'lit-localize', 'build');
// The manifest (and the editor data made from it) first: the React components are generated from it.
run('npm', 'run', 'manifest');
run('node', 'scripts/react-wrappers.mjs');
run('npx', 'tsc', '-b', 'packages/sdk', 'packages/widgets', 'packages/cli', 'packages/react');

const { validateDataset } = await import('../packages/sdk/dist/index.js');
const { demoDataset } = await import('../packages/sdk/dist/demo/index.js');
const { warnings } = validateDataset(demoDataset);
if (warnings.length > 0) {
  console.error('The demo dataset has problems:', warnings);
  process.exit(1);
}
writeFileSync('packages/sdk/dist/demo-dataset.json', JSON.stringify(demoDataset, null, 2) + '\n');
console.log('\nwrote packages/sdk/dist/demo-dataset.json');
run('node', 'scripts/dataset-schema.mjs');

run('npx', 'rollup', '-c', 'rollup.config.ts', '--configPlugin', 'esbuild');
