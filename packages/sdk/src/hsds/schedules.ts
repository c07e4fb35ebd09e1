import {
  addDays,
  dayNumber,
  weekdayOf,
  type HoursException,
  type TimePeriod,
  type WeeklyPeriod,
} from '../hours/hours.js';
import { isTimeZone } from '../hours/time-zone.js';
import { onlyTimeZone } from './countries.js';
import { quote, type Node, type Path, type Report, text } from './read.js';
import { readRule, type Rule } from './rules.js';
import { fixedZone, formatOffset, offsetsOf, parseOffset } from './zones.js';

export interface ScheduleContext {
  /** The centre's country, for its time zone when it has only one. */
  country?: string;
  /** The zone the caller says the places are in. */
  timeZone?: string;
  /** YYYY-MM-DD: schedules that ended before are left out. */
  today: string;
}

/** Opening hours in the kit's dataset format, before validation. */
export interface RawHours {
  timeZone: string;
  alwaysOpen?: boolean;
  weekly?: WeeklyPeriod[];
  exceptions?: HoursException[];
  note?: string;
}

/** Dated schedules up to this long become dated exceptions; longer ones, weekly hours. */
const MAX_DATED_DAYS = 31;

type ZoneResult = { zone: string } | { reason: string } | undefined;

/**
 * The zone one schedule is in, most reliable first: an IANA name in `timezone`, the caller's
 * option, a numeric UTC offset (the country's own zone when it matches, else a fixed `Etc/GMT`
 * zone), the country's only zone, an offset written on the times. Each inference is reported.
 * An offset written on the times that the zone chosen does not use leaves the schedule out
 * ({@link readSchedules}): in a country with one zone, it is a mistake, not another zone.
 */
function zoneOf(node: Node, offsetOnTimes: number | undefined, ctx: ScheduleContext, report: Report): ZoneResult {
  const path = [...node.path, 'timezone'];
  const raw = node.value.timezone;
  const named = typeof raw === 'string' && isTimeZone(raw.trim()) ? raw.trim() : undefined;
  if (named) return { zone: named };
  const offset = raw === undefined || raw === null || raw === '' ? undefined : parseOffset(raw);
  if (raw !== undefined && raw !== null && raw !== '' && offset === undefined) {
    report.repaired(path, `${quote(raw)} is neither an IANA time zone nor a UTC offset; ignored`);
  }
  if (ctx.timeZone) {
    if (offset !== undefined) {
      report.repaired(path, `UTC offset ${quote(raw)} replaced by the time zone given in the options, ${ctx.timeZone}`);
    }
    return { zone: ctx.timeZone };
  }
  const countryZone = ctx.country ? onlyTimeZone(ctx.country) : undefined;
  if (offset !== undefined && countryZone && offsetsOf(countryZone, ctx.today).includes(offset)) {
    report.repaired(
      path,
      `${formatOffset(offset)} read as ${countryZone}, the time zone of ${ctx.country}, which follows its daylight-saving changes`,
    );
    return { zone: countryZone };
  }
  if (offset === undefined && countryZone) {
    report.repaired(path, `no time zone given; ${countryZone}, the time zone of ${ctx.country}, is used`);
    return { zone: countryZone };
  }
  const stated = offset ?? offsetOnTimes;
  if (stated === undefined) return undefined;
  const fixed = fixedZone(stated);
  if (!fixed) {
    return {
      reason: `${formatOffset(stated)} is not a whole number of hours, so it has no fixed IANA zone; give the timeZone option`,
    };
  }
  report.repaired(
    offset !== undefined ? path : [...node.path, 'opens_at'],
    `${formatOffset(stated)} read as the fixed zone ${fixed}: daylight-saving time is not followed`,
  );
  return { zone: fixed };
}

/** Whether a rule, kept as weekly hours, is in force on a date. */
function inForce(rule: Rule, date: string): boolean {
  return (rule.start === undefined || rule.start <= date) && (rule.end === undefined || date <= rule.end);
}

function span(rule: Rule): number | undefined {
  if (rule.start === undefined || rule.end === undefined) return undefined;
  return dayNumber(rule.end)! - dayNumber(rule.start)! + 1;
}

/**
 * Sorts usable rules into weekly hours and dated ones, leaving out those that have ended or not
 * yet begun: mrc-kit weekly hours have no start or end date, and hours shown on the wrong dates
 * would send people to a closed door.
 */
function byValidity(rules: Rule[], today: string, report: Report): { weekly: Rule[]; dated: Rule[] } {
  const weekly: Rule[] = [];
  const dated: Rule[] = [];
  for (const rule of rules) {
    const days = span(rule);
    if (rule.end !== undefined && rule.end < today) {
      report.skipped(rule.node.path, `this schedule ended on ${rule.end}; left out`);
    } else if (days !== undefined && days <= MAX_DATED_DAYS) {
      dated.push(rule);
    } else if (rule.start !== undefined && rule.start > today) {
      report.skipped(
        rule.node.path,
        `this schedule starts on ${rule.start}, and mrc-kit weekly hours cannot start on a date; left out`,
      );
    } else {
      if (rule.end !== undefined) {
        report.repaired(rule.node.path, `valid until ${rule.end}: kept as weekly hours, without the end date`);
      }
      weekly.push(rule);
    }
  }
  return { weekly, dated };
}

/**
 * HSDS dated schedules add hours to the regular ones on their days, so each date gets both: the
 * kit's dated exceptions replace the weekly hours of their day.
 */
function exceptionsOf(dated: Rule[], weekly: Rule[], today: string, report: Report): HoursException[] {
  const byDate = new Map<string, TimePeriod[]>();
  for (const rule of dated) {
    let applies = false;
    for (let date = rule.start!; date <= rule.end!; date = addDays(date, 1)) {
      if (date < today || !rule.days.includes(weekdayOf(date))) continue;
      applies = true;
      const periods = byDate.get(date) ?? [];
      periods.push({ opens: rule.opens, closes: rule.closes });
      byDate.set(date, periods);
    }
    if (!applies) {
      report.skipped(
        rule.node.path,
        `none of its days falls between ${rule.start} and ${rule.end} from today on; left out`,
      );
    }
  }
  const exceptions: HoursException[] = [];
  for (const [date, periods] of [...byDate].sort(([a], [b]) => a.localeCompare(b))) {
    for (const rule of weekly) {
      if (inForce(rule, date) && rule.days.includes(weekdayOf(date)))
        periods.push({ opens: rule.opens, closes: rule.closes });
    }
    const unique = periods.filter(
      (p, i) => periods.findIndex((q) => q.opens === p.opens && q.closes === p.closes) === i,
    );
    exceptions.push({ date, periods: unique.sort((a, b) => a.opens.localeCompare(b.opens)) });
  }
  return exceptions;
}

function weeklyOf(rules: Rule[]): Pick<RawHours, 'alwaysOpen' | 'weekly'> {
  const weekly: WeeklyPeriod[] = [];
  for (const r of rules) {
    if (!weekly.some((w) => w.opens === r.opens && w.closes === r.closes && w.days.join() === r.days.join())) {
      weekly.push({ days: r.days, opens: r.opens, closes: r.closes });
    }
  }
  const wholeDays = new Set(weekly.filter((w) => w.opens === '00:00' && w.closes === '24:00').flatMap((w) => w.days));
  if (wholeDays.size === 7) return { alwaysOpen: true };
  return weekly.length > 0 ? { weekly } : {};
}

/** The texts of the schedules (description, notes), once each, as the hours' note. */
function noteOf(nodes: readonly Node[]): string | undefined {
  const texts: string[] = [];
  for (const node of nodes) {
    for (const key of ['description', 'notes']) {
      const t = text(node, key);
      if (t !== undefined && !texts.includes(t)) texts.push(t);
    }
  }
  return texts.length > 0 ? texts.join('\n') : undefined;
}

/**
 * Turns the HSDS schedules of one place into opening hours. A schedule that cannot be shown
 * exactly is left out and reported, never approximated: unknown hours are better than wrong ones.
 */
export function readSchedules(
  nodes: readonly Node[],
  listPath: Path,
  ctx: ScheduleContext,
  report: Report,
): RawHours | undefined {
  if (nodes.length === 0) return undefined;
  const read = nodes.map((node) => {
    const rule = readRule(node, report);
    return { node, rule, zone: zoneOf(node, rule?.offset, ctx, report) };
  });
  // A zone from a schedule with usable times wins over one from a schedule that only has a text.
  const zones = [...read.filter((r) => r.rule), ...read].map((r) => r.zone);
  const zone = zones.map((z) => (z && 'zone' in z ? z.zone : undefined)).find((z) => z !== undefined);
  const note = noteOf(nodes);
  if (zone === undefined) {
    const why = zones.map((z) => (z && 'reason' in z ? z.reason : undefined)).find((z) => z !== undefined);
    const reason = why ?? 'no time zone: give each schedule a timezone, or the timeZone option';
    if (read.some((r) => r.rule) || note) report.skipped(listPath, `${reason}; opening hours left out`);
    return undefined;
  }
  const rules: Rule[] = [];
  for (const { node, rule, zone: own } of read) {
    if (!rule) continue;
    if (own && 'reason' in own) {
      report.skipped([...node.path, 'timezone'], `${own.reason}; this schedule is left out`);
    } else if (own && own.zone !== zone) {
      report.skipped(
        [...node.path, 'timezone'],
        `in ${own.zone}, while the other schedules are in ${zone}; this schedule is left out`,
      );
    } else if (rule.offset !== undefined && !offsetsOf(zone, ctx.today).includes(rule.offset)) {
      report.skipped(
        [...node.path, 'opens_at'],
        `${formatOffset(rule.offset)} is not an offset of ${zone}; this schedule is left out`,
      );
    } else {
      if (!own)
        report.repaired([...node.path, 'timezone'], `no time zone given; read in ${zone}, like the other schedules`);
      rules.push(rule);
    }
  }
  const { weekly, dated } = byValidity(rules, ctx.today, report);
  const exceptions = exceptionsOf(dated, weekly, ctx.today, report);
  const hours: RawHours = {
    timeZone: zone,
    ...weeklyOf(weekly),
    ...(exceptions.length > 0 && { exceptions }),
    ...(note !== undefined && { note }),
  };
  return hours.alwaysOpen || hours.weekly || hours.exceptions || hours.note ? hours : undefined;
}
