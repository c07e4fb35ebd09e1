import { JsonScanner, type ScanHandler } from '../json-scan.js';
import { createReadStream } from 'node:fs';

/** The file is not valid JSON; the caller places the mistake at its line and column. */
export class JsonStreamError extends Error {}

/** What {@link streamList} found in a file: its list of records, or the whole document when it has none. */
export type StreamedJson = { kind: 'list'; path: string } | { kind: 'document'; value: unknown };

/** Where a list of records is: a top-level array (`$`) or a member of the top-level object (`$.contents`). */
type ListPath = string;

const OPEN_ARRAY = 0x5b;
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
 * and the rest of the document, in which each record is left as `0`. The {@link JsonScanner}
 * tells it where the values of the top two depths start and end; each record is then read by the
 * engine's own `JSON.parse`, which is several times quicker than a tokenizer written in JavaScript
 * and makes far less garbage. The rest is parsed at the end, which also checks its syntax.
 */
class ListSplitter implements ScanHandler {
  /** Members of the top-level object are watched, and the records once in the list. */
  watch = 1;
  private readonly scanner = new JsonScanner(this);
  /** The depth whose elements are records: 1 for a top-level array, 2 in `contents`; 0 when in no list. */
  private listDepth = 0;
  private listSeen = false;
  private memberSeen = 0;
  private path: ListPath = '$';
  private chunk: Buffer = Buffer.alloc(0);
  /** The bytes of the chunks before this one. */
  private base = 0;
  /** Pieces of the record under way that came in earlier chunks. */
  private record: Buffer[] = [];
  private inRecord = false;
  private recordStart = -1;
  private restStart = 0;
  private take: (text: string, path: ListPath) => void = () => undefined;
  private readonly rest = new Bytes();
  records = 0;

  /** `member` names the list in a top-level object; without `keep`, records are counted, not handed over. */
  constructor(
    private readonly member: string,
    private readonly keep: boolean,
  ) {}

  /** Reads one chunk; each record it completes is handed to `take`, as text. */
  write(chunk: Buffer, take: (text: string, path: ListPath) => void): void {
    this.chunk = chunk;
    this.take = take;
    this.recordStart = this.inRecord ? 0 : -1;
    this.restStart = this.inRecord ? -1 : 0;
    this.scanner.write(chunk);
    this.base += chunk.length;
    if (!this.inRecord) this.rest.add(chunk.subarray(this.restStart));
    else if (this.keep) this.record.push(chunk.subarray(this.recordStart));
  }

  value(depth: number, key: string | number | undefined, offset: number): void {
    const at = offset - this.base;
    if (depth === this.listDepth && depth > 0) {
      this.inRecord = true;
      this.recordStart = at;
      this.rest.add(this.chunk.subarray(this.restStart, at)).add(PLACEHOLDER);
      this.restStart = -1;
      return;
    }
    if (depth === 1 && key === this.member && this.memberSeen++ > 0) {
      // JSON.parse would keep the last of two such members, and a stream reads the first.
      throw new JsonStreamError(`the member "${this.member}" is there twice; only one list can be read`);
    }
    if (this.listSeen || this.chunk[at] !== OPEN_ARRAY) return;
    if (depth === 0) this.openList(1, '$');
    else if (depth === 1 && key === this.member) this.openList(2, `$.${this.member}`);
  }

  end(depth: number, offset: number): void {
    if (depth === this.listDepth && this.inRecord) this.endRecord(offset - this.base);
    else if (depth === this.listDepth - 1) {
      // The list ends.
      this.listDepth = 0;
      this.watch = 1;
    }
  }

  private endRecord(end: number): void {
    const bytes = this.chunk.subarray(this.recordStart, end);
    if (this.keep) {
      const record = this.record;
      this.take(
        record.length === 0 ? bytes.toString('utf8') : Buffer.concat([...record, bytes]).toString('utf8'),
        this.path,
      );
    }
    this.record = [];
    this.inRecord = false;
    this.recordStart = -1;
    this.restStart = end;
    this.records++;
  }

  private openList(depth: number, path: ListPath): void {
    this.listDepth = depth;
    this.watch = depth;
    this.listSeen = true;
    this.path = path;
  }

  /** The document without its records, parsed: where a record was, `0`. */
  finish(): { value: unknown; path: ListPath } {
    if (this.inRecord || this.scanner.inText) throw new JsonStreamError('Unexpected end of JSON input');
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
  const { value, path } = splitter.finish();
  const members = new Map(value && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value) : []);
  const { records } = splitter;
  if (records > 0) return { kind: 'list', path, members, records };
  return { kind: 'document', value, members, records };
}
