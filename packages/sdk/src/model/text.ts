/**
 * A human-readable text: one plain string (in the dataset's default locale), or a map of
 * BCP 47 language tags to strings, such as `{ "en": "Help line", "ar": "خط المساعدة" }`.
 */
export type LocalizedText = string | Readonly<Record<string, string>>;

export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** True when `tag` looks like a BCP 47 language tag (`en`, `es-MX`, `zh-Hant-TW`). */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG.test(tag);
}

/**
 * The chain of locales tried for `locale`: `es-MX` gives `es-MX`, `es`, then each fallback
 * (usually the dataset's default locale) with its own parents. Case-insensitive, no duplicates.
 */
export function localeChain(locale: string, fallbacks: readonly string[] = []): string[] {
  const chain: string[] = [];
  for (const tag of [locale, ...fallbacks]) {
    const parts = tag.split('-');
    for (let n = parts.length; n > 0; n--) {
      const candidate = parts.slice(0, n).join('-').toLowerCase();
      if (candidate && !chain.includes(candidate)) chain.push(candidate);
    }
  }
  return chain;
}

/** A resolved text and the language it is actually in (for the `lang` attribute of what shows it). */
export interface ResolvedText {
  text: string;
  /** The tag of the text's language, or undefined for a plain string whose language is the dataset's. */
  lang: string | undefined;
}

/**
 * Picks the best text for `locale`: the exact tag, its parents (`es-MX` → `es`), then each
 * fallback in order (the dataset's default locale), then the first text available.
 * Returns an empty text for undefined input.
 */
export function resolveTextWithLang(
  text: LocalizedText | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): ResolvedText {
  if (text === undefined) return { text: '', lang: undefined };
  if (typeof text === 'string') return { text, lang: fallbacks[0] };
  const byLowerTag = new Map<string, [string, string]>();
  for (const [tag, value] of Object.entries(text)) {
    if (value.trim() !== '') byLowerTag.set(tag.toLowerCase(), [tag, value]);
  }
  for (const candidate of localeChain(locale, fallbacks)) {
    const hit = byLowerTag.get(candidate);
    if (hit) return { text: hit[1], lang: hit[0] };
  }
  const first = byLowerTag.values().next();
  return first.done ? { text: '', lang: undefined } : { text: first.value[1], lang: first.value[0] };
}

/** {@link resolveTextWithLang} without the language: just the string to show. */
export function resolveText(
  text: LocalizedText | undefined,
  locale: string,
  fallbacks: readonly string[] = [],
): string {
  return resolveTextWithLang(text, locale, fallbacks).text;
}
