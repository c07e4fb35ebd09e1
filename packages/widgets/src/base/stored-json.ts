/**
 * JSON text for what an element keeps in the browser's storage (progress through a checklist or a
 * quiz), written without the page's `JSON.stringify` and without any `toJSON` method.
 *
 * Why: host pages run old libraries that change how JSON is written. Prototype.js 1.6 adds
 * `Array.prototype.toJSON`, which turns every array into a string inside the text; others replace
 * `JSON.stringify` itself. Saved progress then reads back as damaged and every tick is lost. What
 * progress holds is small and plain, so it is written here: strings, finite numbers, booleans and
 * null, arrays, and the own enumerable keys of objects. As with `JSON.stringify`, an undefined
 * member of an object is left out and one in an array is written as null. Reading uses
 * `JSON.parse`, which no `toJSON` affects.
 */
export function storedJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  switch (typeof value) {
    case 'string':
      return quoted(value);
    case 'number':
      return Number.isFinite(value) ? String(value) : 'null';
    case 'boolean':
      return value ? 'true' : 'false';
    case 'object':
      if (Array.isArray(value)) return `[${Array.from(value, (item) => storedJson(item)).join(',')}]`;
      return `{${Object.keys(value)
        .filter((key) => isWritten((value as Record<string, unknown>)[key]))
        .map((key) => `${quoted(key)}:${storedJson((value as Record<string, unknown>)[key])}`)
        .join(',')}}`;
    default:
      return 'null';
  }
}

const isWritten = (value: unknown): boolean =>
  value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';

// The characters JSON requires escaped: the quote, the backslash and the controls below U+0020.
// eslint-disable-next-line no-control-regex -- the control characters are what is matched
const ESCAPED = /["\\\u0000-\u001f]/g;

function quoted(text: string): string {
  return `"${text.replace(ESCAPED, (c) => {
    switch (c) {
      case '"':
        return '\\"';
      case '\\':
        return '\\\\';
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      default:
        return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    }
  })}"`;
}
