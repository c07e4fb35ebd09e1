import type { LoadResult } from './dataset.js';
import type { FetchOptions } from './fetch-json.js';
import type { OfflineStore } from './offline-store.js';
import { openDatasetSource } from './shards.js';

export interface LoadOptions extends FetchOptions {
  /**
   * Where the last good copy of each dataset file is kept, to be used when the network fails.
   * Default: IndexedDB in browsers, nothing elsewhere ({@link defaultStore}). `false`: keep nothing.
   */
  store?: OfflineStore | false;
  /**
   * When a kept copy stood in for a file the network could not bring, how long it is used before a
   * query tries the network again, in milliseconds. Default 30 000.
   */
  retryStaleAfterMs?: number;
}

/** When and where data from a URL was obtained; a `staleReason` means it is a kept copy. */
export type Freshness = NonNullable<LoadResult['freshness']>;

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
  const { validateDataset } = await import('./validate/dataset.js');
  return validateDataset(input);
}
