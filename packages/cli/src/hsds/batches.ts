import type { Dataset, DataWarning, ImportHsdsOptions, LoadResult } from '@mrc-kit/sdk';
import { listItems } from '../json-text.js';
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
 * Imports an HSDS JSON file from its bytes, handing each result to `take`. A list of records (an
 * array, or a page's `contents`) is parsed and imported a batch at a time, so a file of 100,000
 * services is never one object tree in memory; warnings keep their paths in the file.
 */
export function importBatches(
  bytes: Buffer,
  options: ImportHsdsOptions,
  take: (result: LoadResult, list: string) => void,
): void {
  const list = listItems(bytes);
  if (!list || list.items.length <= BATCH) {
    take(importOwnHsds(JSON.parse(bytes.toString('utf8')), options), '$');
    return;
  }
  for (let first = 0; first < list.items.length; first += BATCH) {
    const batch = list.items
      .slice(first, first + BATCH)
      .map(({ start, end }) => JSON.parse(bytes.toString('utf8', start, end)) as unknown);
    const result = importOwnHsds(batch, options);
    const warnings = result.warnings.map((w) => ({ ...w, path: inList(w.path, list.path, first) }));
    take({ ...result, warnings }, list.path);
  }
}

/** Imports an HSDS JSON file from its bytes, in batches (see {@link importBatches}), as one result. */
export function importHsdsBytes(bytes: Buffer, options: ImportHsdsOptions): LoadResult {
  const datasets: Dataset[] = [];
  const warnings: DataWarning[] = [];
  let path = '$';
  importBatches(bytes, options, (result, list) => {
    datasets.push(result.dataset);
    warnings.push(...result.warnings);
    path = list;
  });
  if (datasets.length === 1) return { dataset: datasets[0]!, warnings };
  return { dataset: join(datasets, warnings, path), warnings };
}
