// The centre search engine: built once per dataset, then each search reads flat arrays and keeps
// only the best page in a bounded heap. Semantics are those of the naive reference (naive.ts).
import type { Centre } from '../model/centre.js';
import type { OpeningState, OpeningStatus } from '../hours/hours.js';
import type { TaxonomyTerm } from '../model/taxonomy.js';
import { FilterIndex } from './filter-index.js';
import { haversineKm, latitudeGapKm } from './geo.js';
import { HoursPatterns } from './hours-patterns.js';
import { Names } from './names.js';
import { queryTokens } from './normalise.js';
import { paging, sortOrder, usableNear, usableRadius } from './options.js';
import { Places } from './places.js';
import type { CentreQuery, CentreResult, SearchResult } from './query.js';
import { TextIndex } from './text-index.js';
import { TopK } from './top-k.js';

/** What an index is built from: a validated dataset, or any object with these fields. */
export interface SearchableDataset {
  centres: readonly Centre[];
  /** Service terms; their names, in every language given, are searchable words of the centres offering them. */
  taxonomy: readonly TaxonomyTerm[];
  /** The language of plain-string texts and the last fallback when resolving names. */
  defaultLocale: string;
}

export interface CentreIndex {
  /** How many centres the index holds. */
  readonly size: number;
  /** The centre with this id (the first one, if the data repeats an id). */
  get(id: string): Centre | undefined;
  /**
   * Centres matching a query, best first, one page of them with the total count. `now` (default:
   * the current time) decides a mobile team's next stop and the status shown, unless `openAt` is
   * given. See {@link CentreQuery} for what each field does.
   */
  search(query: CentreQuery, now?: Date): SearchResult;
}

// Far points are first skipped by latitude alone; this margin keeps rounding from ever skipping a
// point that the exact distance would keep.
const RADIUS_MARGIN = 1e-9;

/**
 * Builds the search index of a dataset's centres. Text matching: every word typed must match a
 * word of the centre's name, operator, city, region, a mobile team's stops or service names (any language), ignoring
 * case, accents and Arabic spelling variants; the last word may be a prefix, as people type.
 */
export function createCentreIndex(dataset: SearchableDataset): CentreIndex {
  const centres = dataset.centres;
  const n = centres.length;
  const filters = new FilterIndex(centres);
  const text = new TextIndex(centres, dataset.taxonomy, (service) => filters.services.get(service));
  const places = new Places(centres);
  const names = new Names(centres, dataset.defaultLocale);
  const hours = new HoursPatterns(centres);
  const byId = new Map<string, Centre>();
  for (const centre of centres) if (!byId.has(centre.id)) byId.set(centre.id, centre);
  // Sort keys and distances of the current search, by centre.
  const primary = new Float64Array(n);
  const secondary = new Float64Array(n);
  const distance = new Float64Array(n);
  // A list read page after page (a finder loading more as the person scrolls) asks the same query
  // with a growing offset. From its second page on, the order of several pages ahead is kept, and
  // pages within it are slices: the heap grows fourfold when the reader goes past it, so a long
  // scroll sorts a few times in all, each time cheaply, never the whole list at once.
  let lastKey = '';
  /** The first `docs.length` matches of the query `key`, in order (every match when as many as `total`). */
  let ordered: { key: string; docs: number[]; km: Float64Array; total: number } | undefined;

  function search(query: CentreQuery, now: Date = new Date()): SearchResult {
    const words = queryTokens(query.text ?? '');
    const sort = sortOrder(query, words.length > 0);
    const near = usableNear(query);
    const radius = usableRadius(query);
    const openAt = query.openAt;
    const at = (openAt ?? now).getTime();
    const knownOpenOnly = query.knownOpenOnly === true;
    const { offset, limit } = paging(query);
    const hoursAt = hours.at(openAt ?? now);
    const key = orderKey(query, near ? at : undefined);
    const cached = ordered?.key === key ? ordered : undefined;
    if (cached && (offset + limit <= cached.docs.length || cached.docs.length === cached.total)) {
      return page(cached.docs, cached.km, cached.total, offset, limit, near !== undefined);
    }
    const readOn = offset > 0 && (cached !== undefined || key === lastKey);
    const capacity = Math.min(n, readOn ? 4 * Math.max(offset + limit, cached?.docs.length ?? 0) : offset + limit);
    lastKey = key;
    const byName = names.comparator(query.locale ?? dataset.defaultLocale);
    const filtered = filters.apply(query);

    const before = (a: number, b: number): boolean => {
      if (primary[a] !== primary[b]) return primary[a]! < primary[b]!;
      if (secondary[a] !== secondary[b]) return secondary[a]! < secondary[b]!;
      return byName(a, b) < 0;
    };
    const best = new TopK(capacity, before);
    let total = 0;

    /** Applies the remaining conditions to a centre that passed text and list filters; keeps it if it passes. */
    const consider = (doc: number): void => {
      let km = NaN;
      if (near) {
        let lat = places.lat[doc]!;
        let lng = places.lng[doc]!;
        if (places.mobile[doc]) {
          // A team counts by its next stop; without one (or without its position), by its base.
          const stop = places.nextStop(doc, at);
          if (stop >= 0 && !Number.isNaN(places.stopLat[stop]!)) {
            lat = places.stopLat[stop]!;
            lng = places.stopLng[stop]!;
          }
        }
        if (Number.isNaN(lat)) {
          if (radius !== undefined) return;
        } else {
          if (radius !== undefined && latitudeGapKm(near.lat, lat) > radius * (1 + RADIUS_MARGIN) + RADIUS_MARGIN) {
            return;
          }
          km = haversineKm(near.lat, near.lng, lat, lng);
          if (radius !== undefined && !(km <= radius)) return;
        }
      }
      // The hours engine is the costliest check: last, and only when the query asks for it.
      if (openAt) {
        const state = stateOf(doc, at, hoursAt);
        if (state === 'closed' || (state === 'unknown' && knownOpenOnly)) return;
      }
      total++;
      distance[doc] = km;
      const far = Number.isNaN(km) ? Infinity : km;
      if (sort === 'distance') {
        primary[doc] = far;
        secondary[doc] = 0;
      } else if (sort === 'relevance') {
        primary[doc] = words.length > 0 ? -text.score(doc) : 0;
        secondary[doc] = near ? far : 0;
      } else {
        primary[doc] = 0;
        secondary[doc] = 0;
      }
      best.push(doc);
    };

    if (words.length > 0) {
      const found = text.match(words);
      for (let i = 0; i < found; i++) {
        const doc = text.foundAt(i);
        if (!filtered || filters.has(doc)) consider(doc);
      }
    } else if (filtered) {
      filters.forEach(consider);
    } else {
      for (let doc = 0; doc < n; doc++) consider(doc);
    }

    const docs = best.sorted();
    const km = Float64Array.from(docs, (doc) => distance[doc]!);
    if (readOn) ordered = { key, docs, km, total };
    return page(docs, km, total, offset, limit, near !== undefined);

    /** One page of an order of matches, each with its distance (by position) and its status at `at`. */
    function page(
      docs: readonly number[],
      km: Float64Array,
      total: number,
      offset: number,
      limit: number,
      measured: boolean,
    ): SearchResult {
      const items = docs.slice(offset, offset + limit).map((doc, i): CentreResult => {
        const centre = centres[doc]!;
        const status = statusOf(doc, at, hoursAt);
        const d = km[offset + i]!;
        return measured && !Number.isNaN(d) ? { centre, distanceKm: d, status } : { centre, status };
      });
      return { total, items };
    }
  }

  /** Open, closed or unknown at `at` (ms): a mobile team by its stops, with no upcoming stop by its hours. */
  function stateOf(doc: number, at: number, hoursAt: (doc: number) => OpeningStatus): OpeningState {
    if (places.mobile[doc]) {
      const stop = places.nextStop(doc, at);
      if (stop >= 0) return places.atStop(stop, at) ? 'open' : 'closed';
    }
    return hoursAt(doc).state;
  }

  /** {@link stateOf} with the time it changes, as a result of its own. */
  function statusOf(doc: number, at: number, hoursAt: (doc: number) => OpeningStatus): OpeningStatus {
    if (places.mobile[doc]) {
      const stop = places.nextStop(doc, at);
      if (stop >= 0) {
        return places.atStop(stop, at)
          ? { state: 'open', changesAt: new Date(places.stopEndOf(stop)) }
          : { state: 'closed', changesAt: new Date(places.stopStartOf(stop)) };
      }
    }
    // Centres with the same hours share one computed status: give each result its own copy.
    const { state, changesAt } = hoursAt(doc);
    return changesAt ? { state, changesAt: new Date(changesAt) } : { state };
  }

  return { size: n, get: (id) => byId.get(id), search };
}

/**
 * What decides the order of a query's matches: every field but the page. A position makes the
 * moment count too (a mobile team is measured from its next stop).
 */
function orderKey(query: CentreQuery, at: number | undefined): string {
  const { offset, limit, ...order } = query;
  return JSON.stringify([order, at ?? null]);
}
