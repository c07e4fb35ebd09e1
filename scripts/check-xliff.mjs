// Fails when a UI string has no translation: every msg() id in the widgets' sources must have a
// <target> in each XLIFF file, and no XLIFF file may keep strings the sources no longer use. Every
// msg() must name its id: the CDN build leaves out @lit/localize's id-from-hash (rollup.config.ts).
//
// Counted sentences come in CLDR plural forms (`….one`, `….two`, `….few`, `….many`, `….other`, see
// base/plural.ts): a locale must translate the forms its plural rules use, and only those. Each
// target keeps every placeholder of its source (lit-localize refuses to build otherwise; this says
// which unit before it does).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const root = 'packages/widgets';
const FORMS = ['one', 'two', 'few', 'many', 'other'];

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

/** The plural form an id is, when it is one of a full set of forms; else undefined. */
function pluralForm(id) {
  const m = /^(.*)\.([a-z]+)$/.exec(id);
  if (!m || !FORMS.includes(m[2])) return undefined;
  return FORMS.every((form) => used.has(`${m[1]}.${form}`)) ? m[2] : undefined;
}

const placeholders = (text) => [...text.matchAll(/<x id="(\d+)"/g)].map((m) => m[1]).sort();

for (const locale of config.targetLocales) {
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  const xlf = readFileSync(join(config.interchange.xliffDir, `${locale}.xlf`), 'utf8');
  const units = new Map(
    [...xlf.matchAll(/<trans-unit id="([^"]+)">([\s\S]*?)<\/trans-unit>/g)].map((m) => [m[1], m[2]]),
  );
  for (const id of used) {
    const form = pluralForm(id);
    const needed = form === undefined || categories.includes(form);
    const unit = units.get(id);
    const target = unit && /<target>([\s\S]*?)<\/target>/.exec(unit)?.[1];
    if (!unit) {
      problems++;
      console.error(`${locale}.xlf: "${id}" is missing (run npm run localize:extract)`);
    } else if (needed && !target?.trim()) {
      problems++;
      console.error(`${locale}.xlf: "${id}" has no translation`);
    } else if (!needed && target !== undefined) {
      problems++;
      console.error(`${locale}.xlf: "${id}" is a plural form ${locale} does not use: leave it without a target`);
    } else if (target !== undefined) {
      const source = /<source>([\s\S]*?)<\/source>/.exec(unit)?.[1] ?? '';
      const lost = placeholders(source).filter((p) => !placeholders(target).includes(p));
      if (lost.length > 0) {
        problems++;
        console.error(`${locale}.xlf: "${id}" leaves out placeholder(s) ${lost.map((p) => `{${p}}`).join(', ')}`);
      }
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
