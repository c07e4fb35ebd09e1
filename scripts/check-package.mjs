// npm run pack:check (after the build): what `npm pack` would publish for each package. Every
// export target and the types are in it, LICENSE and README too; tests, stories, sources and build
// caches are not; the widgets ship their manifest and editor data, name only the tag-defining files
// as side effects, have a development build behind the `development` condition, and bundle no copy
// of lit or zod (the host's bundler shares them).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const PACKAGES = ['packages/sdk', 'packages/widgets', 'packages/react', 'packages/cli'];
const FORBIDDEN = [/(^|\/)test\//, /\.test\./, /stories/, /\.tsbuildinfo$/, /(^|\/)src\//, /(^|\/)node_modules\//];

let passed = 0;
let failed = 0;
for (const dir of PACKAGES) {
  const pkg = JSON.parse(readFileSync(`${dir}/package.json`, 'utf8'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: dir, encoding: 'utf8' }),
  );
  const files = new Set(packed.files.map((f) => f.path));
  const problems = [];
  const need = (path, why) => {
    if (!files.has(path.replace(/^\.\//, ''))) problems.push(`missing ${path} (${why})`);
  };
  for (const path of files)
    if (FORBIDDEN.some((re) => re.test(path))) problems.push(`should not be published: ${path}`);
  need('LICENSE', 'licence text');
  need('README.md', 'what the package is');
  if (pkg.types) need(pkg.types, 'types');
  if (pkg.main) need(pkg.main, 'main');
  for (const [entry, target] of Object.entries(pkg.exports ?? {})) {
    const targets = typeof target === 'string' ? { default: target } : target;
    for (const [condition, path] of Object.entries(targets)) {
      if (condition !== 'mrc-source') need(path, `export ${entry} (${condition})`);
    }
  }
  for (const path of Object.values(pkg.bin ?? {})) need(path, 'command');
  if (pkg.customElements) need(pkg.customElements, 'custom elements manifest');
  if (pkg['web-types']) need(pkg['web-types'], 'JetBrains web-types');
  if (dir === 'packages/widgets') {
    need('dist/editor/vscode.html-custom-data.json', 'VS Code custom data');
    // The CDN bundles define tags too; the private copy of @lit/localize keeps its own module state.
    const effects = pkg.sideEffects.filter(
      (p) => p.startsWith('./dist/') && !/^\.\/dist\/(cdn|vendor|dev\/vendor)\//.test(p),
    );
    for (const pattern of effects) {
      if (!/mrc-\*\.js$|\/index\.js$/.test(pattern))
        problems.push(`side effects beyond the tag-defining files: ${pattern}`);
    }
    for (const path of files) {
      if (/^dist\/(?!cdn\/)/.test(path) && /(^|\/)(lit|lit-html|lit-element|@lit\/reactive-element|zod)\//.test(path))
        problems.push(`a copy of a shared library is bundled: ${path}`);
    }
    // The development build explains problems in the console; the production build stays silent.
    const warns = (file) => readFileSync(`${dir}/${file}`, 'utf8').includes('console.warn');
    if (!warns('dist/dev/base/dev.js')) problems.push('dist/dev/ is not the development build');
    if (warns('dist/base/dev.js')) problems.push('dist/ is not the production build');
    for (const dep of ['lit', '@lit/task'])
      if (!pkg.dependencies?.[dep]) problems.push(`${dep} should be a dependency the host can share`);
  }
  const size = (packed.size / 1024).toFixed(1);
  if (problems.length === 0) {
    passed++;
    console.log(`✓ ${pkg.name}: ${files.size} files, ${size} KB packed`);
  } else {
    failed++;
    console.error(`✗ ${pkg.name}\n  ${problems.join('\n  ')}`);
  }
}
mkdirSync('.test-results', { recursive: true });
writeFileSync('.test-results/pack.json', JSON.stringify({ passed, failed }));
console.log(`Packages: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
