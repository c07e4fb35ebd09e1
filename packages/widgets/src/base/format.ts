import { resolveText, type Dataset } from '@mrc-kit/sdk';
import { hasLanguageNames, kitLanguageName } from './language-names.js';
import { canonicalLanguage, getUiLocale, loadLanguageNames, requestedUiLocale } from './locale.js';
// Locale-aware formatting through Intl, with formatters cached: lists render many rows.
const cache = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames | Intl.ListFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

/** The reader's own time zone. */
/** A time with its day period ("5:00 PM", "5:00 م") that never wraps between the two. */
export function unbroken(time: string): string {
  // Any script's digits: "৫:০০ PM" in Bengali, "۵:۰۰ ب.ظ." in Persian.
  return time.replace(/(\p{Nd}) (?=\P{Nd})/gu, '$1\u00a0');
}

function readerTimeZone(): string {
  return cached('reader', () => new Intl.DateTimeFormat()).resolvedOptions().timeZone;
}

function sameOffset(at: Date, a: string, b: string): boolean {
  const f = (tz: string) =>
    cached(`off|${tz}`, () => new Intl.DateTimeFormat('en-US', { timeZone: tz, timeZoneName: 'longOffset' }))
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  return f(a) === f(b);
}

/** A moment in a place's clock, in parts so that sentences can say "at {time}" or "{day} at {time}". */
export interface PlaceTime {
  /** Absent when the moment is on the same local day as now; a weekday within six days; else weekday and date. */
  day?: string;
  /** "17:00" or "5:00 PM", with the zone named when the place's clock differs from the reader's. */
  time: string;
}

const DAY_MS = 86_400_000;

/**
 * How a place's zone is named, everywhere the kit names one: short, by its country where it can
 * ("France Time", "heure : Maroc", "توقيت تونس"), and only where the place's clock differs from the
 * reader's (a reader in the same zone needs no name).
 */
const ZONE_STYLE = 'shortGeneric';

/** The place's zone as ZONE_STYLE names it, or undefined where its clock reads as the reader's at `at`. */
export function placeZoneName(at: Date, locale: string, timeZone: string): string | undefined {
  if (sameOffset(at, timeZone, readerTimeZone())) return undefined;
  return cached(
    `zn|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: ZONE_STYLE }),
  )
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
}

export function formatPlaceTime(at: Date, now: Date, locale: string, timeZone: string): PlaceTime {
  const dayOf = (d: Date) => cached(`day|${timeZone}`, () => new Intl.DateTimeFormat('en-CA', { timeZone })).format(d);
  const named = !sameOffset(at, timeZone, readerTimeZone());
  const formatted = cached(
    `t|${locale}|${timeZone}|${named}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        hour: 'numeric',
        minute: '2-digit',
        ...(named && { timeZoneName: ZONE_STYLE }),
      }),
  ).format(at);
  const time = unbroken(formatted);
  if (dayOf(at) === dayOf(now)) return { time };
  const far = at.getTime() - now.getTime() > 6 * DAY_MS;
  const day = cached(
    `wd|${locale}|${timeZone}|${far}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        timeZone,
        weekday: 'long',
        ...(far && { day: 'numeric', month: 'long' }),
      }),
  ).format(at);
  return { day, time };
}

/** A calendar date (YYYY-MM-DD) in the reader's locale, such as "12 March 2026". */
export function formatDate(isoDate: string, locale: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return cached(`d|${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' })).format(
    date,
  );
}

function displayName(type: 'language' | 'region', code: string, locale: string): string {
  try {
    return (
      (cached(`n|${type}|${locale}`, () => new Intl.DisplayNames(locale, { type })) as Intl.DisplayNames).of(code) ??
      code
    );
  } catch {
    return code;
  }
}

/** The language a tag names, as a lowercase base code (`ff-SN` → `ff`, `ajp` → `apc`). */
function baseLanguage(tag: string): string {
  return (canonicalLanguage(tag) ?? tag).toLowerCase().split('-')[0] ?? tag;
}

// The browser's answers, kept: every row of a list names its languages again on each redraw.
const browserNames = new Map<string, string | undefined>();

/** The browser's name for a language, or undefined when it has none (it gives back the code). */
function browserLanguageName(tag: string, locale: string): string | undefined {
  const key = `${locale}|${tag}`;
  if (browserNames.has(key)) return browserNames.get(key);
  const name = displayName('language', tag, locale);
  const lower = name.toLowerCase();
  const known =
    lower === tag.toLowerCase() || lower === (canonicalLanguage(tag) ?? tag).toLowerCase() ? undefined : name;
  browserNames.set(key, known);
  return known;
}

/**
 * A language's name for the reader: the browser's; else the kit's own (languages of the migration
 * corridors that browsers often lack, base/language-names.ts); else the dataset's own
 * (`languageNames`); the bare code only when none has one.
 */
export function languageName(tag: string, locale: string, data?: NamingData): string {
  const known = browserLanguageName(tag, locale);
  if (known !== undefined) return known;
  const base = baseLanguage(tag);
  return kitLanguageName(base, getUiLocale()) ?? givenName(tag, base, locale, data) ?? tag;
}

/** What a dataset gives to name languages: its own names, and the language of its plain texts. */
export type NamingData = Pick<Dataset, 'languageNames' | 'defaultLocale'>;

/** The dataset's own name for a language (`languageNames`), by its tag or the tag's language. */
function givenName(tag: string, base: string, locale: string, data: NamingData | undefined): string | undefined {
  const names = data?.languageNames;
  if (!names) return undefined;
  const key = [tag.toLowerCase(), base].find((k) => Object.hasOwn(names, k));
  return key === undefined ? undefined : resolveText(names[key], locale, [data.defaultLocale]) || undefined;
}

/**
 * Before data is drawn: fetches the kit's names of languages in the interface language when the
 * browser cannot name one of the data's languages. A page whose languages it can all name fetches nothing.
 */
export function prepareLanguageNames(tags: Iterable<string>, locale: string): Promise<unknown> | undefined {
  const ui = requestedUiLocale();
  if (hasLanguageNames(ui)) return undefined;
  for (const tag of tags) if (browserLanguageName(tag, locale) === undefined) return loadLanguageNames(ui);
  return undefined;
}

/**
 * When data starts loading: in a browser that cannot name Fula, most likely short of names for the
 * migration corridors' languages (Chromium is), starts fetching the kit's names in the interface
 * language, in parallel with the data, so that drawing the data does not wait a round trip for them.
 * Other browsers fetch them only if the data has a language they cannot name.
 */
export function prefetchLanguageNames(locale: string): void {
  const ui = requestedUiLocale();
  if (!hasLanguageNames(ui) && browserLanguageName('ff', locale) === undefined) void loadLanguageNames(ui);
}

/** "French, Wolof and Arabic" in the reader's locale. */
export function formatLanguages(tags: readonly string[], locale: string, data?: NamingData): string {
  const names = tags.map((t) => languageName(t, locale, data));
  return (cached(`l|${locale}`, () => new Intl.ListFormat(locale, { type: 'conjunction' })) as Intl.ListFormat).format(
    names,
  );
}

/** A country's name in the reader's locale (`SN` → "Senegal", "Sénégal", "السنغال"). */
export function countryName(code: string, locale: string): string {
  return displayName('region', code.toUpperCase(), locale);
}
