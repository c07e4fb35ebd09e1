// Open or closed, and where: fixed centres by their opening hours, mobile teams by their stops.
import type { Centre, MobileStop } from '../model/centre.js';
import { openingStatus, type OpeningStatus } from '../hours/hours.js';

/** A stop's start and end in ms since the epoch, or undefined when either is not a date or it ends before it starts. */
export function stopTimes(stop: MobileStop): [start: number, end: number] | undefined {
  const start = Date.parse(stop.start);
  const end = Date.parse(stop.end);
  return Number.isFinite(start) && Number.isFinite(end) && start < end ? [start, end] : undefined;
}

export interface NextStop {
  stop: MobileStop;
  start: number;
  end: number;
}

/**
 * A mobile team's current or next stop at `at` (ms): of the stops that end after `at`, the one
 * that starts first (the first listed on a tie). Stops with unreadable dates are skipped.
 */
export function nextStop(centre: Centre, at: number): NextStop | undefined {
  let next: NextStop | undefined;
  for (const stop of centre.stops) {
    const times = stopTimes(stop);
    if (times && times[1] > at && (!next || times[0] < next.start)) next = { stop, start: times[0], end: times[1] };
  }
  return next;
}

/**
 * Open or closed at `at`. A mobile team is open while it is at a stop, until that stop ends, and
 * closed between stops, until the next one starts; with no upcoming stop, its opening hours say
 * (unknown when it has none): a schedule that has run out is not known to be closed.
 */
export function centreStatus(centre: Centre, at: Date): OpeningStatus {
  if (centre.kind === 'mobile-team') {
    const next = nextStop(centre, at.getTime());
    if (next) {
      return next.start <= at.getTime()
        ? { state: 'open', changesAt: new Date(next.end) }
        : { state: 'closed', changesAt: new Date(next.start) };
    }
  }
  return openingStatus(centre.hours, at);
}
