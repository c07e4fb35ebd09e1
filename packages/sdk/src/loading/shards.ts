import type { Centre, Position } from '../model/centre.js';
import type { ShardEntry } from './dataset-index.js';
import type { LoadResult } from '../model/dataset.js';
import { DatasetError } from '../model/errors.js';
import type { FetchedJson, FetchJsonOptions, FetchOptions } from './fetch-json.js';
import type { DataUpdate, LoadOptions } from './options.js';
import { memo, resolveUrl, RETRY_STALE_AFTER_MS, type Memo, type Revise } from './cache.js';
import { storeOf, type OfflineStore } from './offline-store.js';
import type { StartedRequest } from './request.js';
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

/** What a client adds when it opens a source: the request already under way, and its listener. */
export interface SourceHooks {
  /** The request for the source's URL, started before this code arrived: used for the first load only. */
  started?: StartedRequest | undefined;
  /**
   * Told whenever data already given is replaced or withdrawn. Given, a kept copy is shown at once
   * when the server is slow (`freshness.pending`), and stand-ins are replaced when the network is back.
   */
  onUpdate?: (update: DataUpdate) => void;
}

/** Whether two answers show the same thing: same data, same kind of copy. */
function sameShown(a: LoadResult, b: LoadResult): boolean {
  return (
    a.dataset === b.dataset &&
    isStale(a) === isStale(b) &&
    Boolean(a.freshness?.pending) === Boolean(b.freshness?.pending)
  );
}

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
export function openResolved(url: string, options: LoadOptions, hooks: SourceHooks = {}): DatasetSource {
  const { store: storeOption, retryStaleAfterMs = RETRY_STALE_AFTER_MS, keptAfterMs, ...fetchOptions } = options;
  const store = storeOf(storeOption);
  const { onUpdate } = hooks;
  let started = hooks.started;
  const takeStarted = () => {
    const request = started;
    started = undefined;
    return request;
  };
  const tell = (source: string, previous: LoadResult, next: LoadResult | undefined) => {
    if (!next || !sameShown(previous, next))
      onUpdate?.({ source, previous: previous.freshness, current: next?.freshness });
  };
  /**
   * The answers a load gives later reach its memo; a stand-in is replaced once the browser is back
   * online. After the server withdrew a file (a 404 when its copy was on screen), the next load
   * waits for the server instead of showing the copy again.
   */
  const follow = <T>(of: () => Memo<T> | undefined, result: (value: T) => LoadResult) => {
    let withdrawn = false;
    // One listener at most: a stand-in served again every 30 s while offline adds none.
    let waitingForOnline = false;
    const watch = (value: T) => {
      withdrawn = false;
      if (onUpdate && isStale(result(value)) && !waitingForOnline) {
        waitingForOnline = true;
        whenOnline(() => {
          waitingForOnline = false;
          of()?.refresh();
        });
      }
      return value;
    };
    const later = (revise: Revise<T>) => (next: T | Error) => {
      if (next instanceof Error) withdrawn = true;
      revise(next instanceof Error ? next : watch(next));
    };
    return {
      watch,
      later: (revise: Revise<T>) => (onUpdate && !withdrawn ? { keptAfterMs, later: later(revise) } : {}),
    };
  };
  const doc = follow(
    () => opened,
    (value: Opened) => value.result,
  );
  const opened: Memo<Opened> = memo(
    (revise) => openDocument(url, { ...fetchOptions, ...doc.later(revise) }, store, takeStarted()).then(doc.watch),
    { isStale: (value) => isStale(value.result), retryAfterMs: retryStaleAfterMs },
    (previous, next) => tell(url, previous.result, next?.result),
  );
  const shards = new Map<string, Memo<LoadResult>>();
  const shardOf = (shard: ShardEntry, index: LoadResult): Memo<LoadResult> => {
    let shardMemo = shards.get(shard.url);
    if (!shardMemo) {
      const part = follow(
        () => shards.get(shard.url),
        (value: LoadResult) => value,
      );
      shardMemo = memo(
        (revise) => openShard(shard, index, url, { ...fetchOptions, ...part.later(revise) }, store).then(part.watch),
        { isStale, retryAfterMs: retryStaleAfterMs },
        (previous, next) => tell(shard.url, previous, next),
      );
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

/** Fetch options with, for a client, where the server's later answers go (see {@link fetchJsonWithMeta}). */
type DocumentOptions<T> = FetchOptions & { keptAfterMs?: number | undefined; later?: (next: T | Error) => void };

/** The options of one fetch whose later answers are turned, like its first, by `wrap`. */
function fetchOptionsOf<T>(
  options: DocumentOptions<T>,
  wrap: (fetched: FetchedJson<T>) => T,
): FetchOptions & Pick<FetchJsonOptions<T>, 'later' | 'keptAfterMs'> {
  const { later, keptAfterMs, ...rest } = options;
  if (!later) return rest;
  return {
    ...rest,
    ...(keptAfterMs !== undefined && { keptAfterMs }),
    later: (next) => later(next instanceof Error ? next : wrap(next)),
  };
}

async function openDocument(
  url: string,
  options: DocumentOptions<Opened>,
  store: OfflineStore | undefined,
  started: StartedRequest | undefined,
): Promise<Opened> {
  const [{ fetchJsonWithMeta }, { validateDataset, validateDatasetInSlices }, { isDatasetIndex, parseDatasetIndex }] =
    await loaders();
  const wrap = (fetched: FetchedJson<Opened>): Opened => ({
    ...fetched.json,
    result: { ...fetched.json.result, freshness: freshnessOf(url, fetched) },
  });
  const fetched = await fetchJsonWithMeta<Opened>(url, {
    ...fetchOptionsOf(options, wrap),
    ...(store && { store }),
    ...(started && { started }),
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
  return wrap(fetched);
}

async function openShard(
  shard: ShardEntry,
  index: LoadResult,
  indexUrl: string,
  options: DocumentOptions<LoadResult>,
  store: OfflineStore | undefined,
): Promise<LoadResult> {
  const [{ fetchJsonWithMeta }, { validateDataset }, { isDatasetIndex }] = await loaders();
  const expected = index.dataset.defaultLocale;
  const wrap = (fetched: FetchedJson<LoadResult>): LoadResult => {
    const { dataset, warnings } = fetched.json;
    const own: DataWarning[] = warnings.map((w) => ({ ...w, path: `${shard.url}#${w.path}` }));
    if (dataset.defaultLocale !== expected) {
      own.push({
        path: `${shard.url}#$.defaultLocale`,
        reason: `"${dataset.defaultLocale}" differs from the index's "${expected}"; plain texts are read as "${expected}"`,
        action: 'repaired',
      });
    }
    return { dataset, warnings: own, freshness: freshnessOf(shard.url, fetched) };
  };
  const failed = (error: unknown) =>
    error instanceof DatasetError
      ? new DatasetError(`The ${shard.country} shard of ${indexUrl} failed: ${error.message}`, shard.url, {
          cause: error,
        })
      : error;
  const { later } = options;
  try {
    const fetched = await fetchJsonWithMeta<LoadResult>(shard.url, {
      ...fetchOptionsOf(
        {
          ...options,
          ...(later && { later: (next) => later(next instanceof Error ? (failed(next) as Error) : next) }),
        },
        wrap,
      ),
      ...(store && { store }),
      read: (json) => {
        if (isDatasetIndex(json)) throw new DatasetError(`${shard.url} is an index; a shard must be a dataset.`);
        // A shard may use the service terms its index defines.
        return validateDataset(json, shard.url, { knownTermIds: index.dataset.taxonomy.map((term) => term.id) });
      },
    });
    return wrap(fetched);
  } catch (error) {
    throw failed(error);
  }
}

function shardInScope(shard: ShardEntry, scope: CentreScope): boolean {
  if (scope.country && shard.country !== scope.country.toUpperCase()) return false;
  const { near, radiusKm } = scope;
  if (!isPosition(near) || radiusKm === undefined || !(radiusKm >= 0)) return true;
  return !shard.bbox || boxInReach(shard.bbox, near, radiusKm);
}

function freshnessOf(source: string, fetched: FetchedJson): NonNullable<LoadResult['freshness']> {
  return {
    source,
    fetchedAt: fetched.fetchedAt,
    fromCache: fetched.fromCache,
    ...(fetched.staleReason !== undefined && { staleReason: fetched.staleReason }),
    ...(fetched.pending && { pending: true }),
  };
}

/** Runs `callback` once, the next time the browser says it is back online (never outside browsers). */
function whenOnline(callback: () => void): void {
  if (typeof window !== 'undefined') window.addEventListener('online', callback, { once: true });
}
