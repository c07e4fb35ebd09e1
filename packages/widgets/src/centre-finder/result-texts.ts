import { msg, str } from '@lit/localize';
import type { CentreKind } from '@mrc-kit/sdk';
import { plural } from '../base/plural.js';

export function kindLabel(kind: CentreKind): string {
  switch (kind) {
    case 'centre':
      return msg('Centre', { id: 'finder.kind.centre' });
    case 'mobile-team':
      return msg('Mobile team', { id: 'finder.kind.mobile-team' });
    case 'online':
      return msg('Online', { id: 'finder.kind.online' });
  }
}

const distanceFormats = new Map<string, Intl.NumberFormat>();
const mileLocales = new Map<string, boolean>();

function countsInMiles(locale: string): boolean {
  let miles = mileLocales.get(locale);
  if (miles === undefined) {
    let region: string | undefined;
    try {
      region = new Intl.Locale(locale).region;
    } catch {
      region = undefined;
    }
    miles = region === 'US' || region === 'GB' || region === 'LR' || region === 'MM';
    mileLocales.set(locale, miles);
  }
  return miles;
}

/**
 * "1.2 km" or "800 m", in the reader's digits; miles only when the language tag names a region
 * that counts in miles (`en-US`, `en-GB`, `en-LR`, `my-MM`): a plain `en` reader may be anywhere.
 */
export function formatDistance(km: number, locale: string): string {
  const miles = countsInMiles(locale);
  const [value, unit] = miles
    ? [km / 1.609344, 'mile']
    : km < 1
      ? [Math.round((km * 1000) / 50) * 50, 'meter']
      : [km, 'kilometer'];
  const key = `${locale}|${unit}|${value < 10 ? 1 : 0}`;
  let format = distanceFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit,
      maximumFractionDigits: unit === 'meter' || value >= 10 ? 0 : 1,
    });
    distanceFormats.set(key, format);
  }
  return format.format(value);
}

/** How many centres the search found, as a sentence (the summary line and the live region say it). */
export function countText(total: number, locale: string): string {
  if (total === 0) return msg('No centre found.', { id: 'finder.count.none' });
  const n = new Intl.NumberFormat(locale).format(total);
  return plural(total, {
    one: () => msg(str`${n} centre found.`, { id: 'finder.count.one' }),
    two: () => msg(str`${n} centres found.`, { id: 'finder.count.two' }),
    few: () => msg(str`${n} centres found.`, { id: 'finder.count.few' }),
    many: () => msg(str`${n} centres found.`, { id: 'finder.count.many' }),
    other: () => msg(str`${n} centres found.`, { id: 'finder.count.other' }),
  });
}
