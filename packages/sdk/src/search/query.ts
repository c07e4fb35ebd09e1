import type { Audience, Centre, CentreKind, Position } from '../model/centre.js';
import type { OpeningStatus } from '../hours/hours.js';

/**
 * What a person asks the finder. Every field is optional and they combine (AND); within a list
 * field any value matches (a centre offering either service is found). An empty list is no filter.
 */
export interface CentreQuery {
  /**
   * Words typed, matched against names, operator, city, region and service names in every locale,
   * ignoring case, accents and Arabic spelling variants (alef forms, hamza, tashkeel, tatweel, and
   * the article or a joined particle such as بال or لل, in the query as in the records: `الرباط`
   * finds `مكتب بالرباط`). Every word must match a word of the centre; the last one may be the start of a word
   * (the person may still be typing it), the earlier ones match whole words. Text with no letters
   * or digits is no filter.
   */
  text?: string;
  /** Where the person is, or the place they chose. Never leaves the device. */
  near?: Position;
  /**
   * With `near`: only centres within this distance (inclusive). A mobile team is measured from its
   * next stop, or from its base when it has no upcoming stop with a position. Centres, online
   * services and mobile teams with no position to measure from are left out.
   */
  radiusKm?: number;
  /** Taxonomy term ids. */
  services?: readonly string[];
  audiences?: readonly Audience[];
  /** BCP 47 tags, in any case; a tag matches its regional forms both ways (`fr` and `fr-SN`), not its siblings (`fr-CA`). */
  languages?: readonly string[];
  /** ISO 3166-1 alpha-2, in any case. */
  country?: string;
  /**
   * A region's name in any of its languages, matched whole, ignoring case, accents and Arabic
   * spelling variants: `"Thiès"`, `"thies"` and `"تييس"` (if the dataset writes it so) find the same centres.
   */
  region?: string;
  kinds?: readonly CentreKind[];
  /**
   * Only centres open at this moment; centres whose hours are unknown stay in unless
   * `knownOpenOnly`. Also the moment of the results' `status` and of mobile teams' next stop.
   */
  openAt?: Date;
  knownOpenOnly?: boolean;
  /**
   * `distance` (needs `near`; centres without a distance last), `name` (in `locale`), or `relevance`
   * (text score: a whole word beats a prefix, a name beats other fields; ties by distance with
   * `near`, else by name). Every order ends with the name, then the dataset's order. `distance`
   * without `near` sorts by name. Default: relevance with text, else distance with `near`, else name.
   */
  sort?: 'distance' | 'name' | 'relevance';
  /** The reader's locale (default: the dataset's): which name is read and how names sort. Text matches every locale. */
  locale?: string;
  /** Page size (default 50) and start; `total` in the result counts every match. */
  limit?: number;
  offset?: number;
}

export interface CentreResult {
  centre: Centre;
  /** Great-circle distance from `near`, in km; for a mobile team, to its current or next stop. Absent without a position. */
  distanceKm?: number;
  /**
   * Open or closed at `openAt` (or now). A mobile team is open at a stop until it ends, closed
   * between stops until the next starts; with no upcoming stop its hours decide (unknown without).
   */
  status: OpeningStatus;
}

export interface SearchResult {
  /** How many centres match in all, beyond this page. */
  total: number;
  items: CentreResult[];
}
