// Measures each CDN entry with every chunk it imports statically (what a page downloads before the
// element works), minified and gzip -9, writes the exact figures to packages/widgets/dist/size.json,
// and fails the build over a budget. docs/size.md is written from that file by `npm run size`
// (scripts/size-doc.mjs), in figures that do not change from machine to machine.
//
// gzip is measured with pako, not node:zlib: Node's official builds carry Chromium's zlib, whose
// output has changed between versions and differs from the canonical zlib that distributions' builds
// of Node link (Debian's, for one): the same chunk gzips up to 21 bytes apart, enough to move a figure
// of docs/size.md. pako is plain JavaScript, gives the same bytes on every machine, and by default the
// same bytes as the zlib built into Node 20 (checked on every file of the CDN build).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { gzip } from 'pako';
import type { OutputBundle, OutputChunk, PluginContext } from 'rollup';

interface Options {
  /** The JSON report, beside the build it measures. */
  output: string;
  budgets: Record<string, number>;
  /** Whether this build's on-demand chunks are listed (once is enough when two builds share a report). */
  listLazy?: boolean;
  /** gzip budgets of on-demand chunks, by name without hash (`chunks/fr.js`). */
  lazyBudget?: (name: string) => number | undefined;
}

/** What the report holds: bytes of each entry (with its static imports) and of each on-demand chunk. */
interface SizeReport {
  entries: Record<string, { files: number; min: number; gzip: number; budget?: number }>;
  lazy: Record<string, { min: number; gzip: number; budget?: number }>;
}

// Two builds (the per-element files, and mrc-kit.js on its own) write one report.
const reports = new Map<string, SizeReport>();

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

function staticClosure(bundle: OutputBundle, file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const chunk = bundle[file] as OutputChunk | undefined;
  for (const dep of chunk?.imports ?? []) staticClosure(bundle, dep, seen);
  return seen;
}

export function sizeReport({ output, budgets, listLazy = true, lazyBudget }: Options) {
  return {
    name: 'mrc-size-report',
    generateBundle(this: PluginContext, _options: unknown, bundle: OutputBundle) {
      const size = (file: string) => {
        const chunk = bundle[file];
        const code = chunk?.type === 'chunk' ? chunk.code : '';
        return { min: Buffer.byteLength(code), gzip: gzip(code, { level: 9 }).length };
      };
      const report = reports.get(output) ?? { entries: {}, lazy: {} };
      reports.set(output, report);
      const over: string[] = [];
      const entries = Object.values(bundle).filter((c): c is OutputChunk => c.type === 'chunk' && c.isEntry);
      for (const entry of entries) {
        const files = [...staticClosure(bundle, entry.fileName)];
        const total = files
          .map(size)
          .reduce((a, b) => ({ min: a.min + b.min, gzip: a.gzip + b.gzip }), { min: 0, gzip: 0 });
        const budget = budgets[entry.fileName];
        if (budget !== undefined && total.gzip > budget)
          over.push(`${entry.fileName}: ${kb(total.gzip)} gzip > budget ${kb(budget)}`);
        report.entries[entry.fileName] = { files: files.length, ...total, ...(budget !== undefined && { budget }) };
      }
      if (listLazy)
        for (const chunk of Object.values(bundle))
          if (
            chunk.type === 'chunk' &&
            !chunk.isEntry &&
            entries.every((e) => !staticClosure(bundle, e.fileName).has(chunk.fileName))
          ) {
            const name = chunk.fileName.replace(/-[\w-]{8}\.js$/, '.js');
            const measured = size(chunk.fileName);
            const budget = lazyBudget?.(name);
            if (budget !== undefined && measured.gzip > budget)
              over.push(`${name}: ${kb(measured.gzip)} gzip > budget ${kb(budget)}`);
            report.lazy[name] = { ...measured, ...(budget !== undefined && { budget }) };
          }
      mkdirSync(dirname(output), { recursive: true });
      writeFileSync(output, JSON.stringify(report, null, 2) + '\n');
      if (over.length > 0) this.error(`Size budget exceeded:\n  ${over.join('\n  ')}`);
    },
  };
}
