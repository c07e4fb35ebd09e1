import { expect } from 'chai';
import {
  addDays,
  localDate,
  nextClosing,
  nextOpening,
  openingStatus,
  periodsOn,
  weekdayOf,
  type OpeningHours,
  type WeeklyPeriod,
} from '../src/hours/hours.js';
import { hoursSchema } from '../src/model/validate/hours.js';

// Every expected instant is worked out by hand from the zone's offset on that date (2026 rules):
// Paris +1 in winter, +2 from 29 Mar 01:00Z to 25 Oct 01:00Z; London +0/+1 on the same instants;
// Sydney +11 until 4 Apr 16:00Z, +10 until 3 Oct 16:00Z, then +11; Kiritimati +14;
// Chatham +13:45 / +12:45 (winter, from 5 Apr); Kathmandu +5:45; St John's −3:30 / −2:30 (from 8 Mar).
// 2026-01-05 and 2026-12-28 are Mondays; 2026-03-29, 2026-10-25, 2026-04-05 and 2026-10-04 Sundays.

/** [state, changesAt as ISO] — compact to compare. */
function status(hours: OpeningHours | undefined, at: string): [string, string | undefined] {
  const s = openingStatus(hours, new Date(at));
  return [s.state, s.changesAt?.toISOString()];
}

const weekdays: WeeklyPeriod['days'] = ['mo', 'tu', 'we', 'th', 'fr'];
const office = (timeZone: string, extra: Partial<OpeningHours> = {}): OpeningHours => ({
  timeZone,
  weekly: [
    // Listed afternoon first on purpose: order in the data must not matter.
    { days: weekdays, opens: '14:00', closes: '17:00' },
    { days: weekdays, opens: '09:00', closes: '12:00' },
  ],
  ...extra,
});
const paris = office('Europe/Paris');

describe('openingStatus: unknown is never closed', () => {
  it('is unknown for undefined hours, without a change time', () => {
    expect(openingStatus(undefined)).to.deep.equal({ state: 'unknown' });
  });

  it('is unknown with a zone but no periods, or an empty weekly list', () => {
    expect(status({ timeZone: 'Europe/Paris' }, '2026-01-05T10:00:00Z')).to.deep.equal(['unknown', undefined]);
    expect(status({ timeZone: 'Europe/Paris', weekly: [] }, '2026-01-05T10:00:00Z')).to.deep.equal([
      'unknown',
      undefined,
    ]);
  });

  it('is unknown on dates no exception covers when there are no weekly periods', () => {
    const hours: OpeningHours = { timeZone: 'Europe/Paris', exceptions: [{ date: '2026-12-25', closed: true }] };
    expect(status(hours, '2026-12-23T10:00:00Z')).to.deep.equal(['unknown', undefined]);
    expect(status(hours, '2026-12-26T10:00:00Z')).to.deep.equal(['unknown', undefined]);
  });

  it('is closed on an exception date, changing at midnight when the known dates end', () => {
    const hours: OpeningHours = { timeZone: 'Europe/Paris', exceptions: [{ date: '2026-12-25', closed: true }] };
    expect(status(hours, '2026-12-25T10:00:00Z')).to.deep.equal(['closed', '2026-12-25T23:00:00.000Z']);
  });

  it('opens and closes within special hours when nothing else is known', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-12-24', periods: [{ opens: '09:00', closes: '12:00' }] }],
    };
    expect(status(hours, '2026-12-24T07:00:00Z')).to.deep.equal(['closed', '2026-12-24T08:00:00.000Z']);
    expect(status(hours, '2026-12-24T09:00:00Z')).to.deep.equal(['open', '2026-12-24T11:00:00.000Z']);
    expect(status(hours, '2026-12-24T12:00:00Z')).to.deep.equal(['closed', '2026-12-24T23:00:00.000Z']);
  });

  it('is open after midnight in a late special period, then unknown', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-12-31', periods: [{ opens: '20:00', closes: '02:00' }] }],
    };
    expect(status(hours, '2027-01-01T00:00:00Z')).to.deep.equal(['open', '2027-01-01T01:00:00.000Z']);
    expect(status(hours, '2027-01-01T02:00:00Z')).to.deep.equal(['unknown', undefined]);
  });

  it('is unknown for a time zone that does not exist, or an invalid date', () => {
    expect(status({ ...paris, timeZone: 'Mars/Base' }, '2026-01-05T10:00:00Z')).to.deep.equal(['unknown', undefined]);
    expect(openingStatus(paris, new Date(Number.NaN))).to.deep.equal({ state: 'unknown' });
  });
});

describe('openingStatus: weekly periods', () => {
  it('is open in the morning, changing at noon', () => {
    expect(status(paris, '2026-01-05T09:00:00Z')).to.deep.equal(['open', '2026-01-05T11:00:00.000Z']);
  });

  it('is closed at lunch, changing at the afternoon opening', () => {
    expect(status(paris, '2026-01-05T11:30:00Z')).to.deep.equal(['closed', '2026-01-05T13:00:00.000Z']);
  });

  it('counts opening as open and closing as closed, to the millisecond', () => {
    expect(status(paris, '2026-01-05T08:00:00.000Z')).to.deep.equal(['open', '2026-01-05T11:00:00.000Z']);
    expect(status(paris, '2026-01-05T07:59:59.999Z')).to.deep.equal(['closed', '2026-01-05T08:00:00.000Z']);
    expect(status(paris, '2026-01-05T11:00:00.000Z')).to.deep.equal(['closed', '2026-01-05T13:00:00.000Z']);
  });

  it('is closed over the weekend, opening on Monday', () => {
    expect(status(paris, '2026-01-09T16:30:00Z')).to.deep.equal(['closed', '2026-01-12T08:00:00.000Z']);
    expect(status(paris, '2026-01-11T12:00:00Z')).to.deep.equal(['closed', '2026-01-12T08:00:00.000Z']);
  });

  it('defaults to now', () => {
    expect(openingStatus({ timeZone: 'Europe/Paris', alwaysOpen: true }).state).to.equal('open');
    expect(['open', 'closed']).to.include(openingStatus(paris).state);
  });
});

describe('openingStatus: periods crossing midnight', () => {
  const shelter: OpeningHours = {
    timeZone: 'Europe/Paris',
    weekly: [{ days: ['fr'], opens: '22:00', closes: '02:00' }],
  };

  it('is open on Friday night, closing at 02:00 on Saturday', () => {
    expect(status(shelter, '2026-01-09T22:00:00Z')).to.deep.equal(['open', '2026-01-10T01:00:00.000Z']);
  });

  it('is open at 01:00 on Saturday, though Saturday has no periods', () => {
    expect(status(shelter, '2026-01-10T00:00:00Z')).to.deep.equal(['open', '2026-01-10T01:00:00.000Z']);
  });

  it('is closed at 02:30 on Saturday, until next Friday 22:00', () => {
    expect(status(shelter, '2026-01-10T01:30:00Z')).to.deep.equal(['closed', '2026-01-16T21:00:00.000Z']);
  });

  it('is not cut short by an exception closing Saturday', () => {
    const hours = { ...shelter, exceptions: [{ date: '2026-01-10', closed: true }] };
    expect(status(hours, '2026-01-10T00:00:00Z')).to.deep.equal(['open', '2026-01-10T01:00:00.000Z']);
  });

  it('is closed on Saturday night when an exception closes the Friday it belongs to', () => {
    const hours = { ...shelter, exceptions: [{ date: '2026-01-09', closed: true }] };
    expect(status(hours, '2026-01-10T00:00:00Z')).to.deep.equal(['closed', '2026-01-16T21:00:00.000Z']);
  });

  it('runs on into a period opening at the same time the next day', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['fr'], opens: '20:00', closes: '02:00' },
        { days: ['sa'], opens: '02:00', closes: '05:00' },
      ],
    };
    expect(status(hours, '2026-01-09T22:00:00Z')).to.deep.equal(['open', '2026-01-10T04:00:00.000Z']);
  });
});

describe('openingStatus: 24:00 and merged periods', () => {
  it('closes at midnight for a period ending at 24:00', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['mo'], opens: '18:00', closes: '24:00' }],
    };
    expect(status(hours, '2026-01-05T19:00:00Z')).to.deep.equal(['open', '2026-01-05T23:00:00.000Z']);
  });

  it('merges whole days: open Monday and Tuesday closes at Wednesday 00:00', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['mo'], opens: '00:00', closes: '24:00' },
        { days: ['tu'], opens: '00:00', closes: '24:00' },
      ],
    };
    expect(status(hours, '2026-01-05T09:00:00Z')).to.deep.equal(['open', '2026-01-06T23:00:00.000Z']);
    expect(status(hours, '2026-01-04T12:00:00Z')).to.deep.equal(['closed', '2026-01-04T23:00:00.000Z']);
  });

  it('merges an evening ending at 24:00 with an early morning the next day', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['mo'], opens: '18:00', closes: '24:00' },
        { days: ['tu'], opens: '00:00', closes: '06:00' },
      ],
    };
    expect(status(hours, '2026-01-05T20:00:00Z')).to.deep.equal(['open', '2026-01-06T05:00:00.000Z']);
  });

  it('merges overlapping periods of a day', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['mo'], opens: '09:00', closes: '13:00' },
        { days: ['mo'], opens: '12:00', closes: '17:00' },
      ],
    };
    expect(status(hours, '2026-01-05T09:00:00Z')).to.deep.equal(['open', '2026-01-05T16:00:00.000Z']);
  });

  it('has no change time for a place open all day every day', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '24:00' }],
    };
    expect(status(hours, '2026-01-05T09:00:00Z')).to.deep.equal(['open', undefined]);
    const closing = { ...hours, exceptions: [{ date: '2026-02-10', closed: true }] };
    expect(status(closing, '2026-01-05T09:00:00Z')).to.deep.equal(['open', '2026-02-09T23:00:00.000Z']);
  });
});

describe('openingStatus: always open', () => {
  it('is open, without a change time', () => {
    expect(status({ timeZone: 'Europe/Paris', alwaysOpen: true }, '2026-01-05T09:00:00Z')).to.deep.equal([
      'open',
      undefined,
    ]);
  });

  it('closes on a holiday closed by an exception', () => {
    const line: OpeningHours = {
      timeZone: 'Europe/Paris',
      alwaysOpen: true,
      exceptions: [{ date: '2026-12-25', closed: true }],
    };
    expect(status(line, '2026-12-24T12:00:00Z')).to.deep.equal(['open', '2026-12-24T23:00:00.000Z']);
    expect(status(line, '2026-12-25T12:00:00Z')).to.deep.equal(['closed', '2026-12-25T23:00:00.000Z']);
    expect(status(line, '2026-12-26T12:00:00Z')).to.deep.equal(['open', undefined]);
  });

  it('stays closed over a closed range', () => {
    const line: OpeningHours = {
      timeZone: 'Europe/Paris',
      alwaysOpen: true,
      exceptions: [{ date: '2026-12-25', to: '2026-12-26', closed: true }],
    };
    expect(status(line, '2026-12-25T12:00:00Z')).to.deep.equal(['closed', '2026-12-26T23:00:00.000Z']);
  });

  it('keeps special hours on a holiday', () => {
    const line: OpeningHours = {
      timeZone: 'Europe/Paris',
      alwaysOpen: true,
      exceptions: [{ date: '2026-12-24', periods: [{ opens: '09:00', closes: '12:00' }] }],
    };
    expect(status(line, '2026-12-23T12:00:00Z')).to.deep.equal(['open', '2026-12-23T23:00:00.000Z']);
    expect(status(line, '2026-12-24T12:00:00Z')).to.deep.equal(['closed', '2026-12-24T23:00:00.000Z']);
  });
});

describe('openingStatus: exceptions', () => {
  it('closes a working day, opening on the next one', () => {
    const hours = office('Europe/Paris', { exceptions: [{ date: '2026-12-25', closed: true }] });
    expect(status(hours, '2026-12-24T16:30:00Z')).to.deep.equal(['closed', '2026-12-28T08:00:00.000Z']);
    expect(status(hours, '2026-12-25T09:00:00Z')).to.deep.equal(['closed', '2026-12-28T08:00:00.000Z']);
  });

  it('replaces the weekly periods with special hours', () => {
    const hours = office('Europe/Paris', {
      exceptions: [
        { date: '2026-12-24', periods: [{ opens: '09:00', closes: '12:00' }] },
        { date: '2026-12-25', closed: true },
      ],
    });
    expect(status(hours, '2026-12-24T09:00:00Z')).to.deep.equal(['open', '2026-12-24T11:00:00.000Z']);
    expect(status(hours, '2026-12-24T13:30:00Z')).to.deep.equal(['closed', '2026-12-28T08:00:00.000Z']);
  });

  it('closes every date from date to `to`, inclusive', () => {
    const hours = office('Europe/Paris', { exceptions: [{ date: '2026-12-24', to: '2027-01-01', closed: true }] });
    expect(status(hours, '2026-12-23T16:30:00Z')).to.deep.equal(['closed', '2027-01-04T08:00:00.000Z']);
    expect(status(hours, '2026-12-31T10:00:00Z')).to.deep.equal(['closed', '2027-01-04T08:00:00.000Z']);
  });

  it('opens on a day without weekly periods', () => {
    const hours = office('Europe/Paris', {
      exceptions: [{ date: '2026-01-10', periods: [{ opens: '10:00', closes: '13:00' }] }],
    });
    expect(status(hours, '2026-01-09T16:30:00Z')).to.deep.equal(['closed', '2026-01-10T09:00:00.000Z']);
    expect(status(hours, '2026-01-10T11:00:00Z')).to.deep.equal(['open', '2026-01-10T12:00:00.000Z']);
  });

  it('lets the narrowest exception win, whatever the order', () => {
    const closure = { date: '2026-12-20', to: '2027-01-05', closed: true };
    const special = { date: '2026-12-30', periods: [{ opens: '09:00', closes: '12:00' }] };
    for (const exceptions of [
      [closure, special],
      [special, closure],
    ]) {
      const hours = office('Europe/Paris', { exceptions });
      expect(status(hours, '2026-12-29T09:00:00Z')).to.deep.equal(['closed', '2026-12-30T08:00:00.000Z']);
      expect(status(hours, '2026-12-30T09:00:00Z')).to.deep.equal(['open', '2026-12-30T11:00:00.000Z']);
    }
  });

  it('has no change time when closed for longer than the lookahead', () => {
    const hours = office('Europe/Paris', { exceptions: [{ date: '2026-01-01', to: '2028-12-31', closed: true }] });
    expect(status(hours, '2026-01-05T09:00:00Z')).to.deep.equal(['closed', undefined]);
  });

  it('gives the closing time when a long closure follows', () => {
    const hours = office('Europe/Paris', { exceptions: [{ date: '2026-01-06', to: '2028-12-31', closed: true }] });
    expect(status(hours, '2026-01-05T15:00:00Z')).to.deep.equal(['open', '2026-01-05T16:00:00.000Z']);
  });
});

describe('openingStatus: DST in Europe', () => {
  const nights: OpeningHours = {
    timeZone: 'Europe/Paris',
    weekly: [{ days: ['sa'], opens: '22:00', closes: '06:00' }],
  };

  it('spans the skipped hour in March: 22:00 +1 to 06:00 +2', () => {
    expect(status(nights, '2026-03-28T22:00:00Z')).to.deep.equal(['open', '2026-03-29T04:00:00.000Z']);
    expect(status(nights, '2026-03-29T01:30:00Z')).to.deep.equal(['open', '2026-03-29T04:00:00.000Z']);
    expect(status(nights, '2026-03-29T04:00:00Z')).to.deep.equal(['closed', '2026-04-04T20:00:00.000Z']);
  });

  it('spans the repeated hour in October, open on both passes of 02:30', () => {
    expect(status(nights, '2026-10-24T19:59:00Z')).to.deep.equal(['closed', '2026-10-24T20:00:00.000Z']);
    expect(status(nights, '2026-10-25T00:30:00Z')).to.deep.equal(['open', '2026-10-25T05:00:00.000Z']);
    expect(status(nights, '2026-10-25T01:30:00Z')).to.deep.equal(['open', '2026-10-25T05:00:00.000Z']);
  });

  it('opens on Monday at 09:00 in the new offset after a weekend change', () => {
    expect(status(paris, '2026-03-27T16:30:00Z')).to.deep.equal(['closed', '2026-03-30T07:00:00.000Z']);
    expect(status(paris, '2026-10-23T15:30:00Z')).to.deep.equal(['closed', '2026-10-26T08:00:00.000Z']);
  });

  it('shortens a period containing the skipped hour, and lengthens one containing the repeated hour (London)', () => {
    const early: OpeningHours = {
      timeZone: 'Europe/London',
      weekly: [{ days: ['su'], opens: '00:30', closes: '02:30' }],
    };
    expect(status(early, '2026-03-29T00:45:00Z')).to.deep.equal(['open', '2026-03-29T01:30:00.000Z']);
    expect(status(early, '2026-10-24T23:30:00Z')).to.deep.equal(['open', '2026-10-25T02:30:00.000Z']);
    expect(status(early, '2026-10-25T01:15:00Z')).to.deep.equal(['open', '2026-10-25T02:30:00.000Z']);
  });

  it('keeps a special period over the skipped hour one hour long', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-03-29', periods: [{ opens: '01:00', closes: '04:00' }] }],
    };
    expect(status(hours, '2026-03-28T23:30:00Z')).to.deep.equal(['closed', '2026-03-29T00:00:00.000Z']);
    expect(status(hours, '2026-03-29T00:30:00Z')).to.deep.equal(['open', '2026-03-29T02:00:00.000Z']);
  });

  it('keeps periods touching across the skipped hour as one', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [
        {
          date: '2026-03-29',
          periods: [
            { opens: '00:00', closes: '03:00' },
            { opens: '02:30', closes: '05:00' },
          ],
        },
      ],
    };
    expect(status(hours, '2026-03-29T00:30:00Z')).to.deep.equal(['open', '2026-03-29T03:00:00.000Z']);
  });

  it('keeps periods apart on the wall clock as one when the skipped hour makes them overlap', () => {
    // 02:30 does not exist: it is 03:30 +2 (01:30Z), after the next period opens at 03:00 +2 (01:00Z).
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [
        {
          date: '2026-03-29',
          periods: [
            { opens: '00:00', closes: '02:30' },
            { opens: '03:00', closes: '05:00' },
          ],
        },
      ],
    };
    expect(status(hours, '2026-03-29T00:30:00Z')).to.deep.equal(['open', '2026-03-29T03:00:00.000Z']);
  });
});

describe('openingStatus: DST in the southern hemisphere (Sydney)', () => {
  const nights: OpeningHours = {
    timeZone: 'Australia/Sydney',
    weekly: [{ days: ['sa'], opens: '20:00', closes: '08:00' }],
  };
  const sydney = office('Australia/Sydney');

  it('spans the repeated hour in April: 20:00 +11 to 08:00 +10', () => {
    expect(status(nights, '2026-04-04T08:59:00Z')).to.deep.equal(['closed', '2026-04-04T09:00:00.000Z']);
    expect(status(nights, '2026-04-04T15:30:00Z')).to.deep.equal(['open', '2026-04-04T22:00:00.000Z']);
    expect(status(nights, '2026-04-04T16:30:00Z')).to.deep.equal(['open', '2026-04-04T22:00:00.000Z']);
  });

  it('spans the skipped hour in October: 20:00 +10 to 08:00 +11', () => {
    expect(status(nights, '2026-10-03T10:00:00Z')).to.deep.equal(['open', '2026-10-03T21:00:00.000Z']);
    expect(status(nights, '2026-10-03T16:30:00Z')).to.deep.equal(['open', '2026-10-03T21:00:00.000Z']);
    expect(status(nights, '2026-10-03T21:00:00Z')).to.deep.equal(['closed', '2026-10-10T09:00:00.000Z']);
  });

  it('opens on Monday at 09:00 in the new offset after a weekend change', () => {
    expect(status(sydney, '2026-04-03T06:30:00Z')).to.deep.equal(['closed', '2026-04-05T23:00:00.000Z']);
    expect(status(sydney, '2026-10-02T07:30:00Z')).to.deep.equal(['closed', '2026-10-04T22:00:00.000Z']);
  });
});

describe('openingStatus: zones far from the machine’s', () => {
  it('uses the local weekday in Kiritimati (+14), Monday there while Sunday in UTC', () => {
    const hours: OpeningHours = {
      timeZone: 'Pacific/Kiritimati',
      weekly: [{ days: ['mo'], opens: '09:00', closes: '17:00' }],
    };
    expect(status(hours, '2026-05-31T18:00:00Z')).to.deep.equal(['closed', '2026-05-31T19:00:00.000Z']);
    expect(status(hours, '2026-05-31T20:00:00Z')).to.deep.equal(['open', '2026-06-01T03:00:00.000Z']);
    expect(status(hours, '2026-06-01T03:00:00Z')).to.deep.equal(['closed', '2026-06-07T19:00:00.000Z']);
  });

  it('follows Chatham’s quarter-hour offset in winter (+12:45) and summer (+13:45)', () => {
    const hours: OpeningHours = {
      timeZone: 'Pacific/Chatham',
      weekly: [{ days: ['we'], opens: '09:00', closes: '17:00' }],
    };
    expect(status(hours, '2026-07-14T20:00:00Z')).to.deep.equal(['closed', '2026-07-14T20:15:00.000Z']);
    expect(status(hours, '2026-07-14T21:00:00Z')).to.deep.equal(['open', '2026-07-15T04:15:00.000Z']);
    expect(status(hours, '2026-01-13T19:00:00Z')).to.deep.equal(['closed', '2026-01-13T19:15:00.000Z']);
  });

  it('follows Kathmandu (+5:45)', () => {
    const hours = office('Asia/Kathmandu');
    expect(status(hours, '2026-06-01T03:00:00Z')).to.deep.equal(['closed', '2026-06-01T03:15:00.000Z']);
    expect(status(hours, '2026-06-01T03:15:00Z')).to.deep.equal(['open', '2026-06-01T06:15:00.000Z']);
    expect(status(hours, '2026-06-01T11:15:00Z')).to.deep.equal(['closed', '2026-06-02T03:15:00.000Z']);
  });

  it('follows St John’s (−3:30), a day behind UTC in the evening', () => {
    const hours: OpeningHours = {
      timeZone: 'America/St_Johns',
      weekly: [
        { days: ['we'], opens: '09:00', closes: '17:00' },
        { days: ['we'], opens: '22:00', closes: '02:00' },
      ],
    };
    expect(status(hours, '2026-01-14T20:00:00Z')).to.deep.equal(['open', '2026-01-14T20:30:00.000Z']);
    expect(status(hours, '2026-01-15T02:00:00Z')).to.deep.equal(['open', '2026-01-15T05:30:00.000Z']);
    expect(status(hours, '2026-01-15T05:30:00Z')).to.deep.equal(['closed', '2026-01-21T12:30:00.000Z']);
  });

  it('spans St John’s spring change: 22:00 −3:30 to 06:00 −2:30', () => {
    const hours: OpeningHours = {
      timeZone: 'America/St_Johns',
      weekly: [{ days: ['sa'], opens: '22:00', closes: '06:00' }],
    };
    expect(status(hours, '2026-03-08T01:30:00Z')).to.deep.equal(['open', '2026-03-08T08:30:00.000Z']);
  });
});

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

  it('refuses a period that opens and closes at the same time', () => {
    expect(errors(week({ days: ['mo'], opens: '09:00', closes: '09:00' }))).to.deep.equal([
      'weekly.0: opens and closes are both "09:00": a whole day is "00:00" to "24:00"',
    ]);
    expect(errors(exception({ date: '2026-12-24', periods: [{ opens: '00:00', closes: '00:00' }] }))).to.deep.equal([
      'exceptions.0.periods.0: opens and closes are both "00:00": a whole day is "00:00" to "24:00"',
    ]);
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
