// HSDS import rules, one at a time, on small records written here: runs in Node and in browsers,
// since country names, language tags and time zones come from each engine's own Intl data.
import { expect } from 'chai';
import type { ImportHsdsOptions } from '../src/hsds/import.js';
import { sal, run, only, warningAt } from './hsds-mapping-fixtures.js';

describe('importHsds: schedules', () => {
  const hours = (schedules: object[], options: ImportHsdsOptions = {}, country = 'GT') => {
    const result = run(
      sal({ schedules, location: { addresses: [{ id: 'a', address_1: '1 Main St', country }] } }),
      options,
    );
    return { hours: only(result.dataset.centres).hours, warnings: result.warnings };
  };
  const weekly = (over: object = {}) => ({
    id: 's',
    freq: 'WEEKLY',
    byday: 'MO',
    opens_at: '09:00',
    closes_at: '17:00',
    ...over,
  });

  it("uses the country's only time zone when none is given, and reports it", () => {
    const { hours: h, warnings } = hours([weekly()]);
    expect(h?.timeZone).to.equal('America/Guatemala');
    warningAt(warnings, '$.schedules[0].timezone', 'repaired');
  });

  it('reads a numeric UTC offset as the country zone when it matches, else as a fixed Etc/GMT zone', () => {
    const gb = hours([weekly({ timezone: 0 })], {}, 'GB');
    expect(gb.hours?.timeZone).to.equal('Europe/London');
    const us = hours([weekly({ timezone: -5 })], {}, 'US');
    expect(us.hours?.timeZone).to.equal('Etc/GMT+5');
    expect(warningAt(us.warnings, '$.schedules[0].timezone', 'repaired').reason).to.include('daylight-saving');
  });

  it('prefers the timeZone option over a numeric offset', () => {
    const { hours: h, warnings } = hours([weekly({ timezone: 3 })], { timeZone: 'Europe/Istanbul' }, 'US');
    expect(h?.timeZone).to.equal('Europe/Istanbul');
    expect(warningAt(warnings, '$.schedules[0].timezone', 'repaired').reason).to.include('Europe/Istanbul');
  });

  it('reads an offset written on the times, and leaves out times whose offset the zone never has', () => {
    const us = hours([weekly({ opens_at: '09:00-05:00', closes_at: '17:00-05:00' })], {}, 'US');
    expect(us.hours?.timeZone).to.equal('Etc/GMT+5');
    expect(us.hours?.weekly?.[0]).to.include({ opens: '09:00', closes: '17:00' });
    const clash = hours([weekly({ opens_at: '09:00+05:00', closes_at: '17:00+05:00' })], { timeZone: 'Europe/London' });
    expect(clash.hours?.weekly).to.equal(undefined);
    warningAt(clash.warnings, '$.schedules[0].opens_at', 'skipped');
  });

  it("puts the country's only time zone before an offset written on the times, leaving out times it never has", () => {
    // Great Britain has one zone: 09:00+09:00 is not British time, and is not kept in Etc/GMT-9.
    const far = hours([weekly({ opens_at: '09:00+09:00', closes_at: '17:00+09:00' })], {}, 'GB');
    expect(far.hours).to.equal(undefined);
    expect(warningAt(far.warnings, '$.schedules[0].timezone', 'repaired').reason).to.equal(
      'no time zone given; Europe/London, the time zone of GB, is used',
    );
    expect(warningAt(far.warnings, '$.schedules[0].opens_at', 'skipped').reason).to.equal(
      'UTC+09:00 is not an offset of Europe/London; this schedule is left out',
    );
    expect(far.warnings.map((w) => w.reason).join('\n')).not.to.include('Etc/GMT');
    // Times written in winter or summer time are kept in the country's zone, with its clock changes.
    for (const offset of ['Z', '+00:00', '+01:00']) {
      const near = hours(
        [weekly({ opens_at: `09:00${offset}`, closes_at: `17:00${offset}` }), weekly({ id: 't', byday: 'TU' })],
        {},
        'GB',
      );
      expect(near.hours?.timeZone, offset).to.equal('Europe/London');
      expect(near.hours?.weekly, offset).to.deep.equal([
        { days: ['mo'], opens: '09:00', closes: '17:00' },
        { days: ['tu'], opens: '09:00', closes: '17:00' },
      ]);
      expect(
        near.warnings.filter((w) => w.action === 'skipped'),
        offset,
      ).to.deep.equal([]);
    }
    // A time zone of its own in the schedule still comes first: UTC+09:00 read as Etc/GMT-9.
    const own = hours([weekly({ timezone: 9, opens_at: '09:00+09:00', closes_at: '17:00+09:00' })], {}, 'GB');
    expect(own.hours?.timeZone).to.equal('Etc/GMT-9');
  });

  it('leaves hours out when no time zone can be known, saying how to give one', () => {
    const { hours: h, warnings } = hours([weekly()], {}, 'US');
    expect(h).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules', 'skipped').reason).to.include('timeZone option');
  });

  it('never turns a half-hour offset into a wrong zone', () => {
    const { hours: h, warnings } = hours([weekly({ timezone: 5.5 })], {}, 'US');
    expect(h).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules', 'skipped').reason).to.include('whole number of hours');
  });

  it('reads ordinals in a weekly byday as every such day, and reports them', () => {
    const { hours: h, warnings } = hours([weekly({ byday: '1MO,TU' })]);
    expect(h?.weekly?.[0]?.days).to.deep.equal(['mo', 'tu']);
    warningAt(warnings, '$.schedules[0].byday', 'repaired');
  });

  it('leaves out rules it cannot express: monthly, fortnightly, week numbers, counts', () => {
    for (const [over, key] of [
      [{ freq: 'MONTHLY', byday: '2MO' }, 'freq'],
      [{ interval: 2 }, 'interval'],
      [{ byweekno: '41' }, 'byweekno'],
      [{ count: 3 }, 'count'],
    ] as const) {
      const { hours: h, warnings } = hours([weekly(over)]);
      expect(h?.weekly, key).to.equal(undefined);
      warningAt(warnings, `$.schedules[0].${key}`, 'skipped');
    }
  });

  it('reads 00:00 to 23:59 every day as always open, and DAILY as every day', () => {
    expect(
      hours([weekly({ freq: 'DAILY', byday: undefined, opens_at: '00:00', closes_at: '23:59' })]).hours,
    ).to.deep.include({
      alwaysOpen: true,
    });
    expect(hours([weekly({ freq: 'DAILY', byday: undefined })]).hours?.weekly?.[0]?.days).to.have.length(7);
  });

  it('turns short dated schedules into exceptions that add to the regular hours', () => {
    const { hours: h } = hours([
      weekly({ byday: 'MO,TU,WE,TH,FR' }),
      weekly({
        byday: 'SA,MO',
        opens_at: '18:00',
        closes_at: '20:00',
        valid_from: '2026-12-05',
        valid_to: '2026-12-07',
      }),
    ]);
    expect(h?.weekly).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
    expect(h?.exceptions).to.deep.equal([
      { date: '2026-12-05', periods: [{ opens: '18:00', closes: '20:00' }] },
      {
        date: '2026-12-07',
        periods: [
          { opens: '09:00', closes: '17:00' },
          { opens: '18:00', closes: '20:00' },
        ],
      },
    ]);
  });

  it('leaves out schedules that ended or have not started, and reports a long one kept without its end', () => {
    const ended = hours([weekly({ valid_to: '2026-01-31' })]);
    expect(ended.hours?.weekly).to.equal(undefined);
    expect(warningAt(ended.warnings, '$.schedules[0]', 'skipped').reason).to.include('ended');
    const later = hours([weekly({ valid_from: '2027-03-01' })]);
    expect(later.hours?.weekly).to.equal(undefined);
    warningAt(later.warnings, '$.schedules[0]', 'skipped');
    const long = hours([weekly({ valid_from: '2026-01-01', valid_to: '2027-06-30' })]);
    expect(long.hours?.weekly).to.have.length(1);
    expect(warningAt(long.warnings, '$.schedules[0]', 'repaired').reason).to.include('2027-06-30');
  });

  it('reports a one-day schedule whose day is not one of its days', () => {
    const { hours: h, warnings } = hours([weekly({ byday: 'TH', valid_from: '2026-12-05', valid_to: '2026-12-05' })]);
    expect(h?.exceptions).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules[0].valid_from', 'skipped').reason).to.include('Saturday');
  });

  it('keeps the schedule texts as the hours note even when no time can be kept', () => {
    const { hours: h } = hours([
      weekly({ freq: 'MONTHLY', description: 'First Monday of the month', notes: 'Bring ID' }),
    ]);
    expect(h).to.deep.equal({ timeZone: 'America/Guatemala', note: 'First Monday of the month\nBring ID' });
  });

  it('takes the schedules of the service at the location before those of the service or the location', () => {
    const { dataset } = run(
      sal({
        service: { schedules: [weekly({ byday: 'SU', timezone: 'America/Guatemala' })] },
        location: { schedules: [weekly({ byday: 'SA' })] },
      }),
    );
    expect(only(dataset.centres).hours?.weekly?.[0]?.days).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr']);
  });
});
