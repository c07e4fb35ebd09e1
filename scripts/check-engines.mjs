// The Node versions the project claims, checked against what it depends on: every package's
// `engines.node` is the root's, the README and the CLI's README name its lowest version, .ci/run
// runs on that version, and no installed dependency needs a Node the range allows to be missing
// (npm would print EBADENGINE). Part of `npm test`.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import semver from 'semver';

const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const problems = [];
const claimed = read('package.json').engines?.node;
if (!claimed) throw new Error('package.json has no engines.node');
const floor = semver.minVersion(claimed).version;
// The lowest version claimed and the first of each later major line claimed: every one must
// satisfy every dependency.
const lines = [floor, ...[23, 24, 25, 26].map((major) => `${major}.0.0`)].filter((v) => semver.satisfies(v, claimed));

for (const dir of readdirSync('packages')) {
  const path = join('packages', dir, 'package.json');
  if (!existsSync(path)) continue;
  const engines = read(path).engines?.node;
  if (engines !== claimed)
    problems.push(`${path}: engines.node is ${JSON.stringify(engines)}, the root's is ${JSON.stringify(claimed)}`);
}

const [major, minor] = floor.split('.');
for (const doc of ['README.md', 'packages/cli/README.md', 'docs/publishing.md']) {
  if (!readFileSync(doc, 'utf8').includes(`Node.js ${major}.${minor} or later`))
    problems.push(`${doc}: does not say "Node.js ${major}.${minor} or later"`);
}
if (!readFileSync('.ci/run', 'utf8').includes(`NODE_FLOOR=${floor}`))
  problems.push(`.ci/run: does not run on the lowest claimed Node (NODE_FLOOR=${floor})`);

function* installed(dir) {
  if (!existsSync(dir)) return;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.name.startsWith('@')) {
      yield* installed(path);
      continue;
    }
    if (existsSync(join(path, 'package.json'))) yield path;
    yield* installed(join(path, 'node_modules'));
  }
}
let checked = 0;
for (const path of installed('node_modules')) {
  let pkg;
  try {
    pkg = read(join(path, 'package.json'));
  } catch {
    continue;
  }
  const needs = pkg.engines?.node;
  if (typeof needs !== 'string' || !semver.validRange(needs)) continue;
  checked++;
  for (const version of lines)
    if (!semver.satisfies(version, needs, { includePrerelease: true }))
      problems.push(
        `${pkg.name}@${pkg.version} needs Node ${needs}: ${version}, which the project claims, is not in it`,
      );
}

if (problems.length > 0) {
  console.error(problems.join('\n'));
  console.error(`\nNode ${claimed}: ${problems.length} problems`);
  process.exit(1);
}
console.log(`Node ${claimed} (from ${floor}; checked ${lines.join(', ')}): ${checked} dependencies agree`);
