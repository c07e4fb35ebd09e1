import { expect } from 'chai';
import type { OpeningHours } from '../src/hours/hours.js';
import { hoursSchema } from '../src/model/validate/hours.js';

describe('hoursSchema', () => {
  /** Each issue as "path: message". */
  function errors(value: unknown): string[] {
    const result = hoursSchema.safeParse(value);
    return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  }
  const week = (period: Record<string, unknown>) => ({ timeZone: 'Europe/Paris', weekly: [period] });
  const exception = (e: Record<string, unknown>) => ({ timeZone: 'Europe/Paris', exceptions: [e] });

  it('accepts complete hours and returns them unchanged', () => {
    const hours: OpeningHours = {
      timeZone: 'Africa/Dakar',
      weekly: [
        { days: ['mo', 'tu'], opens: '09:00', closes: '12:00' },
        { days: ['fr'], opens: '22:00', closes: '02:00' },
        { days: ['sa'], opens: '00:00', closes: '24:00' },
      ],
      exceptions: [
        { date: '2026-12-25', closed: true, note: { en: 'Christmas', fr: 'Noël' } },
        { date: '2026-12-28', to: '2026-12-30', periods: [{ opens: '10:00', closes: '12:00' }] },
        { date: '2028-02-29', closed: false, periods: [{ opens: '10:00', closes: '12:00' }] },
      ],
      note: 'Closed on public holidays',
    };
    expect(errors(hours)).to.deep.equal([]);
    const parsed: OpeningHours = hoursSchema.parse(hours);
    expect(parsed).to.deep.equal(hours);
    expect(errors({ timeZone: 'UTC', alwaysOpen: true })).to.deep.equal([]);
  });

  it('names a time zone that is not IANA', () => {
    expect(errors({ timeZone: 'Mars/Base' })).to.deep.equal([
      'timeZone: "Mars/Base" is not an IANA time zone such as "Africa/Dakar"',
    ]);
    expect(errors({ timeZone: '+05:00' })).to.deep.equal([
      'timeZone: "+05:00" is not an IANA time zone such as "Africa/Dakar"',
    ]);
  });

  it('names a time that is not HH:MM', () => {
    expect(errors(week({ days: ['mo'], opens: '25:00', closes: '12:00' }))).to.deep.equal([
      'weekly.0.opens: "25:00" is not a time of day as HH:MM',
    ]);
    expect(errors(week({ days: ['mo'], opens: '9:00', closes: '24:01' }))).to.deep.equal([
      'weekly.0.opens: "9:00" is not a time of day as HH:MM',
      'weekly.0.closes: "24:01" is not a time of day as HH:MM',
    ]);
  });

  it('takes 24:00 as a closing time only', () => {
    expect(errors(week({ days: ['mo'], opens: '24:00', closes: '02:00' }))).to.deep.equal([
      'weekly.0.opens: "24:00" is only a closing time: a period opening at midnight opens at "00:00"',
    ]);
  });

  it('takes a period that opens and closes at the same time as 24 hours', () => {
    expect(errors(week({ days: ['mo'], opens: '09:00', closes: '09:00' }))).to.deep.equal([]);
    expect(errors(exception({ date: '2026-12-24', periods: [{ opens: '00:00', closes: '00:00' }] }))).to.deep.equal([]);
  });

  it('names empty or unknown days', () => {
    expect(errors(week({ days: [], opens: '09:00', closes: '12:00' }))).to.deep.equal(['weekly.0.days: days is empty']);
    expect(errors(week({ days: ['mon'], opens: '09:00', closes: '12:00' }))).to.deep.equal([
      'weekly.0.days.0: "mon" is not a day of the week: use mo, tu, we, th, fr, sa or su',
    ]);
  });

  it('names a date that does not exist or is not YYYY-MM-DD', () => {
    expect(errors(exception({ date: '2026-02-30', closed: true }))).to.deep.equal([
      'exceptions.0.date: "2026-02-30" is not a date as YYYY-MM-DD',
    ]);
    expect(errors(exception({ date: '2026-12-24', to: '24/12/2026', closed: true }))).to.deep.equal([
      'exceptions.0.to: "24/12/2026" is not a date as YYYY-MM-DD',
    ]);
  });

  it('refuses `to` before `date`', () => {
    expect(errors(exception({ date: '2026-12-24', to: '2026-12-23', closed: true }))).to.deep.equal([
      'exceptions.0.to: to is before date',
    ]);
  });

  it('wants an exception either closed or with periods, not both or neither', () => {
    const message = 'exceptions.0: an exception is either closed or has periods';
    expect(errors(exception({ date: '2026-12-24' }))).to.deep.equal([message]);
    expect(errors(exception({ date: '2026-12-24', closed: false }))).to.deep.equal([message]);
    expect(
      errors(exception({ date: '2026-12-24', closed: true, periods: [{ opens: '09:00', closes: '12:00' }] })),
    ).to.deep.equal([message]);
    expect(errors(exception({ date: '2026-12-24', periods: [] }))).to.deep.equal([
      'exceptions.0.periods: periods is empty: a closed day is "closed": true',
    ]);
  });

  it('refuses alwaysOpen together with weekly periods', () => {
    expect(
      errors({ timeZone: 'UTC', alwaysOpen: true, weekly: [{ days: ['mo'], opens: '09:00', closes: '12:00' }] }),
    ).to.deep.equal(['weekly: alwaysOpen and weekly periods cannot both be given']);
  });
});
