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
  /**
   * How long the server is waited for before a kept copy is shown while the request goes on, in
   * milliseconds (clients only: they tell their update listeners what the server then says).
   * Default 500.
   */
  keptAfterMs?: number;
}

/** When and where data from a URL was obtained; a `staleReason` means it is a kept copy. */
export type Freshness = NonNullable<LoadResult['freshness']>;

/**
 * Data a client gave has been replaced: fresh data after a kept copy, a kept copy confirmed or now
 * standing in for a failed request, or data withdrawn (`current` absent: the next query loads again).
 */
export interface DataUpdate {
  /** The URL of the file whose data changed (for a sharded dataset: the index or a shard). */
  source: string;
  previous: Freshness | undefined;
  current?: Freshness | undefined;
}
