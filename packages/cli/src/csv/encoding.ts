import { createReadStream } from 'node:fs';

/**
 * Why a file cannot be read as UTF-8, or undefined when it can. Excel's "CSV (Comma delimited)"
 * writes Windows-1252 and its "Unicode text" UTF-16: read as UTF-8, their accented letters would
 * turn into U+FFFD without a word, so such a file is refused as a whole, naming its first bad row.
 */
export async function notUtf8(path: string): Promise<{ line: number; reason: string } | undefined> {
  const advice = "not UTF-8: save it again as 'CSV UTF-8' (Excel) or with the UTF-8 character set";
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  let first = true;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    if (
      first &&
      chunk.length >= 2 &&
      ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff))
    ) {
      return { line: 1, reason: `${advice} (this file is UTF-16)` };
    }
    first = false;
    try {
      decoder.decode(chunk, { stream: true });
    } catch {
      // The bad byte is in this chunk: the line it is on is where the valid prefix ends.
      // A chunk may start inside a character begun in the previous one: its continuation bytes are no error.
      let start = 0;
      while (start < 3 && start < chunk.length && (chunk[start]! & 0xc0) === 0x80) start++;
      const valid = start + validPrefix(chunk.subarray(start));
      return { line: line + countLines(chunk.subarray(0, valid)), reason: advice };
    }
    line += countLines(chunk);
  }
  try {
    decoder.decode();
  } catch {
    return { line, reason: advice };
  }
  return undefined;
}

const countLines = (bytes: Buffer): number => {
  let n = 0;
  for (let i = bytes.indexOf(0x0a); i >= 0; i = bytes.indexOf(0x0a, i + 1)) n++;
  return n;
};

/** The length of the longest start of `chunk` that a fatal decoder accepts (a chunk may start mid-character). */
function validPrefix(chunk: Buffer): number {
  let low = 0;
  let high = chunk.length;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(chunk.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid - 1;
    }
  }
  return low;
}
