import { parse } from '@humanwhocodes/momoa';
import { JsonScanner } from './json-scan.js';
import { InputError } from './output.js';

export interface Location {
  line: number;
  column: number;
}

/**
 * Parses JSON text; a syntax error names its line and column (JSON.parse only gives an offset in
 * some engines, and never a line).
 */
export function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    let where = file;
    try {
      parse(text, { mode: 'json' });
    } catch (located) {
      const { line, column } = located as Partial<Location>;
      if (line !== undefined && column !== undefined) where = `${file}:${line}:${column}`;
    }
    throw new InputError(`${where}: not valid JSON: ${(error as Error).message}`);
  }
}

/** The segments of a JSON path such as `$.centres[2]["name"].fr`. */
export function pathSegments(path: string): (string | number)[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: (string | number)[] = [];
  const part = /\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/y;
  part.lastIndex = 1;
  while (part.lastIndex < path.length) {
    const match = part.exec(path);
    if (!match) return segments;
    if (match[1] !== undefined) segments.push(match[1]);
    else if (match[2] !== undefined) segments.push(Number(match[2]));
    else segments.push(JSON.parse(match[3]!) as string);
  }
  return segments;
}

/** The wanted paths as a tree of segments; `at` is set where the walk finds each one. */
interface Wanted {
  next: Map<string | number, Wanted>;
  at?: Location;
}

/**
 * Finds where JSON paths point in valid JSON, in one pass for all of them: each path's line and
 * column (in characters, as editors count), or its nearest existing parent's. Only the given
 * paths are looked for, so placing a few warnings in a huge file costs one quick read of its
 * bytes and no syntax tree.
 */
export function locateAll(text: string | Buffer, paths: Iterable<string>): (path: string) => Location | undefined {
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const root: Wanted = { next: new Map() };
  let wanted = 1;
  for (const path of paths) {
    let node = root;
    for (const segment of pathSegments(path) ?? []) {
      let next = node.next.get(segment);
      if (!next) {
        next = { next: new Map() };
        node.next.set(segment, next);
        wanted++;
      }
      node = next;
    }
  }
  // Places are found in the order of the text: lines are counted from the last place found.
  let found = 0;
  let line = 1;
  let lineStart = 0;
  let counted = 0;
  const mark = (node: Wanted, offset: number) => {
    for (let nl = bytes.indexOf(10, counted); nl !== -1 && nl < offset; nl = bytes.indexOf(10, nl + 1)) {
      line++;
      lineStart = nl + 1;
    }
    counted = offset;
    node.at = { line, column: bytes.toString('utf8', lineStart, offset).length + 1 };
    found++;
  };
  // The wanted node of each open container, by depth; only those inside wanted ones are watched.
  const open: (Wanted | undefined)[] = [];
  const scanner = new JsonScanner({
    watch: 0,
    value(depth, key, offset, start) {
      const node = depth === 0 ? root : key === undefined ? undefined : open[depth]?.next.get(key);
      if (node && !node.at) {
        mark(node, start);
        if (found === wanted) scanner.stop();
      }
      const c = bytes[offset];
      if (node && (c === 0x7b || c === 0x5b)) {
        open[depth + 1] = node;
        this.watch = depth + 1;
      }
    },
    end(depth) {
      if (this.watch > depth) this.watch = depth;
    },
  });
  scanner.write(bytes);
  return (path) => {
    const segments = pathSegments(path);
    if (!segments) return undefined;
    let node: Wanted | undefined = root;
    let at = root.at;
    for (const segment of segments) {
      node = node.next.get(segment);
      if (!node?.at) break;
      at = node.at;
    }
    return at;
  };
}

/** Finds where one JSON path points in the text (see {@link locateAll}, which finds many at once). */
export function locator(text: string): (path: string) => Location | undefined {
  return (path) => locateAll(text, [path])(path);
}
