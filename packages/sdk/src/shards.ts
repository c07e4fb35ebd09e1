import type { Centre, Position } from './centre.js';
import type { ShardEntry } from './dataset-index.js';
import type { LoadResult } from './dataset.js';
import { DatasetError } from './errors.js';
import type { FetchOptions } from './fetch-json.js';
import type { LoadOptions } from './load.js';
import { defaultStore, type OfflineStore } from './offline-store.js';
import type { DataWarning } from './problems.js';
import { boxInReach, isPosition } from './reach.js';

/** The `format` of a dataset index: a document listing per-country shard files (docs/data-format.md). */
export const DATASET_INDEX_FORMAT = 'mrc-kit/dataset-index@1';

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
  /** The dataset with the centres the scope needs: for an index, only the shards in scope are loaded. */
  centresFor(scope?: CentreScope): Promise<LoadResult>;
}

type Freshness = NonNullable<LoadResult['freshness']>;
type Opened = { kind: 'dataset'; result: LoadResult } | { kind: 'index'; result: LoadResult; shards: ShardEntry[] };

/**
 * Opens a dataset URL (relative URLs resolve against the page). Nothing loads until `base()` or
 * `centresFor()` is called; each document then loads once and is shared, and a failed load is
 * tried again on the next call rather than remembered.
 */
export function openDatasetSource(src: string, options: LoadOptions = {}): DatasetSource {
  const url = resolveUrl(src);
  const { store: storeOption, ...fetchOptions } = options;
  const store = storeOption === false ? undefined : (storeOption ?? defaultStore());
  let opened: Promise<Opened> | undefined;
  const shards = new Map<string, Promise<LoadResult>>();

  const open = (): Promise<Opened> => {
    opened ??= openDocument(url, fetchOptions, store).catch((error: unknown) => {
      opened = undefined;
      throw error;
    });
    return opened;
  };
  const loadShard = (shard: ShardEntry, index: LoadResult): Promise<LoadResult> => {
    let pending = shards.get(shard.url);
    if (!pending) {
      pending = openShard(shard, index, url, fetchOptions, store).catch((error: unknown) => {
        shards.delete(shard.url);
        throw error;
      });
      shards.set(shard.url, pending);
    }
    return pending;
  };

  return {
    url,
    base: async () => (await open()).result,
    centresFor: async (scope = {}) => {
      const doc = await open();
      if (doc.kind === 'dataset') return doc.result;
      const inScope = doc.shards.filter((shard) => shardInScope(shard, scope));
      const parts = await Promise.all(inScope.map((shard) => loadShard(shard, doc.result)));
      return merge(doc.result, parts);
    },
  };
}

/** The modules that parse and validate load only when data does (the page pays nothing before). */
function loaders() {
  return Promise.all([import('./fetch-json.js'), import('./validate/dataset.js'), import('./dataset-index.js')]);
}

async function openDocument(url: string, options: FetchOptions, store: OfflineStore | undefined): Promise<Opened> {
  const [{ fetchJsonWithMeta }, { validateDataset }, { isDatasetIndex, parseDatasetIndex }] = await loaders();
  const fetched = await fetchJsonWithMeta<Opened>(url, {
    ...options,
    ...(store && { store }),
    read: (json) => {
      if (!isDatasetIndex(json)) return { kind: 'dataset', result: validateDataset(json, url) };
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
        return validateDataset(json, shard.url);
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

/** The index's envelope with the shards' centres; hotlines and terms a shard repeats appear once. */
function merge(index: LoadResult, parts: LoadResult[]): LoadResult {
  const warnings = [...index.warnings];
  const centres: Centre[] = [];
  const centreFile = new Map<string, string>();
  const hotlines = [...index.dataset.hotlines];
  const hotlineIds = new Set(hotlines.map((h) => h.id));
  const taxonomy = [...index.dataset.taxonomy];
  const termIds = new Set(taxonomy.map((t) => t.id));
  for (const part of parts) {
    const file = part.freshness?.source ?? '';
    warnings.push(...part.warnings);
    for (const centre of part.dataset.centres) {
      const first = centreFile.get(centre.id);
      if (first !== undefined) {
        warnings.push({
          path: `${file}#$.centres`,
          reason: `centre "${centre.id}" is also in ${first}; the first is kept`,
          action: 'skipped',
        });
        continue;
      }
      centreFile.set(centre.id, file);
      centres.push(centre);
    }
    for (const hotline of part.dataset.hotlines) {
      if (hotlineIds.has(hotline.id)) continue;
      hotlineIds.add(hotline.id);
      hotlines.push(hotline);
    }
    for (const term of part.dataset.taxonomy) {
      if (termIds.has(term.id)) continue;
      termIds.add(term.id);
      taxonomy.push(term);
    }
  }
  const freshness = oldest(
    index.freshness,
    parts.map((p) => p.freshness),
  );
  return {
    dataset: { ...index.dataset, centres, hotlines, taxonomy },
    warnings,
    ...(freshness && { freshness }),
  };
}

/** The age of merged data is the age of its oldest part; a stale part makes the whole stale. */
function oldest(index: Freshness | undefined, parts: (Freshness | undefined)[]): Freshness | undefined {
  if (!index) return undefined;
  const all = [index, ...parts].filter((f): f is Freshness => f !== undefined);
  const fetchedAt = new Date(Math.min(...all.map((f) => f.fetchedAt.getTime())));
  const staleReason = all.find((f) => f.staleReason)?.staleReason;
  return {
    source: index.source,
    fetchedAt,
    fromCache: all.some((f) => f.fromCache),
    ...(staleReason !== undefined && { staleReason }),
  };
}

function freshnessOf(
  source: string,
  fetched: { fetchedAt: Date; fromCache: boolean; staleReason?: string | undefined },
): Freshness {
  return {
    source,
    fetchedAt: fetched.fetchedAt,
    fromCache: fetched.fromCache,
    ...(fetched.staleReason !== undefined && { staleReason: fetched.staleReason }),
  };
}

function resolveUrl(input: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  try {
    return new URL(input, base).href;
  } catch {
    return input;
  }
}
