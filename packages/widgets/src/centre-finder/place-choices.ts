import { foldText, resolveText, type Dataset } from '@mrc-kit/sdk';
import { textIn } from '../base/texts.js';

/** The countries of the dataset's centres, as ISO codes in code order. */
export function countriesOf(dataset: Pick<Dataset, 'centres'>): string[] {
  return [...new Set(dataset.centres.map((c) => c.country))].sort();
}

export interface RegionChoice {
  /** The region's name in the dataset's own language: what the search and the address carry. */
  value: string;
  /** The name in the reader's language. */
  label: string;
  lang: string;
  /** Its name folded in each of its languages: a region asked for in any of them is this one. */
  keys: string[];
}

/**
 * The regions of the centres in `country` (or in every country when none is chosen), named in the
 * reader's language and sorted in its order. Names that fold alike are one region.
 */
export function regionsOf(
  dataset: Pick<Dataset, 'centres' | 'defaultLocale'>,
  country: string,
  locale: string,
): RegionChoice[] {
  const byKey = new Map<string, RegionChoice>();
  for (const centre of dataset.centres) {
    if (!centre.region || (country && centre.country !== country)) continue;
    const value = resolveText(centre.region, dataset.defaultLocale, [dataset.defaultLocale]);
    const key = foldText(value);
    if (key === '' || byKey.has(key)) continue;
    const { text, lang } = textIn(centre.region, locale, dataset);
    const names = typeof centre.region === 'string' ? [centre.region] : Object.values(centre.region);
    const keys = [...new Set(names.map(foldText))];
    byKey.set(key, { value, label: text, lang: lang ?? dataset.defaultLocale, keys });
  }
  const collator = new Intl.Collator(locale);
  return [...byKey.values()].sort((a, b) => collator.compare(a.label, b.label));
}

/** The region a name asked for is, in any of its languages (case, accents and Arabic spelling aside). */
export function findRegion(regions: readonly RegionChoice[], asked: string): RegionChoice | undefined {
  const key = foldText(asked);
  return key === '' ? undefined : regions.find((r) => r.keys.includes(key));
}
