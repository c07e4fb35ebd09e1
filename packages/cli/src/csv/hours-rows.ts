import { present } from '../present.js';
import type { Cells } from './cells.js';
import { readDays } from './days.js';
import { skipRow, type Children, type RawRecord } from './rows.js';
import { readDate, readTime } from './values.js';

/**
 * The opening and closing times of an hours row, checked as the SDK checks a period (an opening
 * time up to 23:59, a closing time up to 24:00; a period may cross midnight, and one that closes
 * when it opens lasts 24 hours). A period the SDK would refuse makes it drop every period of the
 * centre: such a row is skipped here instead, alone. Undefined when the row is skipped.
 */
function readPeriod(c: Cells): { opens?: string; closes?: string } | undefined {
  const opens = c.needed('opens', (v) => readTime(v, false));
  const closes = opens && c.needed('closes', (v) => readTime(v, true));
  if (!opens || !closes) return undefined;
  return { opens: opens.value, closes: closes.value };
}

/** Reads one row of hours.csv into the weekly periods or the dated exceptions of its owner. */
export function addHours(c: Cells, hours: Children, locale: string): void {
  const { source } = hours;
  const days = c.list('days');
  const date = c.needed('date', readDate);
  if (!date) return;
  if (days && c.text('date') !== undefined) {
    return void skipRow(c, 'date', 'a row gives either weekly days or a date, not both');
  }
  const period = readPeriod(c);
  if (!period) return;
  const { opens, closes } = period;
  const note = c.localized('note', locale);
  if (days) {
    const read = readDays(days);
    if ('wrong' in read) {
      return void skipRow(
        c,
        'days',
        `"${read.wrong}" is not a day: write mo, tu, we, th, fr, sa, su or a range such as mo-fr`,
      );
    }
    if (opens === undefined || closes === undefined) {
      const missing = opens === undefined ? 'opens' : 'closes';
      return void skipRow(c, missing, 'a weekly period needs opens and closes (HH:MM)');
    }
    if (note !== undefined) c.reject('note', 'a note belongs to a dated row; weekly hours have one note, hours_note');
    (hours.weekly ??= []).push({ days: read.days, opens, closes });
    (source.weekly ??= []).push(c.row.line);
    return;
  }
  if (date.value === undefined)
    return void skipRow(c, 'days', 'the row needs days (weekly hours) or a date (an exception)');
  const to = c.needed('to', readDate);
  if (!to) return;
  if (to.value !== undefined && to.value < date.value) {
    return void skipRow(c, 'to', `${to.value} is before the date ${date.value}`);
  }
  const closed = c.flag('closed') === true;
  if (!closed && (opens === undefined || closes === undefined)) {
    const missing = opens === undefined ? 'opens' : 'closes';
    return void skipRow(c, missing, 'a dated row is closed (closed = yes) or has opens and closes');
  }
  // Several rows of one date (09:00–12:00, 14:00–17:00) make one exception with several periods.
  const same = hours.exceptions?.find(
    (e) => e.date === date.value && e.to === to.value && e.closed === undefined && !closed,
  );
  if (same) {
    (same.periods as RawRecord[]).push({ opens, closes });
    return;
  }
  (hours.exceptions ??= []).push(
    present({
      date: date.value,
      to: to.value,
      closed: closed || undefined,
      periods: closed ? undefined : [{ opens, closes }],
      note,
    }),
  );
  (source.exceptions ??= []).push(c.row.line);
}
