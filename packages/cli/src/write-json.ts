import { createWriteStream } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { finished } from 'node:stream/promises';
import { MappedList } from './published.js';
import { JsonTexts } from './spool.js';

/**
 * A list whose items are pushed by `produce` as it makes them (each `emit` waits while the file
 * is busy): for items made by a reader that calls back, such as a file read as a stream.
 */
export class Produced {
  constructor(readonly produce: (emit: (item: unknown) => Promise<void>) => Promise<void>) {}
}

type List = readonly unknown[] | MappedList<unknown, unknown> | AsyncIterable<unknown> | Produced;

function asList(value: unknown): List | undefined {
  if (Array.isArray(value) || value instanceof MappedList || value instanceof Produced) return value as List;
  if (value && typeof value === 'object' && Symbol.asyncIterator in value) return value as AsyncIterable<unknown>;
  return undefined;
}

/**
 * Writes a JSON object with one record per line in its lists: readable in a diff, and never one
 * huge string in memory (100,000 centres would be hundreds of megabytes at once). A list may be
 * a {@link MappedList}, converted item by item as it is written, or an async iterable, whose
 * items are produced (read, checked) only as fast as the file takes them; {@link JsonTexts} are
 * written as they are.
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
  try {
    const entries = Object.entries(doc).filter(([, value]) => value !== undefined);
    await write('{\n');
    for (const [i, [key, value]] of entries.entries()) {
      const comma = i < entries.length - 1 ? ',' : '';
      const list = asList(value);
      if (list) {
        let count = 0;
        // Records are written some at a time: one write per record costs more than the record.
        let pending = `  ${JSON.stringify(key)}: [`;
        const texts = list instanceof JsonTexts;
        const emit = async (item: unknown) => {
          pending += `${count++ === 0 ? '\n' : ',\n'}    ${texts ? (item as string) : JSON.stringify(item)}`;
          if (pending.length >= 65536) {
            await write(pending);
            pending = '';
          }
        };
        if (list instanceof Produced) await list.produce(emit);
        else for await (const item of list) await emit(item);
        await write(pending + (count === 0 ? `]${comma}\n` : `\n  ]${comma}\n`));
      } else await write(`  ${JSON.stringify(key)}: ${JSON.stringify(value)}${comma}\n`);
    }
  } catch (error) {
    // A file cut short is worse than none: it would look like a dataset.
    out.destroy();
    await rm(path, { force: true }).catch(() => {});
    throw error;
  }
  if (failure) throw failure;
  out.end('}\n');
  await finished(out);
}

/** A file written, whose place is decided once the run's problems are known. */
export interface Pending {
  /** Puts the file at its path. */
  keep(): Promise<void>;
  /** Writes nothing: the path is left as it was. */
  discard(): Promise<void>;
}

/**
 * {@link writeJson}, into a file beside `path` when `hold` is true, moved to `path` only by
 * `keep()` (so a run that fails leaves nothing behind, and an older file at `path` untouched);
 * else to `path` at once, with nothing left to decide.
 */
export async function writeJsonPending(path: string, doc: Record<string, unknown>, hold: boolean): Promise<Pending> {
  if (!hold) {
    await writeJson(path, doc);
    return { keep: async () => {}, discard: async () => {} };
  }
  const held = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  const discard = () => rm(held, { force: true });
  try {
    await writeJson(held, doc);
  } catch (error) {
    await discard();
    throw error;
  }
  return {
    discard,
    keep: async () => {
      try {
        await rename(held, path);
      } catch (error) {
        await discard();
        // Named at the path asked for (`-o` naming a folder), not the file beside it.
        if (error && typeof error === 'object' && 'path' in error) (error as { path: string }).path = path;
        throw error;
      }
    },
  };
}
