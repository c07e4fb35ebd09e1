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
 * Joins imports of the same HSDS data in several languages (one file per language, as `export`
 * writes them) into one dataset whose texts carry every language. Records are matched by id.
 */
export function mergeTranslations(base: LoadResult, baseTag: string, others: [tag: string, LoadResult][]): LoadResult {
  let { dataset } = base;
  for (const [tag, other] of others) {
    const centres = new Map(other.dataset.centres.map((c) => [c.id, c]));
    const hotlines = new Map(other.dataset.hotlines.map((h) => [h.id, h]));
    const terms = new Map(other.dataset.taxonomy.map((t) => [t.id, t]));
    const seen = new WeakMap<object, unknown>();
    dataset = {
      ...dataset,
      centres: dataset.centres.map((c) => mergeRecord(c, centres.get(c.id), baseTag, tag, seen) as typeof c),
      hotlines: dataset.hotlines.map((h) => mergeRecord(h, hotlines.get(h.id), baseTag, tag, seen) as typeof h),
      taxonomy: dataset.taxonomy.map((t) => mergeRecord(t, terms.get(t.id), baseTag, tag, seen) as typeof t),
    };
  }
  return { ...base, dataset };
}
