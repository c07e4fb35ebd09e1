import type { Centre, Dataset, DataWarning, Hotline, ImportHsdsOptions, LoadResult } from '@mrc-kit/sdk';
import { streamList } from './json-stream.js';
import { importOwnHsds } from './own-export.js';

/** Records imported at once from a large list: enough to be quick, few enough to keep memory low. */
const BATCH = 2000;

/** A path into the batch (`$[3].location`) as a path into the file (`$.contents[2003].location`). */
function inList(path: string, list: string, first: number): string {
  const match = /^\$\[(\d+)\](.*)$/.exec(path);
  return match ? `${list}[${first + Number(match[1])}]${match[2]}` : list;
}

/**
 * Joins the datasets of batches as they come: records in order, each id once, each term once.
 * Centres are handed on as they come rather than kept (see {@link importHsdsFile}).
 */
class BatchJoin {
  private first: Dataset | undefined;
  private readonly centreIds = new Set<string>();
  private readonly hotlineIds = new Set<string>();
  private readonly terms = new Map<string, Dataset['taxonomy'][number]>();
  private readonly publishers = new Set<string>();
  private readonly hotlines: Hotline[] = [];
  readonly warnings: DataWarning[] = [];

  /** Adds a batch; returns its centres not seen before. */
  add({ dataset, warnings }: LoadResult, list: string): Centre[] {
    this.first ??= dataset;
    this.warnings.push(...warnings);
    this.publishers.add(JSON.stringify(dataset.publisher));
    for (const t of dataset.taxonomy) if (!this.terms.has(t.id)) this.terms.set(t.id, t);
    const centres = dataset.centres.filter((c) => this.once(this.centreIds, c, 'centre', list));
    this.hotlines.push(...dataset.hotlines.filter((h) => this.once(this.hotlineIds, h, 'hotline', list)));
    return centres;
  }

  private once(seen: Set<string>, record: { id: string }, kind: string, list: string): boolean {
    if (!seen.has(record.id)) return seen.add(record.id) && true;
    this.warnings.push({
      path: list,
      reason: `two ${kind}s have the id "${record.id}"; the second is left out`,
      action: 'skipped',
    });
    return false;
  }

  result(): LoadResult {
    const first = this.first!;
    const dataset: Dataset = {
      ...first,
      publisher: this.publishers.size === 1 ? first.publisher : { name: 'HSDS import' },
      taxonomy: [...this.terms.values()],
      centres: [],
      hotlines: this.hotlines,
    };
    return { dataset, warnings: this.warnings };
  }
}

/**
 * Imports an HSDS JSON file (its path, or its bytes as they arrive), handing each result to `take`. The file is read as a stream; a list
 * of records (an array, or a page's `contents`) is imported a batch at a time as its records
 * arrive, so a file of 100,000 services is never held whole, as text or as objects; warnings keep
 * their paths in the file. A short list, or a file that is no list, is imported whole.
 */
export async function importBatches(
  source: string | AsyncIterable<Uint8Array>,
  options: ImportHsdsOptions,
  take: (result: LoadResult, list: string) => void | Promise<void>,
  onProgress?: (bytes: number) => void,
): Promise<void> {
  let batch: unknown[] = [];
  let first = 0;
  const flush = async (list: string) => {
    const result = importOwnHsds(batch, options);
    const warnings = result.warnings.map((w) => ({ ...w, path: inList(w.path, list, first) }));
    first += batch.length;
    batch = [];
    await take({ ...result, warnings }, list);
  };
  const read = await streamList(
    source,
    async (record, list) => {
      batch.push(record);
      // The first batch waits for one more record: a list no longer than a batch is imported whole.
      if (first === 0 && batch.length === BATCH + 1) {
        const next = batch.pop();
        await flush(list);
        batch = [next];
      } else if (first > 0 && batch.length === BATCH) await flush(list);
    },
    { ...(onProgress && { onProgress }) },
  );
  if (read.kind === 'document') await take(importOwnHsds(read.value, options), '$');
  else if (first === 0) {
    // A short list is imported as the whole document, page members and all.
    const members = [...read.members].map(([key, value]) => [key, key === 'contents' ? batch : value]);
    await take(importOwnHsds(read.path === '$' ? batch : Object.fromEntries(members), options), '$');
  } else if (batch.length > 0) await flush(read.path);
}

/**
 * Imports an HSDS JSON file in batches (see {@link importBatches}), as one result whose centres
 * are handed to `spill` as each batch is imported rather than kept in it: a file of 100,000
 * services is never held as a dataset either.
 */
export async function importHsdsFile(
  file: string,
  options: ImportHsdsOptions,
  spill: (centres: Centre[]) => void | Promise<void>,
  onProgress?: (bytes: number) => void,
): Promise<LoadResult> {
  const joined = new BatchJoin();
  await importBatches(file, options, (result, list) => spill(joined.add(result, list)), onProgress);
  return joined.result();
}
