// An independent reference for opening hours, written with the Temporal polyfill: it shares no code
// with src/hours/ (only its types), so that the property test (hours-properties.ts) holds the
// engine against what the docs say rather than against itself.
//
// What it computes, from docs/data-format.md ("Opening hours") and the TimePeriod doc:
// - The periods of a date: the narrowest dated exception covering it (the first listed among
//   equally narrow ones), closed or with its periods; else the whole day when always open; else
//   the weekly periods of its day of the week; with no weekly periods at all, the date is unknown.
// - A period of date D runs from D at `opens` to `closes` on D when it is later than `opens`, on
//   D + 1 when it is earlier (crossing midnight) or equal (24 hours); "24:00" is D + 1 at 00:00.
// - A wall time is turned into an instant as the docs say: a time the clock shows twice is its
//   first pass (Temporal's disambiguation 'earlier'); a time the clock skips is the moment of the
//   jump (the zone's next transition after the 'earlier' reading). A period whose two instants are
//   equal (wholly inside skipped time) never happens.
// - At an instant: open when some period holds it ([start, end)); else unknown when the date the
//   clock shows has no known hours; else closed. The next change is the first later instant with
//   another state, found by walking every instant where the state can change: period edges, both
//   passes of each local midnight, and the zone's transitions.
import { Temporal } from 'temporal-polyfill';
import type { HoursException, OpeningHours, OpeningState, TimePeriod, Weekday } from '../src/hours/hours.js';

const ISO_WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su']; // dayOfWeek 1–7

export function refLocalDate(ms: number, timeZone: string): string {
  return Temporal.Instant.fromEpochMilliseconds(ms).toZonedDateTimeISO(timeZone).toPlainDate().toString();
}

const shifted = new Map<string, string>();

export function refAddDays(date: string, days: number): string {
  const key = `${date} ${days}`;
  let result = shifted.get(key);
  if (result === undefined) {
    result = Temporal.PlainDate.from(date).add({ days }).toString();
    if (shifted.size > 100_000) shifted.clear();
    shifted.set(key, result);
  }
  return result;
}

export function refWeekdayOf(date: string): Weekday {
  return ISO_WEEKDAYS[Temporal.PlainDate.from(date).dayOfWeek - 1] ?? 'mo';
}

/** The exception that decides a date: the narrowest covering it, the first listed among equals. */
function exceptionFor(hours: OpeningHours, date: string): HoursException | undefined {
  const day = Temporal.PlainDate.from(date);
  let best: { exception: HoursException; length: number } | undefined;
  for (const exception of hours.exceptions ?? []) {
    const from = Temporal.PlainDate.from(exception.date);
    const to = Temporal.PlainDate.from(exception.to ?? exception.date);
    if (Temporal.PlainDate.compare(from, day) > 0 || Temporal.PlainDate.compare(day, to) > 0) continue;
    const length = from.until(to).days;
    if (!best || length < best.length) best = { exception, length };
  }
  return best?.exception;
}

/** The periods of a date and the exception they come from; undefined periods: the date is unknown. */
export function refPeriodsOn(
  hours: OpeningHours,
  date: string,
): { periods: TimePeriod[] | undefined; exception?: HoursException } {
  const exception = exceptionFor(hours, date);
  const sorted = (list: readonly TimePeriod[]): TimePeriod[] =>
    list
      .map(({ opens, closes }) => ({ opens, closes }))
      .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
  if (exception) return { periods: exception.closed ? [] : sorted(exception.periods ?? []), exception };
  if (hours.alwaysOpen) return { periods: [{ opens: '00:00', closes: '24:00' }] };
  if (!hours.weekly?.length) return { periods: undefined };
  const weekday = refWeekdayOf(date);
  return { periods: sorted(hours.weekly.filter((p) => p.days.includes(weekday))) };
}

function minutes(time: string): number {
  const [h, m] = time.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** The instant of a wall time, read as stated at the top; `later` takes the second pass of a repeated time. */
function wallInstant(timeZone: string, date: Temporal.PlainDate, minutesSinceMidnight: number, later = false): number {
  const wall = date.toPlainDateTime().add({ minutes: minutesSinceMidnight });
  const zoned = wall.toZonedDateTime(timeZone, { disambiguation: later ? 'later' : 'earlier' });
  if (zoned.toPlainDateTime().equals(wall)) return zoned.epochMilliseconds;
  const jump = wall.toZonedDateTime(timeZone, { disambiguation: 'earlier' }).getTimeZoneTransition('next');
  if (!jump) throw new Error(`no transition after the skipped time ${wall.toString()} in ${timeZone}`);
  return jump.epochMilliseconds;
}

const transitionCache = new Map<string, number[]>();

/** The zone's transitions from 1970 to 2045, in ms. */
export function refTransitions(timeZone: string): number[] {
  let list = transitionCache.get(timeZone);
  if (!list) {
    list = [];
    const end = Temporal.Instant.from('2045-01-01T00:00:00Z').epochMilliseconds;
    let at: Temporal.ZonedDateTime | null = Temporal.Instant.from('1970-01-01T00:00:00Z').toZonedDateTimeISO(timeZone);
    while ((at = at.getTimeZoneTransition('next')) && at.epochMilliseconds < end) list.push(at.epochMilliseconds);
    transitionCache.set(timeZone, list);
  }
  return list;
}

interface Day {
  known: boolean;
  /** [start, end) instants of the date's periods that happen. */
  intervals: [number, number][];
  /** Instants where the state may change because of this date: its edges and its midnight. */
  edges: number[];
}

export interface RefStatus {
  state: OpeningState;
  changesAt?: number;
}

/** The reference for one schedule: days are worked out once and kept. */
export class HoursReference {
  private readonly days = new Map<string, Day>();
  readonly timeZone: string;

  constructor(readonly hours: OpeningHours) {
    this.timeZone = hours.timeZone;
  }

  day(date: string): Day {
    let day = this.days.get(date);
    if (!day) {
      const plain = Temporal.PlainDate.from(date);
      const { periods } = refPeriodsOn(this.hours, date);
      const intervals: [number, number][] = [];
      for (const { opens, closes } of periods ?? []) {
        const start = minutes(opens);
        const end = closes === '24:00' ? 1440 : minutes(closes) + (minutes(closes) <= start ? 1440 : 0);
        const from = wallInstant(this.timeZone, plain, start);
        const to = wallInstant(this.timeZone, plain, end);
        if (to > from) intervals.push([from, to]);
      }
      const edges = intervals.flat();
      edges.push(wallInstant(this.timeZone, plain, 0), wallInstant(this.timeZone, plain, 0, true));
      day = { known: periods !== undefined, intervals, edges };
      this.days.set(date, day);
    }
    return day;
  }

  state(ms: number): OpeningState {
    const date = refLocalDate(ms, this.timeZone);
    for (let d = -3; d <= 2; d++) {
      if (this.day(refAddDays(date, d)).intervals.some(([from, to]) => from <= ms && ms < to)) return 'open';
    }
    return this.day(date).known ? 'closed' : 'unknown';
  }

  /** The state at `ms` and the first later instant where it differs, looking `horizonDays` ahead. */
  status(ms: number, horizonDays: number): RefStatus {
    const state = this.state(ms);
    if (state === 'unknown') return { state };
    if (this.hours.alwaysOpen && !this.hours.exceptions?.length) return { state };
    const today = refLocalDate(ms, this.timeZone);
    const transitions = refTransitions(this.timeZone);
    let done = ms; // candidates up to here have been looked at
    const candidates = new Set<number>(transitions.filter((t) => t > ms));
    let next = -3; // the next date (after today) whose edges are to be added
    for (let ahead = 7; ahead <= horizonDays + 7; ahead += 7) {
      for (; next <= ahead; next++) for (const edge of this.day(refAddDays(today, next)).edges) candidates.add(edge);
      // Nothing from a date after today + ahead comes before the first pass of the midnight two days earlier.
      const limit = wallInstant(this.timeZone, Temporal.PlainDate.from(refAddDays(today, ahead - 1)), 0);
      const sorted = [...candidates].filter((c) => c > done && c < limit).sort((a, b) => a - b);
      for (const c of sorted) if (this.state(c) !== state) return { state, changesAt: c };
      done = Math.max(done, limit - 1);
    }
    return { state };
  }
}
