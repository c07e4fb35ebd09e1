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

// The kit's names of languages in each interface language (base/language-names.ts), fetched only
// once the data has a language the browser cannot name; from then on, with each language's strings.
const nameLoaders: Record<UiLocale, () => Promise<unknown>> = {
  en: () => import('../language-names/names-en.js'),
  fr: () => import('../language-names/names-fr.js'),
  es: () => import('../language-names/names-es.js'),
  ar: () => import('../language-names/names-ar.js'),
  fa: () => import('../language-names/names-fa.js'),
  ps: () => import('../language-names/names-ps.js'),
  ur: () => import('../language-names/names-ur.js'),
  bn: () => import('../language-names/names-bn.js'),
  ne: () => import('../language-names/names-ne.js'),
  fil: () => import('../language-names/names-fil.js'),
  id: () => import('../language-names/names-id.js'),
  pt: () => import('../language-names/names-pt.js'),
  ru: () => import('../language-names/names-ru.js'),
  uk: () => import('../language-names/names-uk.js'),
  tr: () => import('../language-names/names-tr.js'),
  am: () => import('../language-names/names-am.js'),
  ti: () => import('../language-names/names-ti.js'),
  so: () => import('../language-names/names-so.js'),
  sw: () => import('../language-names/names-sw.js'),
  ht: () => import('../language-names/names-ht.js'),
};
const nameLoads = new Map<string, Promise<unknown>>();
let namesNeeded = false;

/** Fetches the kit's names of languages in an interface language, once; it resolves even when they fail to load. */
export function loadLanguageNames(locale: string): Promise<unknown> {
  namesNeeded = true;
  let load = nameLoads.get(locale);
  if (!load) {
    const loader = (nameLoaders as Record<string, (() => Promise<unknown>) | undefined>)[locale];
    load = (loader?.() ?? Promise.resolve()).catch((error: unknown) => {
      console.warn(`mrc-kit: could not load the "${locale}" names of languages`, error);
    });
    nameLoads.set(locale, load);
  }
  return load;
}

// This copy of @lit/localize is private to the kit (bundled, never shared with the host), so a host
// page that configures @lit/localize for itself is not disturbed.
const { setLocale, getLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => {
    const load = loaders[locale as keyof typeof loaders] as (() => Promise<unknown>) | undefined;
    if (!load) throw new Error(`mrc-kit has no "${locale}" interface strings`);
    // Names of languages come with the strings once a page has needed them (a language switch).
    return Promise.all([load(), namesNeeded ? loadLanguageNames(locale) : undefined]).then(
      ([strings]) => strings,
    ) as never;
  },
});

/** The interface language whose strings are on screen now (`en` until another one has loaded). */
export function getUiLocale(): string {
  return getLocale();
}

// Languages whose readers read one of the interface languages, where Intl's own canonical form
// (which already turns `tgl` into `fil`, `pes` into `fa`, `in` into `id`) does not say so: the
// individual languages of a macrolanguage, read in its standard form.
const READ_AS: Readonly<Record<string, UiLocale>> = {
  // Dari (Intl gives `fa-AF`, handled by its base; older engines keep `prs`), and Tagalog.
  prs: 'fa',
  tl: 'fil',
  // Arabic varieties, from the Maghreb to the Gulf: their readers read Modern Standard Arabic.
  ...Object.fromEntries(
    [
      'arb',
      'ary',
      'aeb',
      'arq',
      'ayl',
      'arz',
      'apc',
      'ajp',
      'acm',
      'acq',
      'afb',
      'apd',
      'ars',
      'abv',
      'shu',
      'ssh',
    ].map((code) => [code, 'ar' as UiLocale]),
  ),
  // Pashto, Swahili and Nepali varieties.
  pbu: 'ps',
  pbt: 'ps',
  pst: 'ps',
  swh: 'sw',
  swc: 'sw',
  npi: 'ne',
};

/**
 * The interface language that serves a BCP 47 tag, or undefined when none does: the tag's language
 * without its region or script (`pt-BR` → `pt`, `fa-AF` → `fa`, `ar-MA` → `ar`), or the language its
 * readers read (`prs` → `fa`, `tl` → `fil`, `ary` → `ar`).
 */
export function uiLocaleFor(tag: string): UiLocale | undefined {
  const written = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const base = canonicalLanguage(tag)?.toLowerCase().split('-')[0] ?? written;
  for (const code of [base, written]) {
    if ((allLocales as readonly string[]).includes(code)) return code as UiLocale;
    if (Object.hasOwn(READ_AS, code)) return READ_AS[code];
  }
  return undefined;
}

/** The first of `tags` (most wanted first) that an interface language serves; English when none does. */
export function negotiateUiLocale(tags: readonly (string | undefined)[]): UiLocale {
  for (const tag of tags) {
    const locale = tag === undefined ? undefined : uiLocaleFor(tag);
    if (locale) return locale;
  }
  return sourceLocale;
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

/** The interface language last asked for (it may still be loading). */
export function requestedUiLocale(): string {
  return requested ?? sourceLocale;
}

// Elements (and, later, providers) whose language was set explicitly, most recent last; and the
// default language of each element's dataset, for a page in a language the kit does not speak.
const explicitOwners = new Map<object, string>();
const datasetLocales = new Map<object, string>();
let requested: UiLocale | undefined;

/**
 * Records the language an element asks for. The UI language is one per page: the one an element
 * set explicitly most recently (among those still on the page) wins; when none has, the document's.
 * A language the kit has no interface for gives way to the dataset's default language, then English.
 * `tag` undefined withdraws the element's request (it follows the document, or it left the page).
 */
export function setUiLanguage(owner: object, tag: string | undefined): void {
  explicitOwners.delete(owner);
  if (tag !== undefined) explicitOwners.set(owner, tag);
  chooseUiLocale();
}

/** Records the default language of the dataset an element shows (undefined: it shows none now). */
export function setDatasetLanguage(owner: object, tag: string | undefined): void {
  datasetLocales.delete(owner);
  if (tag !== undefined) datasetLocales.set(owner, tag);
  chooseUiLocale();
}

function chooseUiLocale(): void {
  const chosen = [...explicitOwners.values()].pop() ?? canonicalLanguage(document.documentElement.lang) ?? 'en';
  const locale = negotiateUiLocale([chosen, [...datasetLocales.values()].pop()]);
  // Compared with the locale last asked for, not the active one: while a locale file loads, the
  // active locale is still the old one, and a quick en → ar → en must end in English.
  if (locale === requested) return;
  requested = locale;
  // English has no strings to load: its names, when needed, are fetched before it shows.
  const ready = locale === sourceLocale && namesNeeded ? loadLanguageNames(locale) : Promise.resolve();
  ready
    // Unless another language was asked for meanwhile.
    .then(() => (requested === locale ? setLocale(locale) : undefined))
    .catch((error: unknown) => {
      // A locale file that cannot load leaves the UI in its current language; the page keeps working.
      console.warn(`mrc-kit: could not load the "${locale}" interface strings`, error);
    });
}
