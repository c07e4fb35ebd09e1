// React is published as CommonJS only, which a browser cannot import. This test-server plugin
// bundles `react`, `react-dom` and `react-dom/client` once with esbuild into ES modules that share
// one copy of React, with the same named exports as in Node, and points the bare imports at them.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { build } from 'esbuild';

const require = createRequire(import.meta.url);
const SPECIFIERS = ['react', 'react-dom', 'react-dom/client'];
const OUT = '.cache/react-esm';

async function bundle() {
  const entries = join(OUT, 'entries');
  mkdirSync(entries, { recursive: true });
  const entryPoints = {};
  for (const specifier of SPECIFIERS) {
    const names = Object.keys(require(specifier)).filter((name) => /^[A-Za-z_$][\w$]*$/.test(name));
    const file = join(entries, `${specifier.replace('/', '-')}.mjs`);
    writeFileSync(
      file,
      `import m from '${specifier}';\nexport default m;\nexport const { ${names.join(', ')} } = m;\n`,
    );
    entryPoints[specifier.replace('/', '-')] = file;
  }
  await build({
    entryPoints,
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: OUT,
    define: { 'process.env.NODE_ENV': '"development"' },
    logLevel: 'warning',
  });
}

export function reactEsmPlugin() {
  let built;
  return {
    name: 'mrc-react-esm',
    async serverStart() {
      built = bundle();
      await built;
    },
    resolveImport({ source }) {
      if (SPECIFIERS.includes(source)) return `/${OUT}/${source.replace('/', '-')}.js`;
      return undefined;
    },
  };
}
