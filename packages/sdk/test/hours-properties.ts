// Random schedules and instants aimed at the edges, checked against the Temporal reference
// (hours-reference.ts). Shared by hours-properties.node.test.ts (a fixed seed, a few thousand
// cases) and scripts/hours-properties.mjs (as many as asked, any seed). Never reads the clock.
import {
  addDays,
  localDate,
  nextClosing,
  nextOpening,
  openingStatus,
  periodsOn,
  weekdayOf,
  type HoursException,
  type OpeningHours,
  type TimePeriod,
  type Weekday,
  type WeeklyPeriod,
} from '../src/hours/hours.js';
import {
  HoursReference,
  refAddDays,
  refLocalDate,
  refPeriodsOn,
  refTransitions,
  refWeekdayOf,
} from './hours-reference.js';
// mulberry32, seeded, so that a failing case can be run again from its seed.
import { prng } from '../../../bench/generate.js';

/** Odd offsets and clock changes of every kind. */
const ZONES = [
  'Europe/London', // 01:00 → 02:00 and back
  'America/St_Johns', // −3:30, changes at 00:01 until 2011 (back over midnight)
  'Australia/Lord_Howe', // a 30-minute change
  'Australia/Adelaide', // +9:30, southern hemisphere
  'America/Santiago', // changes at midnight, back from 24:00 to 23:00
  'America/Sao_Paulo', // skipped midnight until 2019
  'Pacific/Kiritimati', // skipped 1994-12-31
  'Pacific/Apia', // skipped 2011-12-30
  'Asia/Kathmandu', // +5:45
  'Africa/Casablanca', // summer time taken away for Ramadan
  'Asia/Tehran', // +3:30, changes at midnight until 2022
  'Pacific/Chatham', // +12:45 / +13:45
  'UTC',
];

const WEEKDAYS: readonly Weekday[] = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'];
const EDGY_TIMES = [
  '00:00',
  '00:01',
  '00:30',
  '01:00',
  '01:30',
  '02:00',
  '02:30',
  '03:00',
  '12:00',
  '22:00',
  '23:00',
  '23:30',
  '23:59',
];
const MINUTE = 60_000;
const DAY = 86_400_000;
/** openingStatus looks about 400 days ahead: changes sooner must be found, changes later need not be. */
const SURE_DAYS = 395;
const HORIZON_DAYS = 410;

class Random {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function hhmm(m: number): string {
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

function time(r: Random): string {
  return r.chance(0.6) ? r.pick(EDGY_TIMES) : hhmm(r.int(24 * 4) * 15 + (r.chance(0.3) ? r.int(15) : 0));
}

function period(r: Random): TimePeriod {
  const opens = time(r);
  const roll = r.next();
  // Overnight, 24 hours, until midnight, or an ordinary span.
  const closes = roll < 0.15 ? opens : roll < 0.25 ? '24:00' : time(r);
  return { opens, closes };
}

function schedule(r: Random, timeZone: string, around: string): OpeningHours {
  const hours: OpeningHours = { timeZone };
  const kind = r.next();
  if (kind < 0.1) hours.alwaysOpen = true;
  else if (kind < 0.8) {
    const weekly: WeeklyPeriod[] = [];
    for (let i = 1 + r.int(4); i > 0; i--) {
      const days = WEEKDAYS.filter(() => r.chance(0.5));
      weekly.push({ days: days.length ? days : [r.pick(WEEKDAYS)], ...period(r) });
    }
    hours.weekly = weekly;
  } else if (kind < 0.83) hours.weekly = [];
  // Otherwise only dated exceptions: the other dates are unknown.
  const exceptions: HoursException[] = [];
  for (let i = r.int(kind >= 0.83 ? 5 : 3); i > 0; i--) {
    const date = refAddDays(around, r.int(7) - 3);
    const exception: HoursException = r.chance(0.4) ? { date, closed: true } : { date, periods: [] };
    if (r.chance(0.3)) exception.to = refAddDays(date, r.int(4));
    if (exception.periods) for (let j = 1 + r.int(2); j > 0; j--) exception.periods.push(period(r));
    exceptions.push(exception);
  }
  if (exceptions.length) hours.exceptions = exceptions;
  return hours;
}

/** Instants where something happens near `base`: period edges, local midnights and transitions. */
function edges(reference: HoursReference, base: number): number[] {
  const date = refLocalDate(base, reference.timeZone);
  const list = [base];
  for (let d = -2; d <= 2; d++) list.push(...reference.day(refAddDays(date, d)).edges);
  list.push(...refTransitions(reference.timeZone).filter((t) => Math.abs(t - base) < 3 * DAY));
  return list;
}

export interface Failure {
  seed: number;
  index: number;
  what: string;
  hours: OpeningHours;
  at: string;
  expected: unknown;
  actual: unknown;
}

export function describeFailure(f: Failure): string {
  return [
    `${f.what} disagrees with the reference (seed ${f.seed}, case ${f.index})`,
    `  zone:     ${f.hours.timeZone}`,
    `  at:       ${f.at}`,
    `  hours:    ${JSON.stringify(f.hours)}`,
    `  expected: ${JSON.stringify(f.expected)}`,
    `  actual:   ${JSON.stringify(f.actual)}`,
  ].join('\n');
}

const iso = (ms: number | undefined): string | undefined => (ms === undefined ? undefined : new Date(ms).toISOString());

/**
 * Runs `cases` instants (in schedules of a few instants each) from `seed`; returns the failures,
 * at most `maxFailures`.
 */
export function checkHours(seed: number, cases: number, maxFailures = 5): { cases: number; failures: Failure[] } {
  const r = new Random(prng(seed));
  const failures: Failure[] = [];
  let index = 0;
  while (index < cases && failures.length < maxFailures) {
    const timeZone = r.pick(ZONES);
    const transitions = refTransitions(timeZone).filter((t) => t >= Date.UTC(1980, 0, 1));
    const base =
      transitions.length && r.chance(0.75)
        ? r.pick(transitions)
        : Date.UTC(1995, 0, 1) + r.int(35 * 365) * DAY + r.int(1440) * MINUTE;
    const hours = schedule(r, timeZone, refLocalDate(base, timeZone));
    const reference = new HoursReference(hours);
    const near = edges(reference, base);
    for (let k = 0; k < 8 && index < cases && failures.length < maxFailures; k++, index++) {
      const at = r.pick(near) + r.pick([0, 0, 1, -1, MINUTE, -MINUTE, r.int(120) * MINUTE - 60 * MINUTE]);
      const fail = (what: string, expected: unknown, actual: unknown): void => {
        failures.push({ seed, index, what, hours, at: new Date(at).toISOString(), expected, actual });
      };
      const when = new Date(at);

      // The day helpers.
      const date = refLocalDate(at, timeZone);
      if (localDate(when, timeZone) !== date) fail('localDate', date, localDate(when, timeZone));
      if (weekdayOf(date) !== refWeekdayOf(date)) fail('weekdayOf', refWeekdayOf(date), weekdayOf(date));
      const shift = r.int(801) - 400;
      if (addDays(date, shift) !== refAddDays(date, shift)) {
        fail(`addDays(${date}, ${shift})`, refAddDays(date, shift), addDays(date, shift));
      }
      const expectedOn = refPeriodsOn(hours, date);
      const on = periodsOn(hours, date);
      const want = { periods: expectedOn.periods ?? [], exception: expectedOn.exception };
      if (JSON.stringify(on) !== JSON.stringify(want)) fail(`periodsOn(${date})`, want, on);

      // openingStatus, nextOpening and nextClosing.
      const expected = reference.status(at, HORIZON_DAYS);
      const status = openingStatus(hours, when);
      const changesAt = status.changesAt?.getTime();
      const sure = Date.parse(`${refAddDays(date, SURE_DAYS)}T00:00:00Z`) - DAY;
      const changeAgrees =
        changesAt === expected.changesAt ||
        (expected.changesAt === undefined && changesAt === undefined) ||
        (changesAt === undefined && expected.changesAt !== undefined && expected.changesAt >= sure);
      if (status.state !== expected.state || (status.state !== 'unknown' && !changeAgrees)) {
        fail(
          'openingStatus',
          { state: expected.state, changesAt: iso(expected.changesAt) },
          { state: status.state, changesAt: iso(changesAt) },
        );
        continue;
      }
      if (status.state === 'unknown' && changesAt !== undefined)
        fail('openingStatus (unknown)', undefined, iso(changesAt));
      const after = changesAt === undefined ? undefined : reference.state(changesAt);
      const opening = status.state === 'closed' && after === 'open' ? changesAt : undefined;
      const closing = status.state === 'open' && after === 'closed' ? changesAt : undefined;
      const gotOpening = nextOpening(hours, when)?.getTime();
      const gotClosing = nextClosing(hours, when)?.getTime();
      if (gotOpening !== opening) fail('nextOpening', iso(opening), iso(gotOpening));
      if (gotClosing !== closing) fail('nextClosing', iso(closing), iso(gotClosing));
    }
  }
  return { cases: index, failures };
}
