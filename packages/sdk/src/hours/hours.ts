import type { LocalizedText } from '../model/text.js';
import { isTimeZone, transitionBetween, wallInstant, wallTime, zoneOffsetMinutes } from './time-zone.js';

export type Weekday = 'mo' | 'tu' | 'we' | 'th' | 'fr' | 'sa' | 'su';

/**
 * A span of opening time on one day, as "HH:MM" wall-clock times of the place. `closes` may be
 * "24:00"; a `closes` before `opens` ends on the next day (22:00–02:00 ends at 02:00 the day
 * after), and one equal to `opens` makes 24 hours (08:00–08:00 ends at 08:00 the day after; a
 * whole day from midnight is 00:00–24:00). The period still belongs to the day it opens on.
 */
export interface TimePeriod {
  opens: string;
  closes: string;
}

/** A period repeated on some days of every week. A day may have several (09:00–12:00 and 14:00–17:00). */
export interface WeeklyPeriod extends TimePeriod {
  days: Weekday[];
}

/**
 * Hours that replace the weekly ones from `date` to `to` (inclusive, YYYY-MM-DD): either
 * `closed: true`, or special `periods`.
 */
export interface HoursException {
  date: string;
  to?: string;
  closed?: boolean;
  periods?: TimePeriod[];
  note?: LocalizedText;
}

/**
 * When a place is open, in its own time zone. Without weekly periods, only the dates of the
 * exceptions are known: every other date is unknown, not closed.
 */
export interface OpeningHours {
  timeZone: string;
  alwaysOpen?: boolean;
  weekly?: WeeklyPeriod[];
  exceptions?: HoursException[];
  note?: LocalizedText;
}

export type OpeningState = 'open' | 'closed' | 'unknown';

export interface OpeningStatus {
  state: OpeningState;
  /**
   * When the state next changes: to closed or unknown when open; to open, or to unknown where the
   * known dates end, when closed. Absent when unknown, and when nothing changes within about 400 days.
   */
  changesAt?: Date;
}

// ---- Dates: YYYY-MM-DD strings and day numbers (days since 1970-01-01) -------------------------

const WEEKDAYS: readonly Weekday[] = ['su', 'mo', 'tu', 'we', 'th', 'fr', 'sa']; // Date#getUTCDay order
const DAY_MS = 86_400_000;
const DAY_MINUTES = 1440;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
export const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;

/** The day number of a calendar date, undefined for an impossible one (February 30). */
function dayOf(year: number, month: number, day: number): number | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  // setUTCFullYear, unlike Date.UTC, keeps years 0–99; an impossible day rolls into the next month.
  const ms = new Date(0).setUTCFullYear(year, month - 1, day);
  return new Date(ms).getUTCDate() === day ? ms / DAY_MS : undefined;
}

export function dayNumber(date: string): number | undefined {
  const match = DATE.exec(date);
  return match ? dayOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function requireDay(date: string): number {
  const day = dayNumber(date);
  if (day === undefined) throw new RangeError(`"${date}" is not a date as YYYY-MM-DD`);
  return day;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function dateOf(day: number): string {
  const d = new Date(day * DAY_MS);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
}

function weekdayIndex(day: number): number {
  return new Date(day * DAY_MS).getUTCDay();
}

/** The date (YYYY-MM-DD) that the wall calendar of `timeZone` shows at that instant. */
export function localDate(at: Date, timeZone: string): string {
  const t = wallTime(at, timeZone);
  return `${pad(t.year, 4)}-${pad(t.month, 2)}-${pad(t.day, 2)}`;
}

/** The date `days` (an integer, may be negative) after `date`. Throws a RangeError for an invalid date. */
export function addDays(date: string, days: number): string {
  return dateOf(requireDay(date) + days);
}

/** The day of the week of a YYYY-MM-DD date. Throws a RangeError for an invalid date. */
export function weekdayOf(date: string): Weekday {
  return WEEKDAYS[weekdayIndex(requireDay(date))] ?? 'su';
}

/** Minutes since midnight of "HH:MM" or "24:00", undefined otherwise. */
export function minutesOf(time: string): number | undefined {
  if (time === '24:00') return DAY_MINUTES;
  const match = TIME.exec(time);
  return match ? Number(match[1]) * 60 + Number(match[2]) : undefined;
}

// ---- Which periods apply on a date -------------------------------------------------------------

interface DatedException {
  from: number;
  to: number;
  exception: HoursException;
}

/**
 * The exceptions that can apply, narrowest range first: a special day inside a longer closure
 * ("closed 20 Dec–5 Jan, but open 09:00–12:00 on 2 Jan") wins over the closure.
 * Malformed ones are skipped rather than guessed at.
 */
function datedExceptions(hours: OpeningHours): DatedException[] {
  const dated: DatedException[] = [];
  for (const exception of hours.exceptions ?? []) {
    const from = dayNumber(exception.date);
    const to = exception.to === undefined ? from : dayNumber(exception.to);
    const valid = exception.closed === true || Array.isArray(exception.periods);
    if (from !== undefined && to !== undefined && to >= from && valid) dated.push({ from, to, exception });
  }
  return dated.sort((a, b) => a.to - a.from - (b.to - b.from));
}

function exceptionOn<T extends DatedException>(dated: readonly T[], day: number): T | undefined {
  return dated.find((d) => d.from <= day && day <= d.to);
}

function byOpening(periods: readonly TimePeriod[]): TimePeriod[] {
  return periods
    .map(({ opens, closes }) => ({ opens, closes }))
    .sort((a, b) => (a.opens < b.opens ? -1 : a.opens > b.opens ? 1 : 0));
}

/**
 * The periods that start on a local date (YYYY-MM-DD), sorted by opening time, and the exception
 * they come from if any. A period that crosses midnight is listed on the day it opens only.
 * Empty periods mean closed, or unknown when `hours` has no weekly periods and no exception
 * covers the date. Throws a RangeError for an invalid date.
 */
export function periodsOn(hours: OpeningHours, date: string): { periods: TimePeriod[]; exception?: HoursException } {
  const day = requireDay(date);
  const dated = exceptionOn(datedExceptions(hours), day);
  if (dated) {
    const { exception } = dated;
    return { periods: exception.closed ? [] : byOpening(exception.periods ?? []), exception };
  }
  if (hours.alwaysOpen) return { periods: [{ opens: '00:00', closes: '24:00' }] };
  const weekday = WEEKDAYS[weekdayIndex(day)] ?? 'su';
  return { periods: byOpening((hours.weekly ?? []).filter((p) => p.days.includes(weekday))) };
}

// ---- Opening status ----------------------------------------------------------------------------

/** [start, end) in wall-clock minutes: after the day's midnight, or after 1970-01-01 00:00 in a run. */
type Span = [start: number, end: number];

interface Schedule {
  /** By weekday index; undefined when there are no weekly hours, so the day is unknown. */
  weekly: (Span[] | undefined)[];
  exceptions: (DatedException & { spans: Span[] })[];
}

function spansOf(periods: readonly TimePeriod[]): Span[] {
  const spans: Span[] = [];
  for (const { opens, closes } of periods) {
    const start = minutesOf(opens);
    const end = minutesOf(closes);
    if (start === undefined || end === undefined || start >= DAY_MINUTES) continue;
    spans.push([start, end > start ? end : end + DAY_MINUTES]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** The schedule for days `first` to `last`: exceptions outside them (past years' holidays) are left out. */
function compile(hours: OpeningHours, first: number, last: number): Schedule {
  const periods = hours.weekly ?? [];
  const weekly = WEEKDAYS.map((w): Span[] | undefined => {
    if (hours.alwaysOpen) return [[0, DAY_MINUTES]];
    return periods.length ? spansOf(periods.filter((p) => p.days.includes(w))) : undefined;
  });
  const exceptions = datedExceptions(hours)
    .filter((d) => d.to >= first && d.from <= last)
    .map((d) => ({
      ...d,
      spans: d.exception.closed ? [] : spansOf(d.exception.periods ?? []),
    }));
  return { weekly, exceptions };
}

function spansOn(schedule: Schedule, day: number): Span[] | undefined {
  return exceptionOn(schedule.exceptions, day)?.spans ?? schedule.weekly[weekdayIndex(day)];
}

/**
 * Walks the days from `first` to `last`, yielding the opening runs in wall-clock minutes, with
 * periods that touch or overlap merged (Monday 00:00–24:00 and Tuesday 00:00–24:00 are one run),
 * and the day number of each unknown day. Merging on the wall clock keeps 00:00–03:00 and
 * 02:30–05:00 one run even when DST skips 02:00–03:00.
 */
function* runs(schedule: Schedule, first: number, last: number): Generator<Span | number> {
  let run: Span | undefined;
  for (let day = first; day <= last; day++) {
    const spans = spansOn(schedule, day);
    if (spans === undefined) {
      // Nothing on an unknown day extends the run, and later days start after it ends.
      if (run) yield run;
      run = undefined;
      yield day;
      continue;
    }
    for (const [opens, closes] of spans) {
      const start = day * DAY_MINUTES + opens;
      const end = day * DAY_MINUTES + closes;
      if (run && start <= run[1]) run[1] = Math.max(run[1], end);
      else {
        if (run) yield run;
        run = [start, end];
      }
    }
  }
  if (run) yield run;
}

const LOOKAHEAD_DAYS = 400;
// A period ends at most a day after the day it opens on ends; one more day covers a clock that went back.
const LOOKBACK_DAYS = 2;
// Runs ending this long before now on the wall clock are past, plus as much as the clock went back
// in the last two days (usually an hour; Kwajalein went back 23 hours in 1969).
const PAST_MARGIN_MINUTES = 6 * 60;

/**
 * Whether the place is open at `at` (default: now), computed in its own time zone, and when that
 * next changes. Undefined hours, or a date with no weekly periods and no exception, are unknown:
 * never closed. A period that crosses midnight belongs to the day it opens on, so Friday
 * 22:00–02:00 is open early on Saturday even when Saturday is closed.
 *
 * Around clock changes, a time the clock skips is read as the moment of the jump (a period lying
 * wholly in a skipped hour, or on a day a zone skipped, does not happen), and a time the clock
 * shows twice as its first pass. Whether a date is known is read from the date the clock shows.
 */
export function openingStatus(hours: OpeningHours | undefined, at: Date = new Date()): OpeningStatus {
  const now = at.getTime();
  if (!hours || !isTimeZone(hours.timeZone) || Number.isNaN(now)) return { state: 'unknown' };

  const timeZone = hours.timeZone;
  const wall = wallTime(at, timeZone);
  const today = dayOf(wall.year, wall.month, wall.day) ?? 0;
  // Earlier days too: their late periods may still be open.
  const first = today - LOOKBACK_DAYS;
  const last = today + LOOKAHEAD_DAYS;
  const schedule = compile(hours, first, last);
  if (hours.alwaysOpen && schedule.exceptions.length === 0) return { state: 'open' };
  const nowMinute = today * DAY_MINUTES + wall.minutes;
  // The offset now, to the minute, from the wall clock already read.
  const offsetNow = Math.floor((nowMinute * 60_000 - now) / 60_000);
  const pastMargin = PAST_MARGIN_MINUTES + Math.max(0, zoneOffsetMinutes(now - 2 * DAY_MS, timeZone) - offsetNow);
  const todayKnown = spansOn(schedule, today) !== undefined;
  const resolve = (minute: number, pass: 'earlier' | 'later' = 'earlier'): { instant: number; skipped: boolean } => {
    const day = Math.floor(minute / DAY_MINUTES);
    const date = new Date(day * DAY_MS);
    const sinceMidnight = minute - day * DAY_MINUTES;
    return wallInstant(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), sinceMidnight, timeZone, pass);
  };
  const instant = (minute: number, pass: 'earlier' | 'later' = 'earlier'): number => resolve(minute, pass).instant;
  /**
   * When the clock next shows the start of `day` after now: the second pass when a clock going back
   * repeats that midnight and now is between the two. Undefined when the zone skipped the day.
   */
  const dayBegins = (day: number): number | undefined => {
    let begins = instant(day * DAY_MINUTES);
    if (begins <= now) begins = instant(day * DAY_MINUTES, 'later');
    const t = wallTime(new Date(begins), timeZone);
    return begins > now && dayOf(t.year, t.month, t.day) === day ? begins : undefined;
  };
  // A clock going back over midnight (St John's, until 2011) shows an earlier date again for a
  // while: when that date has no known hours, a closed place turns unknown then.
  let backToUnknown: number | undefined;
  if (todayKnown && zoneOffsetMinutes(now + DAY_MS, timeZone) < offsetNow) {
    const back = transitionBetween(now, now + DAY_MS, timeZone);
    const t = wallTime(new Date(back), timeZone);
    const date = dayOf(t.year, t.month, t.day) ?? today;
    if (date < today && spansOn(schedule, date) === undefined) backToUnknown = back;
  }
  const notOpen = (next: number | undefined): OpeningStatus => {
    if (!todayKnown) return { state: 'unknown' };
    const changesAt =
      backToUnknown !== undefined && (next === undefined || backToUnknown < next) ? backToUnknown : next;
    return changesAt === undefined ? { state: 'closed' } : { state: 'closed', changesAt: new Date(changesAt) };
  };

  let openUntil: number | undefined;
  for (const item of runs(schedule, first, last)) {
    if (typeof item === 'number') {
      if (item <= today) continue;
      const begins = dayBegins(item);
      if (begins === undefined) continue;
      if (openUntil === undefined) return notOpen(begins);
      // Open into the unknown day: the next run tells whether anything follows without a break.
      if (begins >= openUntil) return { state: 'open', changesAt: new Date(openUntil) };
      continue;
    }
    const [startMinute, endMinute] = item;
    if (openUntil === undefined && endMinute + pastMargin < nowMinute) continue;
    const { instant: start, skipped } = resolve(startMinute);
    if (openUntil !== undefined) {
      // Runs apart on the wall clock can still touch in real time around a clock change.
      if (start > openUntil) return { state: 'open', changesAt: new Date(openUntil) };
      openUntil = Math.max(openUntil, instant(endMinute));
    } else if (start > now) {
      // Only a run opening at a skipped time can lie wholly in skipped time, and then never happens.
      if (!skipped || instant(endMinute) > start) return notOpen(start);
    } else {
      const end = instant(endMinute);
      if (end > now) openUntil = end;
    }
  }
  if (openUntil === undefined) return notOpen(undefined);
  // A run reaching the end of the lookahead may go on beyond it: no known change.
  return openUntil < instant((last + 1) * DAY_MINUTES)
    ? { state: 'open', changesAt: new Date(openUntil) }
    : { state: 'open' };
}

/**
 * When a place that is closed at `at` opens next, or undefined: when it is open or its hours are
 * unknown, or when what follows the closure is unknown hours (saying "opens at midnight" would
 * then be a guess).
 */
export function nextOpening(hours: OpeningHours | undefined, at: Date = new Date()): Date | undefined {
  return changeTo('closed', 'open', hours, at);
}

/** When a place that is open at `at` closes next, or undefined (see {@link nextOpening}). */
export function nextClosing(hours: OpeningHours | undefined, at: Date = new Date()): Date | undefined {
  return changeTo('open', 'closed', hours, at);
}

function changeTo(from: OpeningState, to: OpeningState, hours: OpeningHours | undefined, at: Date): Date | undefined {
  const now = openingStatus(hours, at);
  if (now.state !== from || !now.changesAt) return undefined;
  return openingStatus(hours, now.changesAt).state === to ? now.changesAt : undefined;
}
