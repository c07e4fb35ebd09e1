// Measures each CDN entry with every chunk it imports statically (what a page downloads before the
// element works), minified and gzip -9, writes docs/size.md, and fails the build over a budget.
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { OutputBundle, OutputChunk, PluginContext } from 'rollup';

interface Options {
  output: string;
  budgets: Record<string, number>;
  /** Whether this build's on-demand chunks are listed (once is enough when two builds share a report). */
  listLazy?: boolean;
}

// Two builds (the per-element files, and mrc-kit.js on its own) write one report: rows by file name.
const reports = new Map<string, { entries: Map<string, string>; lazy: Map<string, string> }>();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function staticClosure(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file] as OutputChunk | undefined;
  for (const dep of chunk?.imports ?? []) staticClosure(bundle, dep, seen);
  return seen;
}

export function sizeReport({ output, budgets, listLazy = true }: Options) {
  return {
    name: 'mrc-size-report',
    generateBundle(this: PluginContext, _options: unknown, bundle: OutputBundle) {
      const size = (file: string) => {
        const chunk = bundle[file];
        const code = chunk?.type === 'chunk' ? chunk.code : '';
        return { min: Buffer.byteLength(code), gzip: gzipSync(code, { level: 9 }).length };
      };
      const report = reports.get(output) ?? { entries: new Map<string, string>(), lazy: new Map<string, string>() };
      reports.set(output, report);
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
        report.entries.set(
          entry.fileName,
          `| \`${entry.fileName}\` | ${files.length} | ${total.min.toLocaleString('en')} | ${total.gzip.toLocaleString('en')} | ${budget ? kb(budget) : '–'} |`,
        );
      }
      const lazy = Object.values(bundle)
        .filter(() => listLazy)
        .filter(
          (c): c is OutputChunk =>
            c.type === 'chunk' &&
            !c.isEntry &&
            entries.every((e) => !staticClosure(bundle, e.fileName).has(c.fileName)),
        )
        .map((c) => [
          c.fileName.replace(/-[\w-]{8}\.js$/, '.js'),
          `| \`${c.fileName.replace(/-[\w-]{8}\.js$/, '.js')}\` | ${size(c.fileName).min.toLocaleString('en')} | ${size(c.fileName).gzip.toLocaleString('en')} |`,
        ]);
      for (const [name, row] of lazy) report.lazy.set(name, row);
      const rows = [...report.entries.keys()].sort().map((k) => report.entries.get(k)!);
      const lazyRows = [...report.lazy.keys()].sort().map((k) => report.lazy.get(k)!);
      const doc = `# Bundle sizes

Written by \`npm run build\`; do not edit by hand. Bytes of the CDN files in \`packages/widgets/dist/cdn/\`:
each entry counted **with every chunk it imports statically** (what a page must download before the
element works), minified, and gzip at level 9. The build fails when an entry exceeds its budget.
\`mrc-kit.js\` (every element) is one file of its own, smaller than its parts would be apart; the
per-element files share their chunks with each other. A page uses one or the other.

| entry | files | min bytes | gzip bytes | gzip budget |
| --- | --- | --- | --- | --- |
${rows.join('\n')}

Loaded on demand only, when a page needs them: a locale other than English; the validator (with zod)
when data loads, in parallel with the download; the HTTP client (\`fetch-json\`, with ky) for a URL;
the search index on the first centre search; the HSDS importer or the REST API client for those sources:

| chunk | min bytes | gzip bytes |
| --- | --- | --- |
${lazyRows.join('\n')}
`;
      writeFileSync(output, doc);
      if (over.length > 0) this.error(`Size budget exceeded:\n  ${over.join('\n  ')}`);
    },
  };
}
