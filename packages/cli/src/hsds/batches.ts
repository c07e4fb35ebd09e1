import type { Dataset, DataWarning, ImportHsdsOptions, LoadResult } from '@mrc-kit/sdk';
import { streamList } from './json-stream.js';
import { importOwnHsds } from './own-export.js';

/** Records imported at once from a large list: enough to be quick, few enough to keep memory low. */
const BATCH = 2000;

/** A path into the batch (`$[3].location`) as a path into the file (`$.contents[2003].location`). */
function inList(path: string, list: string, first: number): string {
  const match = /^\$\[(\d+)\](.*)$/.exec(path);
  return match ? `${list}[${first + Number(match[1])}]${match[2]}` : list;
}

/** Joins the datasets of the batches: records in order, each id once, each term once. */
function join(datasets: Dataset[], warnings: DataWarning[], list: string): Dataset {
  const [first] = datasets;
  const centres = new Set<string>();
  const hotlines = new Set<string>();
  const terms = new Map<string, Dataset['taxonomy'][number]>();
  const publishers = new Set(datasets.map((d) => JSON.stringify(d.publisher)));
  const once = <T extends { id: string }>(seen: Set<string>, record: T, kind: string): boolean => {
    if (!seen.has(record.id)) return seen.add(record.id) && true;
    warnings.push({
      path: list,
      reason: `two ${kind}s have the id "${record.id}"; the second is left out`,
      action: 'skipped',
    });
    return false;
  };
  for (const d of datasets) for (const t of d.taxonomy) if (!terms.has(t.id)) terms.set(t.id, t);
  return {
    ...first!,
    publisher: publishers.size === 1 ? first!.publisher : { name: 'HSDS import' },
    taxonomy: [...terms.values()],
    centres: datasets.flatMap((d) => d.centres.filter((c) => once(centres, c, 'centre'))),
    hotlines: datasets.flatMap((d) => d.hotlines.filter((h) => once(hotlines, h, 'hotline'))),
  };
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
  take: (result: LoadResult, list: string) => void,
): Promise<void> {
  let batch: unknown[] = [];
  let first = 0;
  const flush = (list: string) => {
    const result = importOwnHsds(batch, options);
    const warnings = result.warnings.map((w) => ({ ...w, path: inList(w.path, list, first) }));
    first += batch.length;
    batch = [];
    take({ ...result, warnings }, list);
  };
  const read = await streamList(source, (record, list) => {
    batch.push(record);
    // The first batch waits for one more record: a list no longer than a batch is imported whole.
    if (first === 0 && batch.length === BATCH + 1) {
      const next = batch.pop();
      flush(list);
      batch = [next];
    } else if (first > 0 && batch.length === BATCH) flush(list);
  });
  if (read.kind === 'document') take(importOwnHsds(read.value, options), '$');
  else if (first === 0) {
    // A short list is imported as the whole document, page members and all.
    const members = [...read.members].map(([key, value]) => [key, key === 'contents' ? batch : value]);
    take(importOwnHsds(read.path === '$' ? batch : Object.fromEntries(members), options), '$');
  } else if (batch.length > 0) flush(read.path);
}

/** Imports an HSDS JSON file in batches (see {@link importBatches}), as one result. */
export async function importHsdsFile(file: string, options: ImportHsdsOptions): Promise<LoadResult> {
  const datasets: Dataset[] = [];
  const warnings: DataWarning[] = [];
  let path = '$';
  await importBatches(file, options, (result, list) => {
    datasets.push(result.dataset);
    warnings.push(...result.warnings);
    path = list;
  });
  if (datasets.length === 1) return { dataset: datasets[0]!, warnings };
  return { dataset: join(datasets, warnings, path), warnings };
}
