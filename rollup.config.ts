// Two builds of @mrc-kit/widgets:
// - npm: one ES module per source file (the host's bundler tree-shakes and shares lit), with the kit's
//   private copy of @lit/localize placed under dist/vendor so it never meets a host's copy;
// - CDN: one minified file per element plus mrc-kit.js for all, sharing chunks, with everything
//   (lit, zod, ky, the SDK) inside. Locale files and rarely used code load on demand.
// The SDK's npm build is plain `tsc` (no bundling needed). Sizes are measured here and written to
// docs/size.md; a budget that is exceeded fails the build.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import type { OutputChunk, Plugin, RollupOptions } from 'rollup';
import { sizeReport } from './scripts/size-report.js';

const widgets = 'packages/widgets';

const cdnEntries = {
  'mrc-kit': `${widgets}/src/index.ts`,
  'mrc-centre-finder': `${widgets}/src/centre-finder/mrc-centre-finder.ts`,
  'mrc-hotline-card': `${widgets}/src/hotline-card/mrc-hotline-card.ts`,
};

/** gzip budgets, in bytes, for an entry with every chunk it imports statically. */
const budgets: Record<string, number> = {
  'mrc-hotline-card.js': 30 * 1024,
  // Without the map, which loads only when switched on.
  'mrc-centre-finder.js': 38 * 1024,
};

const ts = (minify: boolean) =>
  esbuild({ tsconfig: 'tsconfig.tests.json', target: 'es2022', minify, legalComments: 'none' });

// zod and ky ship comments rollup cannot place and one harmless import cycle: not ours to fix.
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

const cdn: RollupOptions = {
  onwarn,
  input: cdnEntries,
  plugins: [
    nodeResolve({ exportConditions: ['mrc-source', 'browser'], browser: true }),
    ts(true),
    sizeReport({ output: 'docs/size.md', budgets }) as Plugin,
  ],
  output: {
    dir: `${widgets}/dist/cdn`,
    format: 'es',
    entryFileNames: '[name].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // Tiny shared chunks (an error class) cost a round trip each on a slow line: fold them in.
    experimentalMinChunkSize: 2000,
  },
};

export type { OutputChunk };
export default [npm, cdn];
