import { msg, str } from '@lit/localize';
import { nextClosing, nextOpening, type Centre, type CentreKind, type OpeningStatus } from '@mrc-kit/sdk';
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

/**
 * "1.2 km" or "800 m", in the reader's digits; miles only when the language tag names a region
 * that counts in miles (`en-US`, `en-GB`, `en-LR`, `my-MM`): a plain `en` reader may be anywhere.
 */
export function formatDistance(km: number, locale: string): string {
  const region = (() => {
    try {
      return new Intl.Locale(locale).region;
    } catch {
      return undefined;
    }
  })();
  const miles = region === 'US' || region === 'GB' || region === 'LR' || region === 'MM';
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
  // A team's changes come from its stops; a centre's only from known hours (never "opens at" into unknown).
  const change = team
    ? status.changesAt
    : status.state === 'open'
      ? nextClosing(centre.hours, at)
      : status.state === 'closed'
        ? nextOpening(centre.hours, at)
        : undefined;
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
