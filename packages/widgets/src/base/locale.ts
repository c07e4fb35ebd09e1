import { configureLocalization } from '@lit/localize';
import { sourceLocale, targetLocales, allLocales } from '../generated/locale-codes.js';

type UiLocale = (typeof allLocales)[number];

// An explicit map of dynamic imports, so every bundler sees each locale file and splits it out:
// a page downloads only the language it shows.
const loaders: Record<(typeof targetLocales)[number], () => Promise<unknown>> = {
  fr: () => import('../generated/locales/fr.js'),
  es: () => import('../generated/locales/es.js'),
  ar: () => import('../generated/locales/ar.js'),
  fa: () => import('../generated/locales/fa.js'),
  ps: () => import('../generated/locales/ps.js'),
  ur: () => import('../generated/locales/ur.js'),
  bn: () => import('../generated/locales/bn.js'),
  ne: () => import('../generated/locales/ne.js'),
  fil: () => import('../generated/locales/fil.js'),
  id: () => import('../generated/locales/id.js'),
  pt: () => import('../generated/locales/pt.js'),
  ru: () => import('../generated/locales/ru.js'),
  uk: () => import('../generated/locales/uk.js'),
  tr: () => import('../generated/locales/tr.js'),
  am: () => import('../generated/locales/am.js'),
  ti: () => import('../generated/locales/ti.js'),
  so: () => import('../generated/locales/so.js'),
  sw: () => import('../generated/locales/sw.js'),
  ht: () => import('../generated/locales/ht.js'),
};

// This copy of @lit/localize is private to the kit (bundled, never shared with the host), so a host
// page that configures @lit/localize for itself is not disturbed.
const { setLocale, getLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => {
    const load = loaders[locale as keyof typeof loaders] as (() => Promise<unknown>) | undefined;
    if (!load) throw new Error(`mrc-kit has no "${locale}" interface strings`);
    return load() as never;
  },
});

/** The interface language whose strings are on screen now (`en` until another one has loaded). */
export function getUiLocale(): string {
  return getLocale();
}

/** The UI locale that serves a content language: `fr-CA` → `fr`, `ar-EG` → `ar`, unknown → `en`. */
function uiLocaleFor(tag: string): UiLocale {
  const base = tag.toLowerCase().split('-')[0] ?? '';
  return (allLocales as readonly string[]).includes(base) ? (base as UiLocale) : sourceLocale;
}

const RTL_LANGUAGES = new Set(['ar', 'arc', 'ckb', 'dv', 'fa', 'he', 'iw', 'ks', 'ku', 'ps', 'sd', 'ug', 'ur', 'yi']);

/** Writing direction of a language tag. */
export function directionOf(tag: string): 'ltr' | 'rtl' {
  const lower = tag.toLowerCase();
  if (/-(arab|hebr|thaa|syrc|nkoo|adlm|rohg)\b/.test(lower)) return 'rtl';
  if (/-(latn|cyrl)\b/.test(lower)) return 'ltr';
  return RTL_LANGUAGES.has(lower.split('-')[0] ?? '') ? 'rtl' : 'ltr';
}

/** A language tag made safe for Intl: `en_US` → `en-US`; undefined when it is not a language tag. */
export function canonicalLanguage(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim().replace(/_/g, '-'))[0];
  } catch {
    return undefined;
  }
}

// Elements (and, later, providers) whose language was set explicitly, most recent last.
const explicitOwners = new Map<object, string>();
let requested: UiLocale | undefined;

/**
 * Records the language an element asks for. The UI language is one per page: the one an element
 * set explicitly most recently (among those still on the page) wins; when none has, the document's.
 * `tag` undefined withdraws the element's request (it follows the document, or it left the page).
 */
export function setUiLanguage(owner: object, tag: string | undefined): void {
  explicitOwners.delete(owner);
  if (tag !== undefined) explicitOwners.set(owner, tag);
  const chosen = [...explicitOwners.values()].pop() ?? canonicalLanguage(document.documentElement.lang) ?? 'en';
  const locale = uiLocaleFor(chosen);
  // Compared with the locale last asked for, not the active one: while a locale file loads, the
  // active locale is still the old one, and a quick en → ar → en must end in English.
  if (locale === requested) return;
  requested = locale;
  setLocale(locale).catch((error: unknown) => {
    // A locale file that cannot load leaves the UI in its current language; the page keeps working.
    console.warn(`mrc-kit: could not load the "${locale}" interface strings`, error);
  });
}
