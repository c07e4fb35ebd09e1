import type { Audience, CentreKind, CentreQuery, Position } from '@mrc-kit/sdk';
import type { SearchDetail } from './finder-events.js';
import { parseList } from './geolocation.js';
import type { UrlState } from './url-state.js';

/** What the person searches for: the words, filters and place, as typed values. */
export interface FinderQuery {
  text: string;
  services: readonly string[];
  audiences: readonly Audience[];
  languages: readonly string[];
  kinds: readonly CentreKind[];
  openNow: boolean;
  country: string;
  region: string;
  near: Position | undefined;
  radiusKm: number | undefined;
}

export const EMPTY_QUERY: FinderQuery = {
  text: '',
  services: [],
  audiences: [],
  languages: [],
  kinds: [],
  openNow: false,
  country: '',
  region: '',
  near: undefined,
  radiusKm: undefined,
};

/** A stable key of a query: equal keys mean the same search, whatever the objects' identities. */
export function queryKey(q: FinderQuery): string {
  return JSON.stringify([
    q.text,
    q.services,
    q.audiences,
    q.languages,
    q.kinds,
    q.openNow,
    q.country,
    q.region,
    q.near ? [q.near.lat, q.near.lng] : null,
    q.near ? (q.radiusKm ?? null) : null,
  ]);
}

/** How many filters of the disclosure are set (the words and the place are not counted). */
export function filterCount(q: FinderQuery): number {
  return q.services.length + q.audiences.length + q.languages.length + q.kinds.length + (q.openNow ? 1 : 0);
}

/** The SDK's query for one page of this search, read at the moment `at`. */
export function toCentreQuery(
  q: FinderQuery,
  page: { at: Date; locale: string; offset: number; limit: number },
): CentreQuery {
  return {
    ...(q.text.trim() && { text: q.text }),
    ...(q.services.length > 0 && { services: q.services }),
    ...(q.audiences.length > 0 && { audiences: q.audiences }),
    ...(q.languages.length > 0 && { languages: q.languages }),
    ...(q.kinds.length > 0 && { kinds: q.kinds }),
    ...(q.openNow && { openAt: page.at }),
    ...(q.country && { country: q.country }),
    ...(q.region && { region: q.region }),
    ...(q.near && { near: q.near }),
    ...(q.near && q.radiusKm && { radiusKm: q.radiusKm }),
    locale: page.locale,
    ...(page.offset > 0 && { offset: page.offset }),
    limit: page.limit,
  };
}

/** The host's presets, as the element's attributes give them. */
export interface Presets {
  services?: string | undefined;
  audience?: string | undefined;
  country?: string | undefined;
  region?: string | undefined;
}

/** Where the address keeps each preset. */
const IN_URL = { services: 'services', audience: 'audiences', country: 'country', region: 'region' } as const;

/**
 * The host's presets as a query's fields, each one only when `which` says so (default: all) and
 * the address (`url`, with sync-url) says nothing of it: an address written by sync-url wins.
 */
export function presetQuery(
  presets: Presets,
  which: (field: keyof Presets) => boolean = () => true,
  url: Partial<UrlState> = {},
): Partial<FinderQuery> {
  const take = (field: keyof Presets) => which(field) && url[IN_URL[field]] === undefined;
  return {
    ...(take('services') && { services: parseList(presets.services) }),
    ...(take('audience') && { audiences: parseList(presets.audience) as Audience[] }),
    ...(take('country') && { country: (presets.country ?? '').trim().toUpperCase() }),
    ...(take('region') && { region: (presets.region ?? '').trim() }),
  };
}

/** The search of a page's address; what the address leaves out goes back to the host's presets. */
export function queryOfUrl(state: Partial<UrlState>, presets: Presets): Omit<FinderQuery, 'near' | 'radiusKm'> {
  // The address holds only what it names (readUrlState leaves the rest out), and the centre is no search.
  // The place is not the address's to change: it is the host's, or the person's own.
  const { centre: _centre, ...named } = state;
  const { near: _near, radiusKm: _radiusKm, ...empty } = EMPTY_QUERY;
  return { ...empty, ...presetQuery(presets), ...(named as Partial<FinderQuery>) };
}

/** What the `mrc-search` event tells of a search: the filters, never the position or the words. */
export function searchDetail(q: FinderQuery, total: number): SearchDetail {
  return {
    hasText: q.text.trim() !== '',
    nearby: q.near !== undefined,
    // Copies: a listener cannot change the search through the event.
    services: [...q.services],
    audiences: [...q.audiences],
    languages: [...q.languages],
    kinds: [...q.kinds],
    openNow: q.openNow,
    ...(q.country && { country: q.country }),
    ...(q.region && { region: q.region }),
    total,
  };
}

/** The part of a search the page's address keeps: never the position. */
export function urlStateOf(q: FinderQuery, centre: string | undefined): UrlState {
  const { near: _near, radiusKm: _radiusKm, ...kept } = q;
  return { ...kept, centre };
}
