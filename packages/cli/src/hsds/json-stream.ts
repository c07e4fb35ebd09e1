import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';

/** The file is not valid JSON; the caller places the mistake at its line and column. */
export class JsonStreamError extends Error {}

/** What {@link streamList} found in a file: its list of records, or the whole document when it has none. */
export type StreamedJson = { kind: 'list'; path: '$' | '$.contents' } | { kind: 'document'; value: unknown };

/** The first byte that is not white space: `[`, `{` or the start of a bare value. */
function firstByte(chunk: Buffer): number | undefined {
  for (const c of chunk) if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return c;
  return undefined;
}

/**
 * Reads a JSON file (its path, or its bytes as they arrive) as a stream and hands the records of
 * its list, one at a time, to `record`: the elements of a top-level array, or the `contents` of an
 * HSDS page (whose other members are kept: they are few and small). Each record is dropped from the parser once handed over, so a
 * file of hundreds of megabytes is never held whole, as text or as objects. A file that is not a
 * list (one record, or a bare value) is returned whole, as there is nothing to stream.
 */
export async function streamList(
  source: string | AsyncIterable<Uint8Array>,
  record: (value: unknown, list: '$' | '$.contents') => void,
): Promise<StreamedJson & { members: Map<string, unknown> }> {
  // A string is gathered in a buffer rather than by joining pieces: less garbage per record.
  const parser = new JSONParser({ paths: ['$.*', '$.contents.*'], keepStack: false, stringBufferSize: 65536 });
  const members = new Map<string, unknown>();
  let top: 'array' | 'object' | 'value' | undefined;
  let list: '$' | '$.contents' | undefined;
  let failure: Error | undefined;
  // What `record` throws is not a syntax error: it is kept apart from the parser's errors.
  let thrown: { error: unknown } | undefined;
  const hand = (value: unknown, path: '$' | '$.contents') => {
    try {
      if (!thrown) record(value, path);
    } catch (error) {
      thrown = { error };
    }
  };
  parser.onError = (error) => {
    failure ??= error;
  };
  parser.onValue = ({ value, key, parent, stack }) => {
    if (stack.length === 1 && Array.isArray(parent)) {
      list = '$';
      hand(value, '$');
    } else if (stack.length === 1 && typeof key === 'string') {
      members.set(key, value);
    } else if (stack.length === 2 && Array.isArray(parent) && stack[1]?.key === 'contents') {
      // The parser keeps an element of a member it emits; this one is handed over and dropped.
      parent.length -= 1;
      list = '$.contents';
      hand(value, '$.contents');
    }
  };
  const text: Buffer[] = [];
  for await (const read of typeof source === 'string' ? createReadStream(source) : source) {
    let chunk = Buffer.from(read.buffer, read.byteOffset, read.byteLength);
    if (top === undefined) {
      // A byte-order mark is not JSON; the parser would refuse it.
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      const first = firstByte(chunk);
      if (first === undefined) continue;
      top = first === 0x5b ? 'array' : first === 0x7b ? 'object' : 'value';
    }
    // A bare value (a number, a string) has no list to stream: it is parsed whole.
    if (top === 'value') text.push(chunk);
    else if (!failure && !thrown) parser.write(chunk);
  }
  if (top === 'value' || top === undefined) {
    try {
      return { kind: 'document', value: JSON.parse(Buffer.concat(text).toString('utf8')), members };
    } catch (error) {
      throw new JsonStreamError((error as Error).message);
    }
  }
  if (thrown) throw thrown.error;
  if (!failure && !parser.isEnded) parser.end();
  if (failure) throw new JsonStreamError(failure.message);
  if (list === '$.contents' && !Array.isArray(members.get('contents'))) list = undefined;
  if (list !== undefined) return { kind: 'list', path: list, members };
  return { kind: 'document', value: top === 'array' ? [] : Object.fromEntries(members), members };
}
