// Listing and hashing the files of a folder, for the release files (scripts/release-pack.mjs) and
// their test (test/shipped/release.test.mjs).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
export function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else found.push(relative(dir, path).split(sep).join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

/** The SHA-384 of a file: `hex` as sha384sum prints it, `base64` for an integrity value. */
export function sha384(path, encoding = 'hex') {
  return createHash('sha384').update(readFileSync(path)).digest(encoding);
}
