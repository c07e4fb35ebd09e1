// Two builds of @mrc-kit/widgets:
// - npm: one ES module per source file (the host's bundler tree-shakes and shares lit), with the kit's
//   private copy of @lit/localize placed under dist/vendor so it never meets a host's copy;
// - CDN: one minified file per element, sharing chunks, and mrc-kit.js with every element in one
//   file; everything (lit, zod, the SDK) inside. Locale files and rarely used code load on demand.
// The SDK's npm build is plain `tsc` (no bundling needed). Sizes are measured here and written to
// dist/size.json (docs/size.md is made from it by `npm run size`); a budget exceeded fails the build.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import minifyHtmlLiterals from '@lit-labs/rollup-plugin-minify-html-literals';
import type { OutputChunk, Plugin, RollupOptions } from 'rollup';
import { sizeReport } from './scripts/size-report.js';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';

const widgets = 'packages/widgets';

const cdnEntries = {
  'mrc-kit': `${widgets}/src/index.ts`,
  'mrc-centre-finder': `${widgets}/src/centre-finder/mrc-centre-finder.ts`,
  'mrc-hotline-card': `${widgets}/src/hotline-card/mrc-hotline-card.ts`,
  'mrc-provider': `${widgets}/src/provider/mrc-provider.ts`,
  'mrc-risk-quiz': `${widgets}/src/risk-quiz/mrc-risk-quiz.ts`,
  'mrc-procedure-checklist': `${widgets}/src/procedure-checklist/mrc-procedure-checklist.ts`,
};

/** gzip budgets, in bytes, for an entry with every chunk it imports statically. */
const budgets: Record<string, number> = {
  'mrc-hotline-card.js': 30 * 1024,
  // Without the map, which loads only when switched on.
  'mrc-centre-finder.js': 38 * 1024,
  'mrc-risk-quiz.js': 32 * 1024,
  'mrc-procedure-checklist.js': 32 * 1024,
  // All four elements and the provider, with the SDK, lit and the English strings; other
  // languages, the map, the HSDS importer and the parts of each element that are not on its first
  // screen (a centre's details, the quiz's questions and results...) load on demand. Twenty interface
  // languages cost about 1.5 KB of it: choosing the language, plural forms, the default services'
  // names in the interface's words, and the loaders of nineteen locale files. Opening hours that
  // stay right across clock changes (skipped hours and days, 24-hour periods) and Arabic queries
  // folded as the records are cost about 0.4 KB more.
  'mrc-kit.js': 43 * 1024,
  'mrc-provider.js': 20 * 1024,
  'mrc-kit-sw.js': 4 * 1024,
};

// Each interface language's strings are one on-demand chunk; its names of languages another.
const locales: readonly string[] = JSON.parse(readFileSync('lit-localize.json', 'utf8')).targetLocales;
const lazyBudget = (name: string) => (locales.some((l) => name === `chunks/${l}.js`) ? 5 * 1024 : undefined);

const ts = (minify: boolean) =>
  esbuild({ tsconfig: 'tsconfig.tests.json', target: 'es2022', minify, legalComments: 'none' });

// zod ships comments rollup cannot place and one harmless import cycle: not ours to fix.
const onwarn: RollupOptions['onwarn'] = (warning, warn) => {
  if (
    warning.id?.includes('node_modules') &&
    ['INVALID_ANNOTATION', 'CIRCULAR_DEPENDENCY'].includes(warning.code ?? '')
  )
    return;
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

const npm: RollupOptions = {
  onwarn,
  input: {
    index: `${widgets}/src/index.ts`,
    'hotline-card/mrc-hotline-card': cdnEntries['mrc-hotline-card'],
    'hotline-card/hotline-card': `${widgets}/src/hotline-card/hotline-card.ts`,
    'centre-finder/mrc-centre-finder': cdnEntries['mrc-centre-finder'],
    'centre-finder/centre-finder': `${widgets}/src/centre-finder/centre-finder.ts`,
    'provider/mrc-provider': cdnEntries['mrc-provider'],
    'provider/provider': `${widgets}/src/provider/provider.ts`,
    'risk-quiz/mrc-risk-quiz': cdnEntries['mrc-risk-quiz'],
    'risk-quiz/risk-quiz': `${widgets}/src/risk-quiz/risk-quiz.ts`,
    'procedure-checklist/mrc-procedure-checklist': cdnEntries['mrc-procedure-checklist'],
    'procedure-checklist/procedure-checklist': `${widgets}/src/procedure-checklist/procedure-checklist.ts`,
    'offline/offline-handler': `${widgets}/src/offline/offline-handler.ts`,
  },
  external: (id) => /^(lit|@lit\/task|@lit\/reactive-element|lit-html|lit-element|@mrc-kit\/sdk)(\/|$)/.test(id),
  plugins: [nodeResolve(), ts(false)],
  output: {
    dir: `${widgets}/dist`,
    format: 'es',
    preserveModules: true,
    preserveModulesRoot: `${widgets}/src`,
    sourcemap: true,
    entryFileNames: (chunk) => {
      const vendored = /node_modules\/(.+)$/.exec(chunk.facadeModuleId ?? '');
      return vendored ? `vendor/${vendored[1]!.replace(/\.[jt]s$/, '')}.js` : '[name].js';
    },
  },
};

// The SDK's demo dataset is JSON (imported `with { type: 'json' }`): a module whose default export is
// the data, which tree-shaking drops from every bundle that does not use it.
const json: Plugin = {
  name: 'mrc-json',
  transform(code: string, id: string) {
    if (!id.endsWith('.json')) return null;
    return { code: `export default ${JSON.stringify(JSON.parse(code))};`, map: null };
  },
};

// esbuild writes its decorator helper into every module that uses decorators (eight copies in
// mrc-kit.js); the CDN build takes it from one shared module instead. Same helper, same calls.
const DECORATE = '\0mrc-decorate';
const decorateHelper =
  /^var __defProp = Object\.defineProperty;\nvar __getOwnPropDesc = Object\.getOwnPropertyDescriptor;\nvar __decorateClass = (\(decorators, target, key, kind\) => \{\n[^]*?\n\};)\n/m;
let decorateBody: string | undefined;
const sharedDecorate: Plugin = {
  name: 'mrc-shared-decorate',
  resolveId: (id) => (id === DECORATE ? id : null),
  load(id) {
    if (id !== DECORATE) return null;
    if (decorateBody === undefined) this.error('the decorator helper is imported before it was seen');
    return `const __defProp = Object.defineProperty;\nconst __getOwnPropDesc = Object.getOwnPropertyDescriptor;\nexport const __decorateClass = ${decorateBody}\n`;
  },
  transform(code, id) {
    if (id === DECORATE) return null;
    const found = decorateHelper.exec(code);
    if (!found) return null;
    const rest = code.replace(found[0], '');
    // Other esbuild helpers that use the same names stay as they are.
    if (/__defProp|__getOwnPropDesc/.test(rest)) return null;
    if (decorateBody !== undefined && decorateBody !== found[1]) this.error(`${id}: another decorator helper`);
    decorateBody = found[1];
    return { code: `import { __decorateClass } from ${JSON.stringify(DECORATE)};\n${rest}`, map: null };
  },
};

// Every msg() of the kit names its id (`{ id: 'finder.more' }`), so @lit/localize never hashes a
// template to make one: the CDN build leaves out the hash, and a msg() without an id fails loudly.
const MSG_ID = /\/@lit\/localize\/internal\/id-generation\.js$/;
const namedMessages: Plugin = {
  name: 'mrc-named-messages',
  load: (id) =>
    MSG_ID.test(id)
      ? 'export const generateMsgId = () => {\n  throw new Error("mrc-kit: a msg() without an id");\n};\n'
      : null,
};

// The ids of the kit's messages ('finder.shortlist.remove') are written twice in the CDN build: in
// each msg() of the elements and in each locale file. Both get a short id instead ('4f'), the same in
// every file of one build: its number in the sorted list of the ids the XLIFF files translate (an id
// they lack stays as it is, in both). The npm build keeps the ids as written.
const messageIds = [
  ...new Set(
    readdirSync(`${widgets}/xliff`)
      .filter((file) => file.endsWith('.xlf'))
      .flatMap((file) =>
        [...readFileSync(`${widgets}/xliff/${file}`, 'utf8').matchAll(/<trans-unit id="([^"]+)"/g)].map((m) => m[1]!),
      ),
  ),
].sort();
const shortId = new Map(messageIds.map((id, i) => [id, i.toString(36)]));
// In a locale file, the keys at the start of a line; elsewhere, `id: '…'` (as Prettier writes it).
const localeKey = /^(\s*')([\w.-]+)(?=':)/gm;
const msgId = /(\bid: ')([\w.-]+)(?=')/g;
const shortMessageIds: Plugin = {
  name: 'mrc-short-message-ids',
  transform(code: string, id: string) {
    if (!id.includes(`/${widgets}/src/`) || !id.endsWith('.ts')) return null;
    const pattern = id.includes('/generated/locales/') ? localeKey : msgId;
    const out = code.replace(pattern, (whole: string, before: string, name: string) => {
      const short = shortId.get(name);
      return short === undefined ? whole : before + short;
    });
    return out === code ? null : { code: out, map: null };
  },
};

// The CDN's plugins; `listLazy`: whether this build's on-demand chunks go in the size report.
const cdnPlugins = (listLazy: boolean) => [
  nodeResolve({ exportConditions: ['mrc-source', 'browser'], browser: true }),
  json,
  namedMessages,
  shortMessageIds,
  // The markup and styles inside Lit's html`` and css`` templates, which a JS minifier keeps as
  // written (indentation, comments); before esbuild, which renames the tags. A template is a fragment,
  // not a page: a space at its edge is part of the sentence it joins ("Centre · Dakar"), so runs of
  // white space become one space and are never dropped; `<path />` inside svg`` keeps its slash, or
  // the next shape nests inside it. test/shipped/ holds every state against the unminified build.
  minifyHtmlLiterals({
    include: [`${widgets}/src/**/*.ts`],
    failOnError: true,
    options: { minifyOptions: { conservativeCollapse: true, keepClosingSlash: true } },
  }),
  ts(false),
  sharedDecorate,
  terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }) as Plugin,
  sizeReport({ output: `${widgets}/dist/size.json`, budgets, listLazy, lazyBudget }) as Plugin,
];

/**
 * The development build of the npm package (`development` export condition): the same modules with
 * `DEV` on, so the elements also explain in the console what a page or its data gets wrong.
 */
const npmDevelopment: RollupOptions = {
  ...npm,
  plugins: [
    {
      name: 'mrc-dev-on',
      transform(code: string, id: string) {
        if (!id.endsWith('/base/dev.ts')) return null;
        const on = code.replace('export const DEV: boolean = false;', 'export const DEV: boolean = true;');
        if (on === code) this.error('base/dev.ts no longer declares DEV as expected');
        return { code: on, map: null };
      },
    } as Plugin,
    ...(npm.plugins as Plugin[]),
  ],
  output: { ...(npm.output as object), dir: `${widgets}/dist/dev`, sourcemap: false },
};

/**
 * Short names for the two chunks every element loads, which every other chunk imports by name
 * (rollup would name them after one of their modules, e.g. `source-attributes`): `core` holds lit
 * and the SDK's client, `base` the data elements' base class, states and styles; and `text`.
 */
function sharedChunkName(moduleIds: readonly string[]): string | undefined {
  if (moduleIds.some((id) => id.endsWith('/lit-element/lit-element.js'))) return 'core';
  if (moduleIds.some((id) => id.endsWith(`/${widgets}/src/base/data-element.ts`))) return 'base';
  // The dataset texts and the safe link, which every element but the provider uses: named after its
  // main module, not after whichever small module rollup picks (the empty dev warning, say).
  if (moduleIds.some((id) => id.endsWith('/sdk/src/model/text.ts'))) return 'text';
  return undefined;
}

/** One file per element, sharing their chunks: a page with two elements loads common code once. */
const cdnElements: RollupOptions = {
  onwarn,
  input: Object.fromEntries(Object.entries(cdnEntries).filter(([name]) => name !== 'mrc-kit')),
  plugins: cdnPlugins(true),
  output: {
    dir: `${widgets}/dist/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: (chunk) => `chunks/${sharedChunkName(chunk.moduleIds) ?? '[name]'}-[hash].js`,
    // Tiny shared chunks (an error class) cost a round trip each on a slow line: fold them in.
    experimentalMinChunkSize: 2000,
    // Except the record vocabularies (kinds, audiences, their names), which only the finder uses:
    // folded into a chunk every element loads, they would weigh on the other elements.
    // The small parts that load on demand stay apart too: folded into a shared chunk, they would
    // load with every element that uses that chunk.
    manualChunks: (id) =>
      /\/sdk\/src\/model\/(centre|audience-names)\.ts$/.test(id)
        ? 'vocabulary'
        : /\/centre-finder\/(url-sync-controller|url-state)\.ts$/.test(id)
          ? 'url-sync'
          : id.endsWith('/centre-finder/ask-position.ts')
            ? 'ask-position'
            : undefined,
  },
};

/**
 * mrc-kit.js: every element in one file, which compresses far better than the same code split in
 * shared chunks (one gzip dictionary, one request). What loads on demand (locales, the map, the
 * validator, the HTTP client, HSDS) stays in chunks of its own.
 */
const cdnAll: RollupOptions = {
  onwarn,
  input: { 'mrc-kit': cdnEntries['mrc-kit'] },
  // The on-demand chunks import what they share with the entry from mrc-kit.js itself (under short
  // names it exports beside the public ones), rather than from a copy of it behind a re-exporting
  // facade: one file and one request fewer before anything shows.
  preserveEntrySignatures: 'allow-extension',
  plugins: cdnPlugins(false),
  output: {
    dir: `${widgets}/dist/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/all/[name]-[hash].js',
    // The error class the loader's chunks share would be a chunk of its own, found one round trip late.
    // Not more: the finder's filters (1.2 KB) would join mrc-kit.js, which every page loads.
    experimentalMinChunkSize: 1000,
    // "Use my location", which imports nothing, stays apart for the same reason.
    manualChunks: (id) => (id.endsWith('/centre-finder/ask-position.ts') ? 'ask-position' : undefined),
  },
};

/**
 * The offline service worker (docs/offline.md): one classic script, which every browser that has
 * service workers runs (module workers are newer), copied by a host next to its pages.
 */
const cdnWorker: RollupOptions = {
  input: `${widgets}/src/offline/mrc-kit-sw.ts`,
  plugins: [
    nodeResolve(),
    ts(false),
    terser({ ecma: 2020, compress: { passes: 2 }, format: { comments: false } }) as Plugin,
    sizeReport({ output: `${widgets}/dist/size.json`, budgets, listLazy: false }) as Plugin,
  ],
  output: { file: `${widgets}/dist/cdn/mrc-kit-sw.js`, format: 'iife' },
};

export type { OutputChunk };
export default [npm, npmDevelopment, cdnElements, cdnAll, cdnWorker];
