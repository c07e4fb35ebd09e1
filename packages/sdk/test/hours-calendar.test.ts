import { expect } from 'chai';
import {
  addDays,
  localDate,
  nextClosing,
  nextOpening,
  periodsOn,
  weekdayOf,
  type OpeningHours,
} from '../src/hours/hours.js';
import { office, paris } from './hours-fixtures.js';

describe('periodsOn', () => {
  it('lists the weekly periods of the day, sorted', () => {
    expect(periodsOn(paris, '2026-01-05')).to.deep.equal({
      periods: [
        { opens: '09:00', closes: '12:00' },
        { opens: '14:00', closes: '17:00' },
      ],
    });
    expect(periodsOn(paris, '2026-01-04')).to.deep.equal({ periods: [] });
  });

  it('lists a period crossing midnight on the day it opens only', () => {
    const shelter: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['fr'], opens: '22:00', closes: '02:00' }],
    };
    expect(periodsOn(shelter, '2026-01-09').periods).to.deep.equal([{ opens: '22:00', closes: '02:00' }]);
    expect(periodsOn(shelter, '2026-01-10').periods).to.deep.equal([]);
  });

  it('gives the exception that applies, over the weekly periods', () => {
    const closed = { date: '2026-12-24', to: '2026-12-26', closed: true, note: 'Holidays' };
    const special = { date: '2026-12-31', periods: [{ opens: '09:00', closes: '12:00' }] };
    const hours = office('Europe/Paris', { exceptions: [closed, special] });
    expect(periodsOn(hours, '2026-12-25')).to.deep.equal({ periods: [], exception: closed });
    expect(periodsOn(hours, '2026-12-31')).to.deep.equal({
      periods: [{ opens: '09:00', closes: '12:00' }],
      exception: special,
    });
  });

  it('gives the whole day when always open, and nothing without weekly periods', () => {
    expect(periodsOn({ timeZone: 'UTC', alwaysOpen: true }, '2026-01-05').periods).to.deep.equal([
      { opens: '00:00', closes: '24:00' },
    ]);
    expect(periodsOn({ timeZone: 'UTC' }, '2026-01-05')).to.deep.equal({ periods: [] });
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => periodsOn(paris, '2026-02-30')).to.throw(RangeError, '"2026-02-30" is not a date as YYYY-MM-DD');
  });
});

describe('localDate, addDays, weekdayOf', () => {
  it('gives the date in the zone, not the machine’s', () => {
    expect(localDate(new Date('2026-01-05T23:30:00Z'), 'Europe/Paris')).to.equal('2026-01-06');
    expect(localDate(new Date('2026-01-05T23:30:00Z'), 'America/Los_Angeles')).to.equal('2026-01-05');
    expect(localDate(new Date('2026-05-31T20:00:00Z'), 'Pacific/Kiritimati')).to.equal('2026-06-01');
    expect(localDate(new Date('2026-01-15T02:00:00Z'), 'America/St_Johns')).to.equal('2026-01-14');
  });

  it('adds days across months, leap days and years', () => {
    expect(addDays('2026-02-28', 1)).to.equal('2026-03-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-01-01', -1)).to.equal('2025-12-31');
    expect(addDays('2026-03-28', 2)).to.equal('2026-03-30');
    expect(addDays('2026-01-01', 365)).to.equal('2027-01-01');
    expect(addDays('2026-01-01', 0)).to.equal('2026-01-01');
  });

  it('gives the day of the week', () => {
    expect(weekdayOf('2026-01-01')).to.equal('th');
    expect(weekdayOf('2026-03-29')).to.equal('su');
    expect(weekdayOf('2026-01-05')).to.equal('mo');
    expect(weekdayOf('2000-02-29')).to.equal('tu');
  });

  it('throws a RangeError for an invalid date', () => {
    expect(() => addDays('2026-02-30', 1)).to.throw(RangeError);
    expect(() => weekdayOf('2026-1-5')).to.throw(RangeError);
  });
});

describe('nextOpening and nextClosing', () => {
  const weekdays: OpeningHours = {
    timeZone: 'Europe/Paris',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
  };

  it('name the next opening of a closed place and the next closing of an open one', () => {
    // Saturday 2026-01-10 12:00 in Paris (UTC+1): next opening Monday 09:00 = 08:00Z.
    expect(nextOpening(weekdays, new Date('2026-01-10T11:00:00Z'))?.toISOString()).to.equal('2026-01-12T08:00:00.000Z');
    expect(nextClosing(weekdays, new Date('2026-01-12T10:00:00Z'))?.toISOString()).to.equal('2026-01-12T16:00:00.000Z');
    expect(nextOpening(weekdays, new Date('2026-01-12T10:00:00Z'))).to.equal(undefined);
    expect(nextClosing(weekdays, new Date('2026-01-10T11:00:00Z'))).to.equal(undefined);
  });

  it('never guess when what follows is unknown hours', () => {
    const onlyChristmasEve: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-12-24', periods: [{ opens: '09:00', closes: '12:00' }] }],
    };
    // Closed after 12:00; at midnight the known dates end and the hours become unknown.
    expect(nextOpening(onlyChristmasEve, new Date('2026-12-24T12:00:00Z'))).to.equal(undefined);
    expect(nextOpening(onlyChristmasEve, new Date('2026-12-24T07:00:00Z'))?.toISOString()).to.equal(
      '2026-12-24T08:00:00.000Z',
    );
    expect(nextOpening(undefined)).to.equal(undefined);
  });
});
