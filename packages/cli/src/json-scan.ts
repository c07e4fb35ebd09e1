const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;

/** A member name with its escapes read; one that is not valid JSON is kept as written. */
function unescaped(raw: string): string {
  try {
    return JSON.parse(`"${raw}"`) as string;
  } catch {
    return raw;
  }
}

/**
 * What a {@link JsonScanner} tells as it reads. Only values in containers at most `watch` deep
 * are told of (the top value is at depth 0, the members or elements of the top container at 1):
 * deeper ones cost no call and no decoded member name. The handler may change `watch` as it goes.
 */
export interface ScanHandler {
  watch: number;
  /**
   * A value starts at `at`: the top value (depth 0, no key), or a member (its name) or element
   * (its index) of the container at `depth`. `start` is where the member's name starts, or `at`.
   * Offsets count the bytes of every chunk so far.
   */
  value(depth: number, key: string | number | undefined, at: number, start: number): void;
  /**
   * The value at `depth` ended: just after its closing bracket, or at the comma or bracket after
   * it when it is a string, number, true, false or null.
   */
  end?(depth: number, at: number): void;
}

/**
 * One pass over JSON in UTF-8 (no byte of a multi-byte character can be taken for JSON
 * punctuation), its bytes given a chunk at a time, cut anywhere. It follows strings, brackets,
 * commas and colons, and keeps only the depth, the kind of each open container and its current
 * index or member name: a file of hundreds of megabytes costs no more memory than a chunk.
 * Strings, most of a file, are skipped from quote to quote. It does not check the syntax: the
 * caller parses what it keeps with `JSON.parse`, which does.
 */
export class JsonScanner {
  private depth = 0;
  /** Per open container, by depth: 1 for an array. */
  private isArray = new Uint8Array(64);
  private index: number[] = [0];
  /** The member being read, by depth, in objects no deeper than `watch`, and where its name starts. */
  private keys: string[] = [''];
  private keyAt: number[] = [0];
  /** The bytes of the chunks before this one. */
  private base = 0;
  /** Per depth: 1 while a value there has started and not ended. */
  private open = new Uint8Array(64);
  /** The next byte other than a space starts a value. */
  private expect = true;
  /** In an object, the next string is a member name. */
  private wantKey = false;
  private inString = false;
  /** The byte after a backslash in a string is the next chunk's first. */
  private escaped = false;
  /** Pieces of the member name being read, when it began in an earlier chunk. */
  private keyParts: Buffer[] | undefined;
  private keyStart = -1;
  private stopped = false;

  constructor(private readonly handler: ScanHandler) {}

  /** True while a string (or a backslash in one) is unfinished. */
  get inText(): boolean {
    return this.inString || this.escaped;
  }

  /** Nothing more is read, in this chunk or later ones. */
  stop(): void {
    this.stopped = true;
  }

  /** Reads the next chunk. */
  write(chunk: Buffer): void {
    if (this.stopped) return;
    const n = chunk.length;
    const base = this.base;
    this.base += n;
    const handler = this.handler;
    let i = 0;
    if (this.keyStart >= 0) this.keyStart = 0;
    // The next backslash and quote at or after where the scan is, each found once per chunk run.
    let nextBackslash = -1;
    let nextQuote = -1;
    if (this.escaped && n > 0) {
      this.escaped = false;
      i = 1;
    }
    while (i < n) {
      if (this.inString) {
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
        if (this.keyStart >= 0) this.endKey(chunk, quote);
        i = quote + 1;
        continue;
      }
      const c = chunk[i]!;
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) {
        i++;
        continue;
      }
      const depth = this.depth;
      if (c === COMMA) {
        this.ended(depth, base + i);
        if (this.isArray[depth] === 1) {
          this.index[depth]!++;
          this.expect = true;
        } else if (depth > 0) this.wantKey = true;
      } else if (c === COLON) {
        this.expect = true;
      } else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
        if (depth > 0) {
          this.ended(depth, base + i);
          this.depth = depth - 1;
          this.expect = false;
          this.wantKey = false;
          this.ended(depth - 1, base + i + 1);
        }
      } else if (c === QUOTE && this.wantKey) {
        this.wantKey = false;
        this.inString = true;
        if (depth <= handler.watch) {
          this.keyStart = i + 1;
          this.keyAt[depth] = base + i;
        }
      } else {
        if (this.expect) {
          this.expect = false;
          this.open[depth] = 1;
          if (depth <= handler.watch) {
            const element = depth === 0 || this.isArray[depth] === 1;
            const key = depth === 0 ? undefined : element ? this.index[depth] : this.keys[depth];
            handler.value(depth, key, base + i, element ? base + i : this.keyAt[depth]!);
            if (this.stopped) return;
          }
        }
        if (c === QUOTE) this.inString = true;
        else if (c === OPEN_OBJECT || c === OPEN_ARRAY) this.push(c === OPEN_ARRAY);
      }
      i++;
    }
    if (this.keyStart >= 0) (this.keyParts ??= []).push(chunk.subarray(this.keyStart));
  }

  /** The value at `depth`, if one is open, ends at `at`. */
  private ended(depth: number, at: number): void {
    if (this.open[depth] === 0) return;
    this.open[depth] = 0;
    if (depth <= this.handler.watch) this.handler.end?.(depth, at);
  }

  private push(array: boolean): void {
    const depth = ++this.depth;
    if (depth >= this.open.length) {
      const open = new Uint8Array(this.open.length * 2);
      open.set(this.open);
      this.open = open;
      const isArray = new Uint8Array(this.isArray.length * 2);
      isArray.set(this.isArray);
      this.isArray = isArray;
    }
    this.isArray[depth] = array ? 1 : 0;
    this.index[depth] = 0;
    this.open[depth] = 0;
    this.expect = array;
    this.wantKey = !array;
  }

  /** The member name that ends at `quote` is the key of the values that follow at this depth. */
  private endKey(chunk: Buffer, quote: number): void {
    const last = chunk.subarray(this.keyStart, quote);
    const raw = this.keyParts ? Buffer.concat([...this.keyParts, last]).toString('utf8') : last.toString('utf8');
    this.keys[this.depth] = raw.includes('\\') ? unescaped(raw) : raw;
    this.keyParts = undefined;
    this.keyStart = -1;
  }
}
