import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import { finished } from 'node:stream/promises';
import { MappedList } from './published.js';

type List = readonly unknown[] | MappedList<unknown, unknown> | AsyncIterable<unknown>;

function asList(value: unknown): List | undefined {
  if (Array.isArray(value) || value instanceof MappedList) return value as List;
  if (value && typeof value === 'object' && Symbol.asyncIterator in value) return value as AsyncIterable<unknown>;
  return undefined;
}

/**
 * Writes a JSON object with one record per line in its lists: readable in a diff, and never one
 * huge string in memory (100,000 centres would be hundreds of megabytes at once). A list may be
 * a {@link MappedList}, converted item by item as it is written, or an async iterable, whose
 * items are produced (read, checked) only as fast as the file takes them.
 */
export async function writeJson(path: string, doc: Record<string, unknown>): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const out = createWriteStream(path, { encoding: 'utf8' });
  // An error of the stream (a folder at `path`, a full disk) rejects the write waiting for it, or
  // the `finished` at the end; never an unhandled 'error' event.
  let failure: Error | undefined;
  const failed = new Promise<never>((_, reject) =>
    out.once('error', (error) => {
      failure = error;
      reject(error);
    }),
  );
  failed.catch(() => {});
  const write = async (text: string): Promise<void> => {
    if (failure) throw failure;
    if (!out.write(text)) await Promise.race([new Promise<void>((r) => out.once('drain', r)), failed]);
  };
  const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
  await write('{\n');
  for (const [i, [key, value]] of entries.entries()) {
    const comma = i < entries.length - 1 ? ',' : '';
    const list = asList(value);
    if (list) {
      let count = 0;
      await write(`  ${JSON.stringify(key)}: [`);
      for await (const item of list) await write(`${count++ === 0 ? '\n' : ',\n'}    ${JSON.stringify(item)}`);
      await write(count === 0 ? `]${comma}\n` : `\n  ]${comma}\n`);
    } else await write(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
  }
  if (failure) throw failure;
  out.end('}\n');
  await finished(out);
}
