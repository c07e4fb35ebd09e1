// Writes the kit's own names of languages, for the languages of the migration corridors that
// browsers often cannot name (Chromium's Intl.DisplayNames has no name for Fula, Soninke, Moroccan
// Arabic or Mam): packages/widgets/src/language-names/names-<ui>.ts, one module per interface
// language, which a page loads only when its data has a language the browser cannot name.
//
// A name comes from CLDR (cldr-localenames-full, a dev dependency: the browser never loads it);
// where CLDR has none in an interface language, from the kit's supplement
// (packages/widgets/language-names/supplement.json); then the language's own name; then English.
//
//   node scripts/language-names.mjs           writes the modules
//   node scripts/language-names.mjs --check   fails when they are not what this script writes
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import prettier from 'prettier';

const require = createRequire(import.meta.url);
const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const supplement = JSON.parse(readFileSync('packages/widgets/language-names/supplement.json', 'utf8')).languages;
const outDir = 'packages/widgets/src/language-names';

/** The languages the kit names itself, by region of the corridors its centres serve. */
export const CORRIDOR_LANGUAGES = [
  // West and Central Africa
  ...['wo', 'ff', 'fuc', 'fuv', 'bm', 'dyu', 'mnk', 'snk', 'sus', 'tem', 'kri', 'men', 'ha', 'yo', 'ig', 'ee'],
  ...['ak', 'dyo', 'srr', 'mos', 'dje', 'kg', 'ln', 'lua', 'sg', 'fon', 'kea', 'pov'],
  // Maghreb: Amazigh languages, and Arabic varieties from the Maghreb to the Gulf
  ...['kab', 'tzm', 'shi', 'rif', 'zgh', 'ber', 'taq'],
  ...['ary', 'aeb', 'arq', 'ayl', 'arz', 'apc', 'ajp', 'acm', 'afb', 'apd', 'shu'],
  // Mayan languages and Garifuna
  ...['mam', 'quc', 'kek', 'cak', 'tzj', 'tzo', 'yua', 'cab'],
  // Afghanistan, Central and South Asia
  ...['haz', 'uz', 'tk', 'bal', 'pnb', 'sd', 'syl', 'ctg', 'rhg', 'si', 'ta'],
  // Horn of Africa
  ...['om', 'tig', 'aa', 'sid', 'byn', 'ssy'],
  // South-East Asia, and Kurdish
  ...['ceb', 'ilo', 'ckb', 'kmr'],
];

function cldrNames(locale) {
  try {
    return require(`cldr-localenames-full/main/${locale}/languages.json`).main[locale].localeDisplayNames.languages;
  } catch {
    return {};
  }
}

const english = cldrNames('en');
const autonym = (code) => cldrNames(code)[code] ?? supplement[code]?.autonym;

function nameIn(ui, code) {
  return cldrNames(ui)[code] ?? supplement[code]?.[ui] ?? autonym(code) ?? english[code] ?? supplement[code]?.en;
}

function moduleFor(ui) {
  const names = Object.fromEntries(CORRIDOR_LANGUAGES.map((code) => [code, nameIn(ui, code)]));
  const missing = CORRIDOR_LANGUAGES.filter((code) => !names[code]);
  if (missing.length > 0) throw new Error(`${ui}: no name for ${missing.join(', ')}`);
  const head = `// Written by scripts/language-names.mjs from CLDR and language-names/supplement.json: do not edit.\n`;
  return `${head}import { addLanguageNames } from '../base/language-names.js';\n\naddLanguageNames('${ui}', ${JSON.stringify(names, null, 2)});\n`;
}

const check = process.argv.includes('--check');
let stale = 0;
mkdirSync(outDir, { recursive: true });
for (const ui of [config.sourceLocale, ...config.targetLocales]) {
  const path = join(outDir, `names-${ui}.ts`);
  const text = await prettier.format(moduleFor(ui), { ...(await prettier.resolveConfig(path)), filepath: path });
  if (check) {
    let current = '';
    try {
      current = readFileSync(path, 'utf8');
    } catch {
      // Not written yet: stale.
    }
    if (current !== text) {
      stale++;
      console.error(`${path} is not up to date: run node scripts/language-names.mjs`);
    }
  } else writeFileSync(path, text);
}
if (check) process.exit(stale > 0 ? 1 : 0);
console.log(
  `Names of ${CORRIDOR_LANGUAGES.length} languages in ${config.targetLocales.length + 1} interface languages`,
);
