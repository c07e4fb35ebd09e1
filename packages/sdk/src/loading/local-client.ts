// A client over data the SDK holds and searches itself: an inline dataset, a dataset file or index
// of shards, an HSDS import.
import type { Centre } from '../model/centre.js';
import type { Dataset, LoadResult } from '../model/dataset.js';
import type { MrcClient } from './mrc-client.js';
import { filterHotlines } from '../search/hotline-filter.js';
import { memo, RETRY_STALE_AFTER_MS } from './cache.js';
import type { CentreIndex } from '../search/index.js';
import type { CentreQuery } from '../search/query.js';
import type { CentreScope } from './shards.js';

export interface LocalSource {
  /** What hotline queries need: the whole dataset, or an index's envelope (no shard is loaded for it). */
  base(): Promise<LoadResult>;
  centresFor(scope: CentreScope): Promise<LoadResult>;
  /** Finds one centre without building a search index, when the source can (shards already loaded first). */
  centre?(id: string): Promise<Centre | undefined>;
  /** Listens for data replaced after it was given (a source that keeps an offline copy). */
  onUpdate?: MrcClient['onUpdate'];
}

/** A source loaded in one piece; data from the kept copy is used for `retryStaleAfterMs`, then loaded again. */
export function whole(load: () => Promise<LoadResult>, retryStaleAfterMs = RETRY_STALE_AFTER_MS): LocalSource {
  const loaded = memo(load, {
    isStale: (result) => result.freshness?.staleReason !== undefined,
    retryAfterMs: retryStaleAfterMs,
  });
  return { base: loaded.get, centresFor: loaded.get };
}

/** The scope of a query that decides which shards a sharded dataset must load. */
function scopeOf(query: CentreQuery): CentreScope {
  return {
    ...(query.country && { country: query.country }),
    ...(query.near && { near: query.near }),
    ...(query.near && query.radiusKm !== undefined && { radiusKm: query.radiusKm }),
  };
}

// The search engine loads with the first search; a failed import is tried again on the next one.
const searchModule = memo(() => import('../search/index.js'));
const buildIndex = async (dataset: Dataset): Promise<CentreIndex> =>
  (await searchModule.get()).createCentreIndex(dataset);

/**
 * A client over a local source. `build` makes a search index (replaced in tests, to count builds):
 * one is built per loaded set of centres, on the first search over it, and kept while that set is.
 */
export function localClient(source: string, local: LocalSource, build = buildIndex): MrcClient {
  const indexes = new WeakMap<Dataset, Promise<CentreIndex>>();
  const indexOf = (dataset: Dataset): Promise<CentreIndex> => {
    let index = indexes.get(dataset);
    if (!index) {
      index = build(dataset).catch((error: unknown) => {
        indexes.delete(dataset);
        throw error;
      });
      indexes.set(dataset, index);
    }
    return index;
  };

  return {
    source,
    ...(local.onUpdate && { onUpdate: local.onUpdate }),
    load: () => local.base(),
    centres: {
      prepare: () => void searchModule.get().catch(() => undefined),
      async search(query = {}, now = new Date()) {
        const { dataset, warnings, freshness } = await local.centresFor(scopeOf(query));
        const found = (await indexOf(dataset)).search(query, now);
        return { ...found, warnings: [...warnings], ...(freshness && { freshness }) };
      },
      async get(id) {
        if (local.centre) return local.centre(id);
        const { dataset } = await local.centresFor({});
        return (await indexOf(dataset)).get(id);
      },
    },
    hotlines: {
      list: async (filter) => filterHotlines((await local.base()).dataset, filter),
      get: async (id) => (await local.base()).dataset.hotlines.find((h) => h.id === id),
    },
    quizzes: {
      list: async () => [...(await local.base()).dataset.quizzes],
      get: async (id) => (await local.base()).dataset.quizzes.find((q) => q.id === id),
    },
    checklists: {
      list: async () => [...(await local.base()).dataset.checklists],
      get: async (id) => (await local.base()).dataset.checklists.find((c) => c.id === id),
    },
  };
}
