import type { Centre } from '../model/centre.js';
import type { ShardEntry } from './dataset-index.js';
import type { LoadResult } from '../model/dataset.js';
import type { DataWarning } from '../model/problems.js';

type Freshness = NonNullable<LoadResult['freshness']>;

/** How many merged sets of shards are kept: each may hold a search index as large as its centres. */
const KEPT_SETS = 8;

/**
 * Merges the shards of an index, remembering the last few sets: the same set of loaded shards gives
 * the same object, so a client builds its search index for it once. A set merges again only when
 * one of its documents was loaded again (after a kept copy was refreshed, say).
 */
export function mergeCache(): (index: LoadResult, shards: readonly ShardEntry[], parts: LoadResult[]) => LoadResult {
  const sets = new Map<string, { index: LoadResult; parts: LoadResult[]; result: LoadResult }>();
  return (index, shards, parts) => {
    const key = shards
      .map((shard) => shard.url)
      .sort()
      .join('\n');
    const kept = sets.get(key);
    sets.delete(key);
    let result: LoadResult;
    if (kept && kept.index === index && kept.parts.every((part, i) => part === parts[i])) result = kept.result;
    else result = merge(index, parts);
    sets.set(key, { index, parts, result });
    // A Map iterates in insertion order: the first key is the set used least recently.
    if (sets.size > KEPT_SETS) sets.delete(sets.keys().next().value!);
    return result;
  };
}

/**
 * The index's envelope with the shards' centres; hotlines and terms a shard repeats appear once.
 * `failed` reports the shards in scope that could not be loaded.
 */
export function merge(index: LoadResult, parts: LoadResult[], failed: DataWarning[] = []): LoadResult {
  const warnings = [...index.warnings];
  const centres: Centre[] = [];
  const centreFile = new Map<string, string>();
  const hotlines = [...index.dataset.hotlines];
  const hotlineIds = new Set(hotlines.map((h) => h.id));
  const taxonomy = [...index.dataset.taxonomy];
  const termIds = new Set(taxonomy.map((t) => t.id));
  // Names of languages: the index's, then each file's for the tags the index does not name.
  let languageNames = index.dataset.languageNames;
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
    if (part.dataset.languageNames) languageNames = { ...part.dataset.languageNames, ...languageNames };
  }
  warnings.push(...failed);
  const freshness = oldest(
    index.freshness,
    parts.map((p) => p.freshness),
  );
  return {
    dataset: { ...index.dataset, centres, hotlines, taxonomy, ...(languageNames && { languageNames }) },
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
    ...(all.some((f) => f.pending) && { pending: true }),
  };
}
