// Time-zone arithmetic on top of Intl, which already carries the IANA database: no date library
// has to ship in browser bundles.

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Wall-clock fields of an instant in a time zone. */
export interface WallTime {
  year: number;
  /** 1 = January. */
  month: number;
  day: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
  /** Minutes since local midnight, 0–1439. */
  minutes: number;
}

// Creating a DateTimeFormat is far slower than using one, and every status check needs several.
const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatter(timeZone: string): Intl.DateTimeFormat | null {
  let format = formatters.get(timeZone);
  if (format === undefined) {
    try {
      format = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      format = null;
    }
    formatters.set(timeZone, format);
  }
  return format;
}

/**
 * True when `name` is an IANA time zone known to this engine, such as "Africa/Dakar".
 * UTC offsets such as "+05:00" are refused even where the engine takes them: older engines don't,
 * so accepting them would make the same data valid in one browser and not in another.
 */
export function isTimeZone(name: string): boolean {
  return /^[A-Za-z]/.test(name) && formatter(name) !== null;
}

function requireFormatter(timeZone: string): Intl.DateTimeFormat {
  const format = formatter(timeZone);
  if (format === null) throw new RangeError(`"${timeZone}" is not an IANA time zone`);
  return format;
}

/** Milliseconds since the epoch of a wall-clock time read as UTC. Unlike Date.UTC, years 0–99 stay as given. */
function utc(year: number, month: number, day: number, minutes = 0, seconds = 0): number {
  return new Date(0).setUTCFullYear(year, month - 1, day) + minutes * MINUTE + seconds * 1000;
}

interface Fields {
  year: number;
  month: number;
  day: number;
  minutes: number;
  seconds: number;
}

function fields(instantMs: number, timeZone: string): Fields {
  const f: Fields = { year: 0, month: 1, day: 1, minutes: 0, seconds: 0 };
  for (const { type, value } of requireFormatter(timeZone).formatToParts(instantMs)) {
    const n = Number(value);
    if (type === 'year') f.year = n;
    else if (type === 'month') f.month = n;
    else if (type === 'day') f.day = n;
    // Some engines still write midnight as hour 24 of the same day.
    else if (type === 'hour') f.minutes += (n % 24) * 60;
    else if (type === 'minute') f.minutes += n;
    else if (type === 'second') f.seconds = n;
  }
  return f;
}

/** The zone's offset from UTC in minutes at that instant: 60 for Paris in winter, -210 for St John's. */
export function zoneOffsetMinutes(instantMs: number, timeZone: string): number {
  const f = fields(instantMs, timeZone);
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  return (utc(f.year, f.month, f.day, f.minutes, f.seconds) - wholeSecond) / MINUTE;
}

/** The wall-clock date and time of an instant in a time zone. */
export function wallTime(instant: Date, timeZone: string): WallTime {
  const f = fields(instant.getTime(), timeZone);
  const weekday = new Date(utc(f.year, f.month, f.day)).getUTCDay();
  return { year: f.year, month: f.month, day: f.day, weekday, minutes: f.minutes };
}

/**
 * The instant (ms since the epoch) at which the wall clock of `timeZone` shows that date and time.
 * `minutesSinceMidnight` may be 1440 or more (24:00 is the next day's midnight).
 * A time that happens twice (02:30 when clocks go back from 03:00 to 02:00) gives the earlier
 * instant, or the later with `pass: 'later'`. A time the clock skips (02:30 when clocks jump from
 * 02:00 to 03:00, or any time of a day a zone skipped) gives the instant of the jump: the first
 * instant whose wall clock shows that time or later. So a later wall time never gives an earlier instant.
 */
export function zonedToInstant(...args: Parameters<typeof wallInstant>): number {
  return wallInstant(...args).instant;
}

/** {@link zonedToInstant}, and whether the clock skipped that time. */
export function wallInstant(
  year: number,
  month: number,
  day: number,
  minutesSinceMidnight: number,
  timeZone: string,
  pass: 'earlier' | 'later' = 'earlier',
): { instant: number; skipped: boolean } {
  const local = utc(year, month, day, minutesSinceMidnight);
  // Guessing with the offset of a day earlier means that inside a repeated hour the first pass
  // already lands on the earlier instant, and inside a skipped hour on the offset before the jump.
  const guess = zoneOffsetMinutes(local - DAY, timeZone);
  const instant = local - guess * MINUTE;
  const second = zoneOffsetMinutes(instant, timeZone);
  if (second === guess) {
    if (pass === 'earlier') return { instant, skipped: false };
    // The later pass, if the time is repeated, is read with the offset after the change.
    const after = zoneOffsetMinutes(local + DAY, timeZone);
    const later = local - after * MINUTE;
    const repeated = after !== guess && zoneOffsetMinutes(later, timeZone) === after;
    return { instant: repeated ? later : instant, skipped: false };
  }
  const third = zoneOffsetMinutes(local - second * MINUTE, timeZone);
  if (third === second) return { instant: local - second * MINUTE, skipped: false };
  // Neither offset fits: the time was skipped. Offsets rise at a skip: the jump lies between the
  // time read with the new (larger) offset and with the old one.
  const from = local - Math.max(second, third) * MINUTE;
  return { instant: transitionBetween(from, local - Math.min(second, third) * MINUTE, timeZone), skipped: true };
}

/** The first whole second after `from` whose offset differs from the offset at `from` (at most `to`). */
export function transitionBetween(from: number, to: number, timeZone: string): number {
  const offset = zoneOffsetMinutes(from, timeZone);
  let lo = Math.floor(from / 1000);
  let hi = Math.ceil(to / 1000);
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (zoneOffsetMinutes(mid * 1000, timeZone) === offset) lo = mid;
    else hi = mid;
  }
  return hi * 1000;
}
