import { createReadStream } from 'node:fs';

/** The file is not valid JSON; the caller places the mistake at its line and column. */
export class JsonStreamError extends Error {}

/** What {@link streamList} found in a file: its list of records, or the whole document when it has none. */
export type StreamedJson = { kind: 'list'; path: string } | { kind: 'document'; value: unknown };

/** Where a list of records is: a top-level array (`$`) or a member of the top-level object (`$.contents`). */
type ListPath = string;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
/** What a record left in the rest of the document: a value that keeps it valid JSON. */
const PLACEHOLDER = Buffer.from('0');

/**
 * Bytes gathered in one growing buffer: the pieces between records are copied, so that no chunk
 * read is kept alive by the few bytes of it that are not records.
 */
class Bytes {
  private buffer = Buffer.alloc(4096);
  private length = 0;

  add(bytes: Buffer): this {
    if (this.length + bytes.length > this.buffer.length) {
      const grown = Buffer.alloc(Math.max(this.buffer.length * 2, this.length + bytes.length));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    bytes.copy(this.buffer, this.length);
    this.length += bytes.length;
    return this;
  }

  text(): string {
    return this.buffer.toString('utf8', 0, this.length);
  }
}

/**
 * Cuts a JSON document, as its bytes arrive, into the elements of its list of records (a
 * top-level array, or a member of the top-level object such as the `contents` of an HSDS page)
 * and the rest of the document, in which each
 * record is left as `0`. It follows only strings and brackets; each record is then read by the
 * engine's own `JSON.parse`, which is several times quicker than a tokenizer written in JavaScript
 * and makes far less garbage. The rest is parsed at the end, which also checks its syntax.
 */
class ListSplitter {
  private depth = 0;
  private inString = false;
  /** The byte after a backslash in a string is the next chunk's first. */
  private escaped = false;
  /** The depth whose elements are records: 1 for a top-level array, 2 in `contents`; 0 when in no list. */
  private listDepth = 0;
  private listSeen = false;
  private memberSeen = 0;
  private path: ListPath = '$';
  /** Pieces of the record under way that came in earlier chunks. */
  private record: Buffer[] = [];
  private inRecord = false;
  /** Pieces of the last string at depth 1, which may be the key of the member that follows. */
  private lastString: Buffer[] = [];
  private stringStart = -1;
  private key = '';
  private readonly rest = new Bytes();
  records = 0;

  /** `member` names the list in a top-level object; without `keep`, records are counted, not handed over. */
  constructor(
    private readonly member: string,
    private readonly keep: boolean,
  ) {}

  /** Reads one chunk; each record it completes is handed to `take`, as text. */
  write(chunk: Buffer, take: (text: string, path: ListPath) => void): void {
    const n = chunk.length;
    let recordStart = this.inRecord ? 0 : -1;
    let restStart = this.inRecord ? -1 : 0;
    let i = 0;
    if (this.stringStart >= 0) this.stringStart = 0;
    // The next backslash and quote at or after where the scan is, each found once per chunk run.
    let nextBackslash = -1;
    let nextQuote = -1;
    const endRecord = (end: number) => {
      const bytes = chunk.subarray(recordStart, end);
      if (this.keep) {
        take(
          this.record.length === 0 ? bytes.toString('utf8') : Buffer.concat([...this.record, bytes]).toString('utf8'),
          this.path,
        );
      }
      this.record = [];
      this.inRecord = false;
      recordStart = -1;
      restStart = end;
      this.records++;
    };
    if (this.escaped && n > 0) {
      this.escaped = false;
      i = 1;
    }
    while (i < n) {
      if (this.inString) {
        // Strings are most of a file: jump to the next quote, minding backslashes on the way.
        if (nextQuote < i) {
          const at = chunk.indexOf(QUOTE, i);
          nextQuote = at < 0 ? n : at;
        }
        const quote = nextQuote;
        if (nextBackslash < i) {
          const at = chunk.indexOf(BACKSLASH, i);
          nextBackslash = at < 0 ? n : at;
        }
        if (nextBackslash < quote) {
          i = nextBackslash + 2;
          if (i > n) this.escaped = true;
          continue;
        }
        if (quote === n) break;
        this.inString = false;
        if (this.stringStart >= 0) {
          this.lastString.push(chunk.subarray(this.stringStart, quote));
          this.stringStart = -1;
        }
        i = quote + 1;
        continue;
      }
      const c = chunk[i]!;
      if (isSpace(c)) {
        i++;
        continue;
      }
      if (this.listDepth > 0 && this.depth === this.listDepth && !this.inRecord && c !== COMMA && c !== CLOSE_ARRAY) {
        this.inRecord = true;
        recordStart = i;
        this.rest.add(chunk.subarray(restStart, i)).add(PLACEHOLDER);
        restStart = -1;
      }
      if (c === QUOTE) {
        this.inString = true;
        if (this.depth === 1 && !this.inRecord) {
          this.lastString = [];
          this.stringStart = i + 1;
        }
      } else if (c === OPEN_OBJECT || c === OPEN_ARRAY) {
        if (c === OPEN_ARRAY && !this.listSeen && !this.inRecord) {
          if (this.depth === 0) this.openList(1, '$');
          else if (this.depth === 1 && this.key === this.member) this.openList(2, `$.${this.member}`);
        }
        this.depth++;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (this.depth === this.listDepth) {
          // The list ends; so does a record that is a bare value.
          if (this.inRecord) endRecord(i);
          this.listDepth = 0;
        }
        this.depth--;
        if (this.inRecord && this.depth === this.listDepth) endRecord(i + 1);
      } else if (c === COMMA) {
        if (this.inRecord && this.depth === this.listDepth) endRecord(i);
      } else if (c === COLON && this.depth === 1) {
        this.key = Buffer.concat(this.lastString).toString('utf8');
        // JSON.parse would keep the last of two such members, and a stream reads the first.
        if (this.key === this.member && this.memberSeen++ > 0) {
          throw new JsonStreamError(`the member "${this.member}" is there twice; only one list can be read`);
        }
      }
      i++;
    }
    if (!this.inRecord) this.rest.add(chunk.subarray(restStart));
    else if (this.keep) this.record.push(chunk.subarray(recordStart));
    if (this.stringStart >= 0) this.lastString.push(chunk.subarray(this.stringStart));
  }

  private openList(depth: number, path: ListPath): void {
    this.listDepth = depth;
    this.listSeen = true;
    this.path = path;
  }

  /** The document without its records, parsed: where a record was, `0`. */
  end(): { value: unknown; path: ListPath } {
    if (this.inRecord || this.inString) throw new JsonStreamError('Unexpected end of JSON input');
    try {
      return { value: JSON.parse(this.rest.text()), path: this.path };
    } catch (error) {
      throw new JsonStreamError((error as Error).message);
    }
  }
}

/**
 * Reads a JSON file (its path, or its bytes as they arrive) as a stream and hands the records of
 * its list, one at a time, to `record`: the elements of a top-level array, or of the member
 * `options.member` (`contents`, an HSDS page's list, unless told) of a top-level object, whose other
 * members are kept (they are few and small). A record is dropped once handed over, so a file of
 * hundreds of megabytes is never held whole, as text or as objects; the next chunk is read only
 * when `record` has finished with the records of this one. Without `record`, the records are only
 * counted: the rest of the document is read quickly. A file that is not a list, or whose list is
 * empty, is returned whole, as there is nothing to stream. `onProgress` hears the bytes read so
 * far after each chunk.
 */
export async function streamList(
  source: string | AsyncIterable<Uint8Array>,
  record: ((value: unknown, list: ListPath) => void | Promise<void>) | undefined,
  options: { member?: string; onProgress?: (bytes: number) => void } = {},
): Promise<StreamedJson & { members: Map<string, unknown>; records: number }> {
  const splitter = new ListSplitter(options.member ?? 'contents', record !== undefined);
  const found: [string, ListPath][] = [];
  const take = (text: string, path: ListPath) => found.push([text, path]);
  const chunks = typeof source === 'string' ? createReadStream(source, { highWaterMark: 1 << 20 }) : source;
  // The first three bytes are gathered to look for a byte-order mark, which is not JSON.
  let start: Buffer | undefined = Buffer.alloc(0);
  let bytes = 0;
  for await (const read of chunks) {
    bytes += read.byteLength;
    let chunk = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
    if (start) {
      chunk = Buffer.concat([start, chunk]);
      if (chunk.length < 3) {
        start = chunk;
        continue;
      }
      start = undefined;
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
    }
    splitter.write(chunk, take);
    for (const [text, path] of found) {
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch (error) {
        throw new JsonStreamError((error as Error).message);
      }
      await record!(value, path);
    }
    found.length = 0;
    options.onProgress?.(bytes);
  }
  if (start) splitter.write(start, take);
  const { value, path } = splitter.end();
  const members = new Map(value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []);
  const { records } = splitter;
  if (records > 0) return { kind: 'list', path, members, records };
  return { kind: 'document', value, members, records };
}
