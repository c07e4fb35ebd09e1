import { dayNumber, weekdayOf, type Weekday } from '../hours/hours.js';
import { quote, type Node, type Report, text } from './read.js';
import { HSDS_DAY_CODES } from './vocabulary.js';
import { parseTime } from './zones.js';

/** One HSDS schedule read as "these days, from … to …", with the dates it is valid on. */
export interface Rule {
  node: Node;
  days: Weekday[];
  opens: string;
  closes: string;
  /** UTC offset written on opens_at / closes_at, to compare with the zone. */
  offset?: number;
  /** First and last valid day (YYYY-MM-DD), from valid_from/dtstart and valid_to/until. */
  start?: string;
  end?: string;
}

const WEEK = Object.keys(HSDS_DAY_CODES) as Weekday[];
const BY_CODE: ReadonlyMap<string, Weekday> = new Map(WEEK.map((day) => [HSDS_DAY_CODES[day], day]));
const DAY_NAMES: Readonly<Record<string, Weekday>> = {
  mon: 'mo',
  monday: 'mo',
  tue: 'tu',
  tues: 'tu',
  tuesday: 'tu',
  wed: 'we',
  wednesday: 'we',
  thu: 'th',
  thur: 'th',
  thurs: 'th',
  thursday: 'th',
  fri: 'fr',
  friday: 'fr',
  sat: 'sa',
  saturday: 'sa',
  sun: 'su',
  sunday: 'su',
};

const WEEKDAY_NAMES: Readonly<Record<Weekday, string>> = {
  mo: 'Monday',
  tu: 'Tuesday',
  we: 'Wednesday',
  th: 'Thursday',
  fr: 'Friday',
  sa: 'Saturday',
  su: 'Sunday',
};

/** The fields of RFC 5545 that narrow a weekly rule in ways mrc-kit's weekly hours cannot. */
const NARROWING: Readonly<Record<string, string>> = {
  byweekno: 'limits the rule to some weeks of the year',
  bymonthday: 'limits the rule to some days of the month',
  byyearday: 'limits the rule to some days of the year',
  count: 'ends the rule after a number of occurrences',
};

function isGiven(value: unknown): boolean {
  return value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');
}

/** A YYYY-MM-DD date (a date-time is cut to its date); a value that is no date is reported and ignored. */
function readDate(node: Node, key: string, report: Report): string | undefined {
  const value = text(node, key);
  if (value === undefined) return undefined;
  const date = value.slice(0, 10);
  if (/^\d{4}-\d{2}-\d{2}($|T)/.test(value) && dayNumber(date) !== undefined) return date;
  report.repaired([...node.path, key], `${quote(value)} is not a date as YYYY-MM-DD; ignored`);
  return undefined;
}

/** `MO,TU` (RFC 5545), also `Mon, Tue`; ordinals such as `2MO` mean nothing in a weekly rule. */
function readDays(node: Node, report: Report, skip: (key: string, reason: string) => void): Weekday[] | undefined {
  const raw = text(node, 'byday');
  if (raw === undefined) return [];
  const days: Weekday[] = [];
  const path = [...node.path, 'byday'];
  for (const part of raw.split(/[,\s]+/).filter(Boolean)) {
    const m = /^([+-]?\d{1,2})?([A-Za-z]+)$/.exec(part);
    const word = m?.[2]?.toLowerCase() ?? '';
    const day = BY_CODE.get(word.toUpperCase()) ?? DAY_NAMES[word];
    if (!m || !day) {
      skip('byday', `${quote(part)} is not a day of the week (${Object.values(HSDS_DAY_CODES).join(', ')})`);
      return undefined;
    }
    if (m[1] !== undefined) {
      const every = HSDS_DAY_CODES[day];
      report.repaired(
        path,
        `${quote(part)}: a position in the month means nothing in a weekly rule; read as every ${every}`,
      );
    } else if (word.length > 2) report.repaired(path, `${quote(part)} read as ${HSDS_DAY_CODES[day]}`);
    if (!days.includes(day)) days.push(day);
  }
  return days;
}

/**
 * Reads the recurrence of one schedule. Returns undefined, with each reason reported, when the
 * schedule cannot be shown as mrc-kit hours, and also (quietly) when it gives no times at all:
 * its description still becomes the hours' note.
 */
export function readRule(node: Node, report: Report): Rule | undefined {
  const v = node.value;
  if (!isGiven(v.opens_at) && !isGiven(v.closes_at) && !isGiven(v.byday) && !isGiven(v.freq)) return undefined;
  let usable = true;
  const skip = (key: string, reason: string) => {
    usable = false;
    report.skipped([...node.path, key], `${reason}; this schedule is left out`);
  };

  const freq = text(node, 'freq')?.toUpperCase();
  if (freq !== undefined && freq !== 'WEEKLY' && freq !== 'DAILY') {
    skip('freq', `freq ${quote(text(node, 'freq'))}: only weekly and daily rules can be shown as mrc-kit hours`);
  }
  const interval = v.interval;
  if (isGiven(interval) && Number(interval) !== 1) {
    skip(
      'interval',
      `interval ${quote(interval)}: a rule that repeats every ${String(interval)} weeks cannot be shown as weekly hours`,
    );
  }
  for (const [key, what] of Object.entries(NARROWING)) {
    if (isGiven(v[key])) skip(key, `${key} ${quote(v[key])} ${what}, which mrc-kit hours cannot express`);
  }

  let days = readDays(node, report, skip);
  const dtstart = readDate(node, 'dtstart', report);
  if (days && days.length === 0) {
    if (freq === 'DAILY') days = [...WEEK];
    else if (dtstart !== undefined) {
      days = [weekdayOf(dtstart)];
      report.repaired(
        [...node.path, 'byday'],
        `no byday: the rule repeats on the weekday of dtstart ${dtstart} (${HSDS_DAY_CODES[days[0]!]})`,
      );
    } else skip('byday', 'no days of the week (byday)');
  }
  if (days && days.length > 0 && freq === undefined) {
    report.repaired([...node.path, 'freq'], 'no freq: read as a weekly rule on the days of byday');
  }

  const opens = parseTime(v.opens_at);
  const closes = parseTime(v.closes_at);
  const badTime = (key: 'opens_at' | 'closes_at', missing: string) =>
    skip(key, isGiven(v[key]) ? `${key} ${quote(v[key])} is not a time of day as HH:MM` : missing);
  if (!opens || opens.time === '24:00') badTime('opens_at', 'no opening time (opens_at)');
  if (!closes) badTime('closes_at', 'no closing time (closes_at)');
  if (opens && closes) {
    if (opens.offset !== closes.offset) {
      skip('closes_at', `opens_at ${quote(v.opens_at)} and closes_at ${quote(v.closes_at)} give different UTC offsets`);
    }
    if (opens.time === closes.time) skip('closes_at', `opens_at and closes_at are both ${opens.time}`);
    if (opens.truncated) report.repaired([...node.path, 'opens_at'], `${quote(v.opens_at)}: the seconds were dropped`);
    if (closes.truncated)
      report.repaired([...node.path, 'closes_at'], `${quote(v.closes_at)}: the seconds were dropped`);
  }

  const validFrom = readDate(node, 'valid_from', report);
  const validTo = readDate(node, 'valid_to', report);
  const until = readDate(node, 'until', report);
  const starts = [validFrom, dtstart].filter((d): d is string => d !== undefined).sort();
  const ends = [validTo, until].filter((d): d is string => d !== undefined).sort();
  const start = starts[starts.length - 1];
  const end = ends[0];
  if (start !== undefined && end !== undefined && end < start) {
    skip(end === validTo ? 'valid_to' : 'until', `it ends on ${end}, before it starts on ${start}`);
  }
  if (start !== undefined && start === end && days && days.length > 0 && !days.includes(weekdayOf(start))) {
    const which = validFrom === validTo ? 'valid_from and valid_to are both' : 'it is valid only on';
    const list = days.map((d) => HSDS_DAY_CODES[d]).join(', ');
    skip(
      validFrom === start ? 'valid_from' : 'dtstart',
      `${which} ${start}, a ${WEEKDAY_NAMES[weekdayOf(start)]}, which is not one of its days (${list}): it never applies`,
    );
  }
  if (!usable || !days || !opens || !closes) return undefined;
  // HSDS marks a service open around the clock with 00:00 to 23:59.
  const close = opens.time === '00:00' && closes.time === '23:59' ? '24:00' : closes.time;
  return {
    node,
    days,
    opens: opens.time,
    closes: close,
    ...(opens.offset !== undefined && { offset: opens.offset }),
    ...(start !== undefined && { start }),
    ...(end !== undefined && { end }),
  };
}
