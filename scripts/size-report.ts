// Measures each CDN entry with every chunk it imports statically (what a page downloads before the
// element works), minified and gzip -9, writes docs/size.md, and fails the build over a budget.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk, PluginContext } from 'rollup';

interface Options {
  output: string;
  budgets: Record<string, number>;
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function staticClosure(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file] as OutputChunk | undefined;
  for (const dep of chunk?.imports ?? []) staticClosure(bundle, dep, seen);
  return seen;
}

export function sizeReport({ output, budgets }: Options) {
  return {
    name: 'mrc-size-report',
    generateBundle(this: PluginContext, _options: unknown, bundle: OutputBundle) {
      const size = (file: string) => {
        const chunk = bundle[file];
        const code = chunk?.type === 'chunk' ? chunk.code : '';
        return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
      };
      const rows: string[] = [];
      const over: string[] = [];
      const entries = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk' && c.isEntry);
      for (const entry of entries.sort((a, b) => a.fileName.localeCompare(b.fileName))) {
        const files = [...staticClosure(bundle, entry.fileName)];
        const total = files
          .map(size)
          .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
        const budget = budgets[entry.fileName];
        if (budget !== undefined && total.gzip > budget)
          over.push(`${entry.fileName}: ${kb(total.gzip)} gzip > budget ${kb(budget)}`);
        rows.push(
          `| \`${entry.fileName}\` | ${files.length} | ${total.min.toLocaleString('en')} | ${total.gzip.toLocaleString('en')} | ${budget ? kb(budget) : '–'} |`,
        );
      }
      const lazy = Object.values(bundle)
        .filter(
          (c): c is OutputChunk =>
            c.type === 'chunk' &&
            !c.isEntry &&
            entries.every((e) => !staticClosure(bundle, e.fileName).has(c.fileName)),
        )
        .map(
          (c) =>
            `| \`${c.fileName.replace(/-[\w-]{8}\.js$/, '.js')}\` | ${size(c.fileName).min.toLocaleString('en')} | ${size(c.fileName).gzip.toLocaleString('en')} |`,
        )
        .sort();
      const doc = `# Bundle sizes

Written by \`npm run build\`; do not edit by hand. Bytes of the CDN files in \`packages/widgets/dist/cdn/\`:
each entry counted **with every chunk it imports statically** (what a page must download before the
element works), minified, and gzip at level 9. The build fails when an entry exceeds its budget.

| entry | files | min bytes | gzip bytes | gzip budget |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Loaded on demand only, when a page needs them: a locale other than English; the validator (with zod)
when data loads, in parallel with the download; the HTTP client (\`fetch-json\`, with ky) for a URL;
the search index on the first centre search; the HSDS importer or the REST API client for those sources:

| chunk | min bytes | gzip bytes |
| --- | --- | --- |
${lazy.join('\n')}
`;
      writeFileSync(output, doc);
      if (over.length > 0) this.error(`Size budget exceeded:\n  ${over.join('\n  ')}`);
    },
  };
}
