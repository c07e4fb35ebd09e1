import { parse, type AnyNode } from '@humanwhocodes/momoa';
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

/**
 * Finds where JSON paths point in the text. The syntax tree is built once, on the first call, so
 * a file without problems never pays for it.
 */
export function locator(text: string): (path: string) => Location | undefined {
  let root: AnyNode | undefined;
  return (path) => {
    const segments = pathSegments(path);
    if (!segments) return undefined;
    root ??= parse(text, { mode: 'json' }).body;
    let node: AnyNode = root;
    let at: AnyNode = root;
    for (const segment of segments) {
      const next = step(node, segment);
      if (!next) break;
      node = next.value;
      at = next.at;
    }
    return { line: at.loc.start.line, column: at.loc.start.column };
  };
}

/** The child at `segment`, and the node to point at: an object member's name, an array element. */
function step(node: AnyNode, segment: string | number): { value: AnyNode; at: AnyNode } | undefined {
  if (node.type === 'Object' && typeof segment === 'string') {
    const member = node.members.find((m) => m.name.type === 'String' && m.name.value === segment);
    return member && { value: member.value, at: member };
  }
  if (node.type === 'Array' && typeof segment === 'number') {
    const element = node.elements[segment];
    return element && { value: element.value, at: element.value };
  }
  return undefined;
}
