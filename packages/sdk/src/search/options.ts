// How a query's loose fields are read. The index and the naive reference share these rules so that
// they can only differ in how they find and order centres, never in what a query means.
import type { Position } from '../model/centre.js';
import type { LocalizedText } from '../model/text.js';
import { foldText } from './normalise.js';
import type { CentreQuery } from './query.js';

const DEFAULT_LIMIT = 50;

/** Points a text token earns, by how it matched: exact words beat prefixes, names beat other fields. */
export const SCORE = { nameExact: 4, otherExact: 3, namePrefix: 2, otherPrefix: 1 } as const;

export type SortOrder = NonNullable<CentreQuery['sort']>;

/** The folded forms of a region's name, one per language it is written in. */
export function regionKeys(region: LocalizedText | undefined): string[] {
  if (region === undefined) return [];
  const values = typeof region === 'string' ? [region] : Object.values(region);
  return [...new Set(values.filter((v): v is string => typeof v === 'string').map(foldText))].filter((k) => k !== '');
}

/** The folded region asked for, or undefined when the query names none. */
export function regionFilter(query: CentreQuery): string | undefined {
  const key = query.region === undefined ? '' : foldText(query.region);
  return key === '' ? undefined : key;
}

/** `near` when it is a usable position; a position with a missing or non-finite coordinate is ignored. */
export function usableNear(query: CentreQuery): Position | undefined {
  const near = query.near;
  return near && Number.isFinite(near.lat) && Number.isFinite(near.lng) ? near : undefined;
}

/** The radius in km when it applies: with a usable `near`, and a number. */
export function usableRadius(query: CentreQuery): number | undefined {
  const radius = query.radiusKm;
  return usableNear(query) && typeof radius === 'number' && !Number.isNaN(radius) ? radius : undefined;
}

/**
 * The order of the results: as asked, except that `distance` without a usable `near` becomes
 * `name`. By default: relevance when the text has words, else distance when `near` is given,
 * else name.
 */
export function sortOrder(query: CentreQuery, hasText: boolean): SortOrder {
  const near = usableNear(query) !== undefined;
  const sort = query.sort ?? (hasText ? 'relevance' : near ? 'distance' : 'name');
  return sort === 'distance' && !near ? 'name' : sort;
}

/** Offset and limit as whole non-negative numbers; a missing or invalid limit is the default. */
export function paging(query: CentreQuery): { offset: number; limit: number } {
  const limit = query.limit;
  const offset = query.offset;
  return {
    limit: typeof limit === 'number' && limit >= 0 ? Math.floor(limit) : DEFAULT_LIMIT,
    offset: typeof offset === 'number' && offset > 0 ? Math.floor(offset) : 0,
  };
}

/** A non-empty list filter, or undefined when the list is missing or empty (no filter). */
export function listFilter<T>(list: readonly T[] | undefined): readonly T[] | undefined {
  return list && list.length > 0 ? list : undefined;
}

/**
 * Whether a language asked for matches one a centre speaks: the same tag, or one is a more
 * specific form of the other (`fr` and `fr-SN` match each other; `fr-SN` and `fr-CA` do not).
 * Both in lower case.
 */
export function languageMatches(asked: string, spoken: string): boolean {
  return asked === spoken || spoken.startsWith(asked + '-') || asked.startsWith(spoken + '-');
}

const collators = new Map<string, Intl.Collator>();

/**
 * The collator for sorting names in `locale`, numeric so that "Centre 2" comes before "Centre 10".
 * A tag the engine refuses falls back to `fallback`, then to the engine's default.
 */
export function nameCollator(locale: string, fallback: string): Intl.Collator {
  const key = `${locale}\u0000${fallback}`;
  let collator = collators.get(key);
  if (!collator) {
    for (const tag of [locale, fallback, undefined]) {
      try {
        collator = new Intl.Collator(tag, { numeric: true });
        break;
      } catch {
        // A malformed tag: try the next one.
      }
    }
    collator ??= new Intl.Collator(undefined, { numeric: true });
    collators.set(key, collator);
  }
  return collator;
}
