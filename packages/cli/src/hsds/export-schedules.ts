import { HSDS_DAY_CODES, type OpeningHours, type Weekday } from '@mrc-kit/sdk';
import { lose, textIn, type Context, type Rec } from './export-context.js';
import { utcOffsetHours } from './offset.js';
import { uuidFor } from './uuid.js';

// HSDS writes the end of a day as 23:59 (its times are HH:MM of one day; a datapackage time has no 24:00).
const ALL_DAY_END = '23:59';
const hsdsTime = (time: string) => (time === '24:00' ? ALL_DAY_END : time);

const ALL_DAYS = Object.keys(HSDS_DAY_CODES) as Weekday[];

/** The weekdays (`mo`…`su`) from `from` to `to`, both YYYY-MM-DD, at most a week's worth. */
function weekdaysBetween(from: string, to: string): Set<string> {
  const days = new Set<string>();
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Math.min(Date.parse(`${to}T00:00:00Z`), first + 6 * 86_400_000);
  for (let t = first; t <= last; t += 86_400_000) days.add(ALL_DAYS[(new Date(t).getUTCDay() + 6) % 7]!);
  return days;
}

/** The RRULE days (`MO,TU`) from one date to another: a dated schedule repeats on those only. */
export function weekdaysOf(from: string, to: string): string {
  const days = weekdaysBetween(from, to);
  return ALL_DAYS.filter((d) => days.has(d))
    .map((d) => HSDS_DAY_CODES[d])
    .join(',');
}

/**
 * Weekly periods become weekly RRULE schedules; dated special hours become dated schedules. HSDS
 * schedules add up instead of replacing each other, so dated hours are exported only on days
 * without weekly hours (elsewhere they would be read as weekly hours plus the special ones), and
 * a closed day cannot be written at all: both are reported.
 */
export function schedules(owner: string, hours: OpeningHours | undefined, path: string, ctx: Context): Rec[] {
  if (!hours) return [];
  let timezone = ctx.offsets.get(hours.timeZone);
  if (timezone === undefined) {
    timezone = utcOffsetHours(hours.timeZone, ctx.now);
    ctx.offsets.set(hours.timeZone, timezone);
  }
  const description = textIn(hours.note, ctx);
  const out: Rec[] = [];
  const open = new Set<string>(hours.alwaysOpen ? ALL_DAYS : (hours.weekly ?? []).flatMap((p) => p.days));
  if (hours.alwaysOpen) {
    out.push({
      id: uuidFor('schedule', owner, 'always'),
      freq: 'WEEKLY',
      byday: Object.values(HSDS_DAY_CODES).join(','),
      opens_at: '00:00',
      closes_at: ALL_DAY_END,
      timezone,
    });
  }
  hours.weekly?.forEach((period, i) => {
    out.push({
      id: uuidFor('schedule', owner, 'weekly', i),
      freq: 'WEEKLY',
      interval: 1,
      byday: period.days.map((d) => HSDS_DAY_CODES[d]).join(','),
      opens_at: period.opens,
      closes_at: hsdsTime(period.closes),
      timezone,
    });
  });
  hours.exceptions?.forEach((exception, i) => {
    const where = `${path}.hours.exceptions[${i}]`;
    if (exception.closed) {
      lose(
        ctx,
        where,
        'HSDS 3 schedules add up and cannot say a place is closed on a date; this closed day is not exported',
      );
      return;
    }
    const days = weekdaysBetween(exception.date, exception.to ?? exception.date);
    const clash = [...days].some((d) => open.has(d));

    if (clash) {
      lose(
        ctx,
        where,
        'HSDS 3 schedules add up: these special hours fall on a day with weekly hours and would be read as both; not exported',
      );
      return;
    }
    exception.periods?.forEach((period, j) => {
      out.push({
        id: uuidFor('schedule', owner, 'exception', i, j),
        valid_from: exception.date,
        valid_to: exception.to ?? exception.date,
        dtstart: exception.date,
        freq: 'WEEKLY',
        byday: weekdaysOf(exception.date, exception.to ?? exception.date),
        opens_at: period.opens,
        closes_at: hsdsTime(period.closes),
        timezone,
      });
    });
    if (exception.note !== undefined) lose(ctx, `${where}.note`, 'HSDS 3 has no note for dated hours; not exported');
  });
  if (description !== undefined && out[0]) out[0].description = description;
  return out;
}
