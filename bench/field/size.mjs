// Bytes of a CDN entry with every chunk it imports statically, gzip -9 with pako, as
// scripts/size-report.ts counts them for docs/size.md (measured here on the files of any build).
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { gzip } from 'pako';

/** `{ files, min, gzip }` of `entry` (a path inside `dist`) and its static imports. */
export function entrySize(dist, entry) {
  const seen = new Set();
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    // `import "./x.js"` and `… from "./x.js"`; a dynamic `import("./x.js")` loads on demand and is not counted.
    for (const [, spec] of code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g))
      visit(join(dirname(file), spec));
  };
  visit(join(dist, entry));
  let min = 0;
  let gz = 0;
  for (const file of seen) {
    const code = readFileSync(file);
    min += code.length;
    gz += gzip(code, { level: 9 }).length;
  }
  return { files: [...seen].map((f) => relative(dist, f)), min, gzip: gz };
}
