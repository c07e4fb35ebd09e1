// The reference search: every centre checked in turn, the survivors sorted, a page sliced off.
// Slow on large datasets but plainly right; the tests hold the index to its answers and the
// benchmark measures against it.
import type { Centre } from '../model/centre.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../model/taxonomy.js';
import { resolveText, type LocalizedText } from '../model/text.js';
import { haversineKm } from './geo.js';
import { forEachFieldToken, queryTokens } from './normalise.js';
import {
  languageMatches,
  listFilter,
  nameCollator,
  paging,
  regionFilter,
  regionKeys,
  SCORE,
  sortOrder,
  usableNear,
  usableRadius,
} from './options.js';
import type { CentreQuery, CentreResult, SearchResult } from './query.js';
import { centreStatus, nextStop } from './status.js';

export interface NaiveContext {
  taxonomy: readonly TaxonomyTerm[];
  defaultLocale: string;
}

interface Words {
  name: Set<string>;
  other: Set<string>;
}

// A centre's own words, folded once: re-folding 100,000 names on every keystroke would make the
// comparison with the index meaningless.
const wordsOfCentre = new WeakMap<Centre, Words>();

function wordsOf(...texts: (LocalizedText | undefined)[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) forEachFieldToken(text, (word) => words.add(word));
  return words;
}

function centreWords(centre: Centre): Words {
  let words = wordsOfCentre.get(centre);
  if (!words) {
    words = {
      name: wordsOf(centre.name),
      other: wordsOf(centre.operator, centre.city, centre.region, ...centre.stops.map((s) => s.place)),
    };
    wordsOfCentre.set(centre, words);
  }
  return words;
}

const startsWith = (words: Iterable<string>, prefix: string): boolean => {
  for (const word of words) if (word.startsWith(prefix)) return true;
  return false;
};

/** The sum of each query word's best match (see SCORE), or 0 when a word matches nothing. */
function textScore(centre: Centre, query: readonly string[], services: ReadonlyMap<string, Set<string>>): number {
  const own = centreWords(centre);
  const offered = centre.services.flatMap((id) => services.get(id) ?? []);
  let total = 0;
  for (let i = 0; i < query.length; i++) {
    const word = query[i]!;
    const last = i === query.length - 1;
    let score = 0;
    if (own.name.has(word)) score = SCORE.nameExact;
    else if (own.other.has(word) || offered.some((words) => words.has(word))) score = SCORE.otherExact;
    else if (last && startsWith(own.name, word)) score = SCORE.namePrefix;
    else if (last && (startsWith(own.other, word) || offered.some((words) => startsWith(words, word)))) {
      score = SCORE.otherPrefix;
    }
    if (score === 0) return 0;
    total += score;
  }
  return total;
}

function passesLists(centre: Centre, query: CentreQuery): boolean {
  const services = listFilter(query.services);
  if (services && !centre.services.some((id) => services.includes(id))) return false;
  const audiences = listFilter(query.audiences);
  if (audiences && !centre.audiences.some((a) => audiences.includes(a))) return false;
  const languages = listFilter(query.languages);
  if (
    languages &&
    !centre.languages.some((spoken) =>
      languages.some((asked) => languageMatches(asked.toLowerCase(), spoken.toLowerCase())),
    )
  ) {
    return false;
  }
  if (query.country && centre.country.toUpperCase() !== query.country.toUpperCase()) return false;
  const region = regionFilter(query);
  if (region && !regionKeys(centre.region).includes(region)) return false;
  const kinds = listFilter(query.kinds);
  return !kinds || kinds.includes(centre.kind);
}

/** Where the centre counts as being at `at`: its position, or a mobile team's next stop (else its base). */
function placeOf(centre: Centre, at: Date): { lat: number; lng: number } | undefined {
  const stop = centre.kind === 'mobile-team' ? nextStop(centre, at.getTime())?.stop.position : undefined;
  const position = stop && Number.isFinite(stop.lat) && Number.isFinite(stop.lng) ? stop : centre.position;
  return position && Number.isFinite(position.lat) && Number.isFinite(position.lng) ? position : undefined;
}

interface Row {
  centre: Centre;
  index: number;
  score: number;
  distanceKm: number | undefined;
  name: string;
}

/**
 * Answers a query like {@link createCentreIndex}'s `search`, by filtering the whole array and
 * sorting what is left. `context` gives the taxonomy (for service names) and the dataset's
 * default locale (for names in plain strings).
 */
export function naiveSearch(
  centres: readonly Centre[],
  query: CentreQuery,
  now: Date = new Date(),
  context: NaiveContext = { taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'en' },
): SearchResult {
  const words = queryTokens(query.text ?? '');
  const sort = sortOrder(query, words.length > 0);
  const near = usableNear(query);
  const radius = usableRadius(query);
  const at = query.openAt ?? now;
  const locale = query.locale ?? context.defaultLocale;
  const services = new Map(context.taxonomy.map((term) => [term.id, wordsOf(term.name)]));

  const rows: Row[] = [];
  centres.forEach((centre, index) => {
    if (!passesLists(centre, query)) return;
    const score = words.length > 0 ? textScore(centre, words, services) : 0;
    if (words.length > 0 && score === 0) return;
    let distanceKm: number | undefined;
    if (near) {
      const place = placeOf(centre, at);
      if (place) distanceKm = haversineKm(near.lat, near.lng, place.lat, place.lng);
      if (radius !== undefined && !(distanceKm !== undefined && distanceKm <= radius)) return;
    }
    if (query.openAt) {
      const { state } = centreStatus(centre, query.openAt);
      if (state === 'closed' || (state === 'unknown' && query.knownOpenOnly)) return;
    }
    const name = resolveText(centre.name, locale, [context.defaultLocale]);
    rows.push({ centre, index, score, distanceKm, name });
  });

  const collator = nameCollator(locale, context.defaultLocale);
  const far = (row: Row): number => row.distanceKm ?? Infinity;
  const byName = (a: Row, b: Row): number => collator.compare(a.name, b.name) || a.index - b.index;
  rows.sort((a, b) => {
    if (sort === 'distance') return far(a) - far(b) || byName(a, b);
    if (sort === 'relevance') return b.score - a.score || (near ? far(a) - far(b) : 0) || byName(a, b);
    return byName(a, b);
  });

  const { offset, limit } = paging(query);
  const items = rows.slice(offset, offset + limit).map(({ centre, distanceKm }): CentreResult => ({
    centre,
    ...(distanceKm !== undefined && { distanceKm }),
    status: centreStatus(centre, at),
  }));
  return { total: rows.length, items };
}
