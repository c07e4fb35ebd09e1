import { msg, str } from '@lit/localize';
import type { Centre, OpeningStatus } from '@mrc-kit/sdk';
import { formatPlaceTime } from './format.js';

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
    if (!when) return msg('Open now', { id: 'status.open' });
    return when.day
      ? msg(str`Open now, closes ${when.day} at ${when.time}`, { id: 'channel.open-until-day' })
      : msg(str`Open now, closes at ${when.time}`, { id: 'channel.open-until' });
  }
  if (status.state === 'closed') {
    if (!when) return msg('Closed now', { id: 'status.closed' });
    return when.day
      ? msg(str`Closed now, opens ${when.day} at ${when.time}`, { id: 'channel.closed-until-day' })
      : msg(str`Closed now, opens at ${when.time}`, { id: 'channel.closed-until' });
  }
  return msg('Hours not known', { id: 'channel.hours-unknown' });
}
