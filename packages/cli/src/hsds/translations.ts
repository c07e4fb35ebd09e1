import type { LoadResult } from '@mrc-kit/sdk';
import { TEXT_KEYS } from './export.js';

type Texts = Record<string, string>;

/**
 * Adds `other` (in `tag`) to the text `base`; a text equal to the default language's adds nothing,
 * as the fallback gives it anyway.
 */
function mergeText(base: unknown, other: unknown, baseTag: string, tag: string): unknown {
  if (typeof other !== 'string') return base;
  if (typeof base === 'string') return base === other ? base : { [baseTag]: base, [tag]: other };
  if (base && typeof base === 'object' && !Array.isArray(base)) {
    const texts = base as Texts;
    return texts[baseTag] === other ? base : { ...texts, [tag]: other };
  }
  return base;
}

/**
 * Walks two records of the same shape and merges the texts of `other` into `base`. An object
 * shared by several records (a centre's hours, which its channels take) stays shared: `seen`
 * gives it the same merged copy each time, and an unchanged object is kept as it is.
 */
function mergeRecord(
  base: unknown,
  other: unknown,
  baseTag: string,
  tag: string,
  seen: WeakMap<object, unknown>,
): unknown {
  if (!base || typeof base !== 'object' || !other || typeof other !== 'object') return base;
  if (seen.has(base)) return seen.get(base);
  let out: unknown = base;
  if (Array.isArray(base)) {
    const merged = base.map((b, i) => mergeRecord(b, (other as unknown[])[i], baseTag, tag, seen));
    if (merged.some((m, i) => m !== base[i])) out = merged;
  } else {
    const merged: Record<string, unknown> = { ...(base as Record<string, unknown>) };
    let changed = false;
    for (const [key, value] of Object.entries(merged)) {
      const theirs = (other as Record<string, unknown>)[key];
      merged[key] = TEXT_KEYS.has(key)
        ? mergeText(value, theirs, baseTag, tag)
        : mergeRecord(value, theirs, baseTag, tag, seen);
      changed ||= merged[key] !== value;
    }
    if (changed) out = merged;
  }
  seen.set(base, out);
  return out;
}

/**
 * Merges the texts of imports in other languages into `base`, one import (a whole file, or a batch
 * of one) at a time: each import touches only its own records, found by id, so a file read in
 * batches costs no copy of the whole dataset per batch.
 */
export function translationMerger(base: LoadResult, baseTag: string) {
  const { dataset } = base;
  const lists = {
    centres: [...dataset.centres],
    hotlines: [...dataset.hotlines],
    taxonomy: [...dataset.taxonomy],
  };
  const places = Object.fromEntries(
    Object.entries(lists).map(([kind, list]) => [kind, new Map(list.map((r, i) => [r.id, i]))]),
  ) as Record<keyof typeof lists, Map<string, number>>;
  return {
    add(tag: string, other: LoadResult): void {
      const seen = new WeakMap<object, unknown>();
      for (const kind of ['centres', 'hotlines', 'taxonomy'] as const) {
        const list: { id: string }[] = lists[kind];
        for (const record of other.dataset[kind]) {
          const i = places[kind].get(record.id);
          if (i !== undefined) list[i] = mergeRecord(list[i], record, baseTag, tag, seen) as { id: string };
        }
      }
    },
    result: (): LoadResult => ({ ...base, dataset: { ...dataset, ...lists } }),
  };
}

/**
 * Joins imports of the same HSDS data in several languages (one file per language, as `export`
 * writes them) into one dataset whose texts carry every language. Records are matched by id.
 */
export function mergeTranslations(base: LoadResult, baseTag: string, others: [tag: string, LoadResult][]): LoadResult {
  const merger = translationMerger(base, baseTag);
  for (const [tag, other] of others) merger.add(tag, other);
  return merger.result();
}
