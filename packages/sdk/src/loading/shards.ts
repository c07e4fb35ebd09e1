import type { Centre, Position } from '../model/centre.js';
import type { ShardEntry } from './dataset-index.js';
import type { LoadResult } from '../model/dataset.js';
import { DatasetError } from '../model/errors.js';
import type { FetchOptions } from './fetch-json.js';
import type { LoadOptions } from './options.js';
import { memo, resolveUrl, RETRY_STALE_AFTER_MS, type Memo } from './cache.js';
import { defaultStore, type OfflineStore } from './offline-store.js';
import type { DataWarning } from '../model/problems.js';
import { boxInReach, isPosition } from '../search/reach.js';
import { merge, mergeCache } from './shard-merge.js';

/** Which centres a query needs: from one country, and/or within reach of a place. */
export interface CentreScope {
  country?: string;
  near?: Position;
  /** With `near`: only shards that may hold centres this close are loaded. */
  radiusKm?: number;
}

/** A dataset URL opened once, whether it is one file or an index of per-country shard files. */
export interface DatasetSource {
  /** The absolute URL of the document. */
  readonly url: string;
  /** The whole dataset of a plain file; for an index: its publisher, taxonomy and hotlines, and no centres. */
  base(): Promise<LoadResult>;
  /**
   * The dataset with the centres the scope needs: for an index, only the shards in scope are
   * loaded. A shard that cannot be loaded is left out and reported in `warnings` (its URL as the
   * path); the call rejects only when every shard in scope fails. The same set of shards gives the
   * same object until one of them is loaded again.
   */
  centresFor(scope?: CentreScope): Promise<LoadResult>;
  /** The centre with this id: looked for in the shards already loaded first, then in all of them. */
  centre(id: string): Promise<Centre | undefined>;
}

type Opened = { kind: 'dataset'; result: LoadResult } | { kind: 'index'; result: LoadResult; shards: ShardEntry[] };

const isStale = (result: LoadResult) => result.freshness?.staleReason !== undefined;

/**
 * Opens a dataset URL (relative URLs resolve against the page). Nothing loads until `base()` or
 * `centresFor()` is called; each document then loads once and is shared. A failed load is tried
 * again on the next call rather than remembered, and a kept copy that stood in for a failed one is
 * used for `retryStaleAfterMs` before the network is tried again.
 */
export function openDatasetSource(src: string, options: LoadOptions = {}): DatasetSource {
  return openResolved(resolveUrl(src), options);
}

/** {@link openDatasetSource} for a URL already resolved (a client resolves its source's URL once). */
export function openResolved(url: string, options: LoadOptions): DatasetSource {
  const { store: storeOption, retryStaleAfterMs = RETRY_STALE_AFTER_MS, ...fetchOptions } = options;
  const store = storeOption === false ? undefined : (storeOption ?? defaultStore());
  const opened = memo(() => openDocument(url, fetchOptions, store), {
    isStale: (doc) => isStale(doc.result),
    retryAfterMs: retryStaleAfterMs,
  });
  const shards = new Map<string, Memo<LoadResult>>();
  const shardOf = (shard: ShardEntry, index: LoadResult): Memo<LoadResult> => {
    let shardMemo = shards.get(shard.url);
    if (!shardMemo) {
      shardMemo = memo(() => openShard(shard, index, url, fetchOptions, store), {
        isStale,
        retryAfterMs: retryStaleAfterMs,
      });
      shards.set(shard.url, shardMemo);
    }
    return shardMemo;
  };
  const merged = mergeCache();

  const centresFor = async (scope: CentreScope = {}): Promise<LoadResult> => {
    const doc = await opened.get();
    if (doc.kind === 'dataset') return doc.result;
    const inScope = doc.shards.filter((shard) => shardInScope(shard, scope));
    const settled = await Promise.allSettled(inScope.map((shard) => shardOf(shard, doc.result).get()));
    const parts: LoadResult[] = [];
    const failed: DataWarning[] = [];
    let firstError: DatasetError | undefined;
    for (const [i, outcome] of settled.entries()) {
      if (outcome.status === 'fulfilled') {
        parts.push(outcome.value);
        continue;
      }
      // Anything but a DatasetError is a fault of the kit, not of the data or the network.
      if (!(outcome.reason instanceof DatasetError)) throw outcome.reason;
      firstError ??= outcome.reason;
      failed.push({ path: inScope[i]!.url, reason: outcome.reason.message, action: 'skipped' });
    }
    if (firstError === undefined) return merged(doc.result, inScope, parts);
    if (parts.length === 0) throw firstError;
    return merge(doc.result, parts, failed);
  };

  return {
    url,
    base: async () => (await opened.get()).result,
    centresFor,
    async centre(id) {
      const find = (result: LoadResult | undefined) => result?.dataset.centres.find((c) => c.id === id);
      const doc = await opened.get();
      if (doc.kind === 'dataset') return find(doc.result);
      for (const shard of doc.shards) {
        const found = find(shards.get(shard.url)?.peek());
        if (found) return found;
      }
      return find(await centresFor());
    },
  };
}

/** The modules that parse and validate load only when data does (the page pays nothing before). */
function loaders() {
  return Promise.all([import('./fetch-json.js'), import('../model/validate/dataset.js'), import('./dataset-index.js')]);
}

async function openDocument(url: string, options: FetchOptions, store: OfflineStore | undefined): Promise<Opened> {
  const [{ fetchJsonWithMeta }, { validateDataset, validateDatasetInSlices }, { isDatasetIndex, parseDatasetIndex }] =
    await loaders();
  const fetched = await fetchJsonWithMeta<Opened>(url, {
    ...options,
    ...(store && { store }),
    read: (json) => {
      if (!isDatasetIndex(json))
        return validateDatasetInSlices(json, url).then((result) => ({ kind: 'dataset', result }));
      const index = parseDatasetIndex(json, url);
      const result = validateDataset(index.envelope, url);
      return {
        kind: 'index',
        result: { ...result, warnings: [...index.warnings, ...result.warnings] },
        shards: index.shards,
      };
    },
  });
  return { ...fetched.json, result: { ...fetched.json.result, freshness: freshnessOf(url, fetched) } };
}

async function openShard(
  shard: ShardEntry,
  index: LoadResult,
  indexUrl: string,
  options: FetchOptions,
  store: OfflineStore | undefined,
): Promise<LoadResult> {
  const [{ fetchJsonWithMeta }, { validateDataset }, { isDatasetIndex }] = await loaders();
  try {
    const fetched = await fetchJsonWithMeta<LoadResult>(shard.url, {
      ...options,
      ...(store && { store }),
      read: (json) => {
        if (isDatasetIndex(json)) throw new DatasetError(`${shard.url} is an index; a shard must be a dataset.`);
        // A shard may use the service terms its index defines.
        return validateDataset(json, shard.url, { knownTermIds: index.dataset.taxonomy.map((term) => term.id) });
      },
    });
    const { dataset, warnings } = fetched.json;
    const own: DataWarning[] = warnings.map((w) => ({ ...w, path: `${shard.url}#${w.path}` }));
    const expected = index.dataset.defaultLocale;
    if (dataset.defaultLocale !== expected) {
      own.push({
        path: `${shard.url}#$.defaultLocale`,
        reason: `"${dataset.defaultLocale}" differs from the index's "${expected}"; plain texts are read as "${expected}"`,
        action: 'repaired',
      });
    }
    return { dataset, warnings: own, freshness: freshnessOf(shard.url, fetched) };
  } catch (error) {
    if (!(error instanceof DatasetError)) throw error;
    throw new DatasetError(`The ${shard.country} shard of ${indexUrl} failed: ${error.message}`, shard.url, {
      cause: error,
    });
  }
}

function shardInScope(shard: ShardEntry, scope: CentreScope): boolean {
  if (scope.country && shard.country !== scope.country.toUpperCase()) return false;
  const { near, radiusKm } = scope;
  if (!isPosition(near) || radiusKm === undefined || !(radiusKm >= 0)) return true;
  return !shard.bbox || boxInReach(shard.bbox, near, radiusKm);
}

function freshnessOf(
  source: string,
  fetched: { fetchedAt: Date; fromCache: boolean; staleReason?: string | undefined },
): NonNullable<LoadResult['freshness']> {
  return {
    source,
    fetchedAt: fetched.fetchedAt,
    fromCache: fetched.fromCache,
    ...(fetched.staleReason !== undefined && { staleReason: fetched.staleReason }),
  };
}
