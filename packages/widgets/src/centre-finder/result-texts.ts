import { msg, str } from '@lit/localize';
import type { Centre, CentreKind, OpeningStatus } from '@mrc-kit/sdk';
import { formatPlaceTime } from '../base/format.js';

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

/** "Open now · closes at 17:00", "Closed · opens Monday at 09:00", "At a stop until 16:00"… */
export function statusText(status: OpeningStatus, centre: Centre, at: Date, locale: string): string {
  const team = centre.kind === 'mobile-team' && centre.stops.length > 0;
  const tz = centre.hours?.timeZone;
  // With weekly hours (or always open) every change leads to a known state, so the search's own
  // `changesAt` can be named; hours given only as dated exceptions may turn unknown: not named.
  const weekly = !!centre.hours && (centre.hours.alwaysOpen === true || (centre.hours.weekly?.length ?? 0) > 0);
  const change = team || weekly ? status.changesAt : undefined;
  const when = change
    ? formatPlaceTime(change, at, locale, tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone)
    : undefined;
  if (status.state === 'open') {
    if (!when) return msg('Open now', { id: 'hotline.open' });
    return when.day
      ? msg(str`Open now, closes ${when.day} at ${when.time}`, { id: 'channel.open-until-day' })
      : msg(str`Open now, closes at ${when.time}`, { id: 'channel.open-until' });
  }
  if (status.state === 'closed') {
    if (!when) return msg('Closed now', { id: 'hotline.closed' });
    return when.day
      ? msg(str`Closed now, opens ${when.day} at ${when.time}`, { id: 'channel.closed-until-day' })
      : msg(str`Closed now, opens at ${when.time}`, { id: 'channel.closed-until' });
  }
  return msg('Hours not known', { id: 'channel.hours-unknown' });
}
