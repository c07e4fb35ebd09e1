import type { LoadResult } from '../model/dataset.js';
import type { FetchOptions } from './fetch-json.js';
import type { OfflineStore } from './offline-store.js';

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
