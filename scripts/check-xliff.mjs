// Fails when a UI string has no translation: every msg() id in the widgets' sources must have a
// <target> in each XLIFF file, and no XLIFF file may keep strings the sources no longer use. Every
// msg() must name its id: the CDN build leaves out @lit/localize's id-from-hash (rollup.config.ts).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const root = 'packages/widgets';

function* tsFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== 'generated') yield* tsFiles(path);
    else if (entry.name.endsWith('.ts')) yield path;
  }
}

const used = new Set();
let problems = 0;
for (const file of tsFiles(join(root, 'src'))) {
  // Comments may speak of msg() without calling it.
  const source = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  const named = [...source.matchAll(/\bmsg\([\s\S]*?\{\s*id:\s*'([^']+)'\s*,?\s*\}/g)];
  for (const m of named) used.add(m[1]);
  const calls = source.match(/\bmsg\(/g)?.length ?? 0;
  if (calls !== named.length) {
    problems++;
    console.error(`${file}: ${calls - named.length} msg() call(s) without { id: '…' }`);
  }
}

for (const locale of config.targetLocales) {
  const xlf = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  const units = new Map(
    [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]),
  );
  for (const id of used) {
    if (!units.has(id)) {
      problems++;
      console.error(`${locale}.xlf: "${id}" is missing (run npm run localize:extract)`);
    } else if (!/<target>[\s\S]*\S[\s\S]*<\/target>/.test(units.get(id))) {
      problems++;
      console.error(`${locale}.xlf: "${id}" has no translation`);
    }
  }
  for (const id of units.keys()) {
    if (!used.has(id)) {
      problems++;
      console.error(`${locale}.xlf: "${id}" is no longer used by the sources`);
    }
  }
}
console.log(`XLIFF: ${used.size} strings × ${config.targetLocales.length} locales, ${problems} problem(s)`);
process.exit(problems > 0 ? 1 : 0);
