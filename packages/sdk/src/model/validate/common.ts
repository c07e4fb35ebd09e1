import * as z from './zod.js';
import { isLanguageTag } from '../text.js';
import { show } from './issues.js';

/** Record ids: letters, digits and `-_.:`, starting with a letter or digit, so they are safe in URLs and storage keys. */
export const idSchema = z
  .string()
  .check(z.regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/, 'an id uses letters, digits and - _ . : (at most 128)'));

/** ISO 3166-1 alpha-2 country code, upper case (`SN`, `MA`, `GT`). */
export const countrySchema = z
  .string()
  .check(z.regex(/^[A-Z]{2}$/, 'a country is a two-letter ISO 3166-1 code in capitals, such as "SN"'));

export const languageTagSchema = z
  .string()
  .check(z.refine(isLanguageTag, 'not a BCP 47 language tag such as "en", "ar" or "es-MX"'));

// zod's own ISO date check (real calendar dates only) also gives the JSON Schema its "format": "date".
export const isoDateSchema = z.iso.date({
  error: (issue) => (issue.code === 'invalid_format' ? 'not a date written YYYY-MM-DD' : undefined),
});

/** A moment with its UTC offset, such as `2026-11-10T09:00:00+00:00`: unambiguous wherever it is read. */
export const isoDateTimeSchema = z.iso.datetime({
  offset: true,
  error: (issue) =>
    issue.code === 'invalid_format'
      ? `${show(issue.input)} is not a date and time with its offset, such as "2026-11-10T09:00:00+00:00"`
      : undefined,
});
