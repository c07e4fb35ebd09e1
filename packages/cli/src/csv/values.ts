/** What a cell reader returns for a value it cannot use: why, and what to write instead. */
export interface Wrong {
  wrong: string;
}

export const isWrong = (value: unknown): value is Wrong =>
  typeof value === 'object' && value !== null && 'wrong' in value;

// 9:00, 09:00:00 (as spreadsheets write times), 9h and 9h30 (French), 9.30, 9:00 AM, 9 pm.
const TIME_CELL = /^(\d{1,2})(?:([:.h])(\d{2})(?::([0-5]\d))?|(h))?\s*(?:([ap])\.?\s?m\.?)?$/i;

/**
 * A time of day as HH:MM, from the ways people and spreadsheets write one. An opening time runs
 * from 00:00 to 23:59; a closing time may also be 24:00 (midnight at the end of the day), as the
 * SDK's hours rules say.
 */
export function readTime(value: string, closing: boolean): string | Wrong {
  const range = closing ? 'from 00:00 to 24:00' : 'from 00:00 to 23:59';
  const wrong = { wrong: `"${value}" is not a time of day as HH:MM ${range}` };
  const match = TIME_CELL.exec(value.trim());
  if (!match) return wrong;
  const [, h, separator, m, , bareH, half] = match;
  // A bare number ("9") could be anything: it needs minutes, an h or AM/PM.
  if (separator === undefined && bareH === undefined && half === undefined) return wrong;
  let hour = Number(h);
  const minute = Number(m ?? '0');
  if (minute > 59) return wrong;
  if (half !== undefined) {
    if (hour < 1 || hour > 12) return { wrong: `"${value}": with AM or PM the hour goes from 1 to 12` };
    hour = (hour % 12) + (half.toLowerCase() === 'p' ? 12 : 0);
  }
  if (hour === 24 && minute === 0 && closing) return '24:00';
  if (hour > 23) {
    return {
      wrong: closing ? wrong.wrong : `${wrong.wrong} ("24:00" is only a closing time; midnight opens at 00:00)`,
    };
  }
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

/** True when the year, month and day make a day of the calendar (no February 30). */
function isCalendarDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return month >= 1 && month <= 12 && day >= 1 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * A date as YYYY-MM-DD. A spreadsheet that turned the cell into a date may save it with a time
 * (`2026-01-31 00:00:00`), which is read without it. A date written day-first or month-first
 * (`31/01/2026`, as Excel saves dates with French or Spanish settings) is refused, since
 * 03/04/2026 may be either; the reason shows the form to write, with the date itself when it can
 * only be one.
 */
export function readDate(value: string): string | Wrong {
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[ T]00:00(?::00)?)?$/.exec(value);
  if (iso) {
    const [, y, m, d] = iso;
    if (isCalendarDay(Number(y), Number(m), Number(d))) return `${y}-${m}-${d}`;
    return { wrong: `"${value}" is not a day of the calendar` };
  }
  const other = DAY_FIRST.exec(value);
  if (!other) return { wrong: `"${value}" is not a date: write YYYY-MM-DD (format the column as text)` };
  const [a, b, year] = [Number(other[1]), Number(other[2]), other[3]!];
  const iso2 = (month: number, day: number) =>
    `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const only = a > 12 && b <= 12 ? iso2(b, a) : b > 12 && a <= 12 ? iso2(a, b) : undefined;
  const hint = only ? `write it as ${only} (YYYY-MM-DD)` : 'day and month cannot be told apart: write YYYY-MM-DD';
  return {
    wrong: `"${value}" is not a date as YYYY-MM-DD: ${hint}, and format the column as text so the spreadsheet keeps it`,
  };
}
