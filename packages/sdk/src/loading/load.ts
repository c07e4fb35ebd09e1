import type { LoadResult } from '../model/dataset.js';
import type { LoadOptions } from './options.js';
import { openDatasetSource } from './shards.js';

export type { Freshness, LoadOptions } from './options.js';

/**
 * Loads a dataset from an object, or from a URL (relative URLs resolve against the page). Resolves
 * with the valid records and a warning for each skipped or repaired one; rejects with a
 * {@link DatasetError} when the input cannot be fetched or is not a dataset at all. A URL may name
 * a dataset index: every shard it lists is then loaded (see {@link openDatasetSource} to load only
 * the shards a query needs).
 */
export async function loadDataset(input: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  if (typeof input === 'string' || input instanceof URL) {
    return openDatasetSource(String(input), options).centresFor();
  }
  // The validator (zod) loads only when data does: a page pays nothing for it before.
  const { validateDataset } = await import('../model/validate/dataset.js');
  return validateDataset(input);
}
