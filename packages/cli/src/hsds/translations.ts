import type { Dataset } from '@mrc-kit/sdk';
import { TEXT_KEYS } from './text-languages.js';

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

/** The texts of a value, its other values left out (`0` keeps an item's place in a list): what a translation adds. */
function textsOf(value: unknown, key?: string): unknown {
  if (key !== undefined && TEXT_KEYS.has(key)) return typeof value === 'string' ? value : undefined;
  if (Array.isArray(value)) {
    const items = value.map((v) => textsOf(v));
    return items.some((t) => t !== undefined) ? items.map((t) => t ?? 0) : undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const texts = Object.entries(value)
    .map(([k, v]) => [k, textsOf(v, k)])
    .filter(([, t]) => t !== undefined);
  return texts.length > 0 ? Object.fromEntries(texts) : undefined;
}

type Kind = 'centres' | 'hotlines' | 'taxonomy';

/**
 * The texts of imports of the same HSDS data in other languages (one file per language, as
 * `export` writes them), kept by record id as compact JSON until the records of the default
 * language are read, and merged into each of them then. Only texts are kept, so the translations
 * of 100,000 centres hold a fraction of the memory of their dataset.
 */
export class Translations {
  private readonly byTag = new Map<string, Map<string, string>>();

  constructor(private readonly baseTag: string) {}

  /** Keeps the texts of `dataset`, in `tag`; the first record of an id is the one kept. */
  add(tag: string, dataset: Pick<Dataset, Kind>): void {
    let texts = this.byTag.get(tag);
    if (!texts) this.byTag.set(tag, (texts = new Map()));
    for (const kind of ['centres', 'hotlines', 'taxonomy'] as const) {
      for (const record of dataset[kind]) {
        const key = `${kind} ${record.id}`;
        if (!texts.has(key)) texts.set(key, JSON.stringify(textsOf(record) ?? 0));
      }
    }
  }

  /** `record` with the texts of every other language added. */
  merged<T extends { id: string }>(kind: Kind, record: T): T {
    let out: T = record;
    for (const [tag, texts] of this.byTag) {
      const theirs = texts.get(`${kind} ${record.id}`);
      if (theirs !== undefined) out = mergeRecord(out, JSON.parse(theirs), this.baseTag, tag, new WeakMap()) as T;
    }
    return out;
  }

  /** The lists of `dataset` with the texts of every other language added. */
  mergedDataset(dataset: Dataset): Dataset {
    return {
      ...dataset,
      centres: dataset.centres.map((c) => this.merged('centres', c)),
      hotlines: dataset.hotlines.map((h) => this.merged('hotlines', h)),
      taxonomy: dataset.taxonomy.map((t) => this.merged('taxonomy', t)),
    };
  }
}
