import { parse } from '@humanwhocodes/momoa';
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

/** The offset just after the string that starts (with its quote) at `start`. */
function stringEnd(bytes: Buffer, start: number): number {
  let end = bytes.indexOf(34, start + 1);
  while (end > 0) {
    let backslashes = 0;
    while (bytes[end - 1 - backslashes] === 92) backslashes++;
    if (backslashes % 2 === 0) return end + 1;
    end = bytes.indexOf(34, end + 1);
  }
  return bytes.length;
}

const isSpace = (c: number) => c === 32 || c === 10 || c === 13 || c === 9;
// Bytes that end a number, true, false or null.
const isDelimiter = (c: number) => isSpace(c) || c === 44 || c === 93 || c === 125;

/** An open object or array during {@link walkJson}, with what `enter` said about it. */
export interface Frame<T> {
  node: T | undefined;
  array: boolean;
  /** Where the container starts. */
  start: number;
  /** The current element of an array. */
  index: number;
  /** True in an object where the next string is a member name. */
  wantKey: boolean;
  /** What `enter` said about the member or element being read. */
  child: T | undefined;
}

/**
 * One pass over valid JSON in UTF-8 (no byte of a multi-byte character can be taken for JSON
 * punctuation). `enter` is called where each member's name and each array element (or the
 * top value) starts, with its key or index; what it returns is kept as the `node` of that
 * value's frame when it is an object or array. `leave` is called as each container closes. Only
 * the stack of open containers is kept, so a file of hundreds of megabytes costs no more memory
 * than its bytes.
 */
export function walkJson<T>(
  bytes: Buffer,
  enter: (parent: Frame<T> | undefined, key: string | number | undefined, offset: number) => T | undefined,
  leave?: (frame: Frame<T>, end: number) => void,
  done: () => boolean = () => false,
): void {
  const frames: Frame<T>[] = [];
  for (let i = 0; i < bytes.length && !done();) {
    const c = bytes[i]!;
    if (isSpace(c) || c === 58 /* : */) {
      i++;
      continue;
    }
    const top = frames.at(-1);
    if (c === 44 /* , */) {
      if (top?.array) top.index++;
      else if (top) top.wantKey = true;
      i++;
      continue;
    }
    if (c === 125 /* } */ || c === 93 /* ] */) {
      const frame = frames.pop();
      i++;
      if (frame) leave?.(frame, i);
      continue;
    }
    if (top && !top.array && top.wantKey && c === 34 /* " */) {
      const end = stringEnd(bytes, i);
      const raw = bytes.toString('utf8', i + 1, end - 1);
      top.child = enter(top, raw.includes('\\') ? (JSON.parse(`"${raw}"`) as string) : raw, i);
      top.wantKey = false;
      i = end;
      continue;
    }
    // A value starts here: an element of an array, the top value, or a member's value.
    let node: T | undefined;
    if (!top) node = enter(undefined, undefined, i);
    else if (top.array) node = top.child = enter(top, top.index, i);
    else node = top.child;
    if (c === 123 /* { */ || c === 91 /* [ */) {
      frames.push({ node, array: c === 91, start: i, index: 0, wantKey: c === 123, child: undefined });
      i++;
    } else if (c === 34) i = stringEnd(bytes, i);
    else {
      i++;
      while (i < bytes.length && !isDelimiter(bytes[i]!)) i++;
    }
  }
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
  walkJson<Wanted>(
    bytes,
    (parent, key, offset) => {
      const node = parent ? (key === undefined ? undefined : parent.node?.next.get(key)) : root;
      if (node && !node.at) mark(node, offset);
      return node;
    },
    undefined,
    () => found === wanted,
  );
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
