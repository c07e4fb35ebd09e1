import type { Weekday } from '../hours/hours.js';

/**
 * The days of the week as HSDS schedules write them in `byday` (RFC 5545), by the kit's own day
 * codes, Monday first: what an import reads and an export writes.
 */
export const HSDS_DAY_CODES: Readonly<Record<Weekday, string>> = {
  mo: 'MO',
  tu: 'TU',
  we: 'WE',
  th: 'TH',
  fr: 'FR',
  sa: 'SA',
  su: 'SU',
};

/**
 * The names an mrc-kit export of HSDS gives to what HSDS has no field for, read back when the
 * export is imported again.
 */
export const MRC_HSDS_SCHEMES = {
  /**
   * `location.external_identifier_type` of a centre's own id, and the `taxonomy` of the kit's
   * service terms (an import names them `mrc-kit:<code>`).
   */
  centre: 'mrc-kit',
  /** `location.external_identifier_type` of a mobile team's stop; the identifier is the team's id. */
  stop: 'mrc-kit-stop',
  /** The `taxonomy` of the audience terms. */
  audience: 'mrc-kit-audience',
} as const;

/** Codes of the `mrc-kit` taxonomy terms whose attribute value carries what the term alone cannot. */
export const MRC_HSDS_TERMS = {
  /** Marks a hotline's service; the attribute's value is the hotline id. */
  hotline: 'hotline',
  /**
   * The IANA time zone of a service's hours: HSDS 3 `timezone` is a UTC offset, which cannot
   * follow daylight-saving changes.
   */
  timeZone: 'time-zone',
} as const;
