/**
 * The kit's own names of languages, for those a browser's Intl.DisplayNames cannot name (Chromium
 * has no name for Fula, Soninke, Moroccan Arabic or Mam: exactly the languages many centres work
 * in). One table per interface language (src/language-names/, written by
 * scripts/language-names.mjs), fetched only when the data has a language the browser cannot name,
 * before that data is drawn (base/locale.ts).
 */
const tables = new Map<string, Readonly<Record<string, string>>>();

/** Called by each interface language's module as it loads. */
export function addLanguageNames(locale: string, names: Readonly<Record<string, string>>): void {
  tables.set(locale, names);
}

/** The kit's name for a language (a base code such as `ff`) in an interface language, if it has one loaded. */
export function kitLanguageName(code: string, uiLocale: string): string | undefined {
  const table = tables.get(uiLocale);
  return table && Object.hasOwn(table, code) ? table[code] : undefined;
}

/** Whether the kit's table for an interface language is loaded. */
export function hasLanguageNames(uiLocale: string): boolean {
  return tables.has(uiLocale);
}
