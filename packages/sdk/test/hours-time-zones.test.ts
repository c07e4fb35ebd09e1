import { expect } from 'chai';
import type { OpeningHours } from '../src/hours/hours.js';
import { status, office, paris } from './hours-fixtures.js';

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

describe('openingStatus: periods inside a skipped hour', () => {
  // London jumps from 01:00 GMT to 02:00 BST on 2026-03-29 (01:00Z): 01:00–02:00 that day never happens.
  it('drops a period lying wholly in the skipped hour, and opens the next Sunday', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/London',
      weekly: [{ days: ['su'], opens: '01:00', closes: '02:00' }],
    };
    expect(status(hours, '2026-03-28T23:00:00Z')).to.deep.equal(['closed', '2026-04-05T00:00:00.000Z']);
    expect(status(hours, '2026-03-29T01:00:00Z')).to.deep.equal(['closed', '2026-04-05T00:00:00.000Z']);
  });

  it('is open in a period after the jump though an earlier period of the day lies in the skipped hour', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/London',
      weekly: [
        { days: ['su'], opens: '01:15', closes: '01:45' },
        { days: ['su'], opens: '02:10', closes: '05:00' },
      ],
    };
    expect(status(hours, '2026-03-29T01:12:00Z')).to.deep.equal(['open', '2026-03-29T04:00:00.000Z']);
    expect(status(hours, '2026-03-29T00:30:00Z')).to.deep.equal(['closed', '2026-03-29T01:10:00.000Z']);
  });

  it('reads a time in the skipped hour as the moment of the jump', () => {
    // Paris jumps from 02:00 to 03:00 (+2) at 01:00Z: 02:30 is read as 03:00 +2.
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-03-29', periods: [{ opens: '02:30', closes: '04:00' }] }],
    };
    expect(status(hours, '2026-03-29T00:30:00Z')).to.deep.equal(['closed', '2026-03-29T01:00:00.000Z']);
    const late: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-03-29', periods: [{ opens: '00:30', closes: '02:30' }] }],
    };
    expect(status(late, '2026-03-28T23:45:00Z')).to.deep.equal(['open', '2026-03-29T01:00:00.000Z']);
  });
});

describe('openingStatus: days a zone skipped', () => {
  // Kiritimati went from −10 to +14 after 1994-12-30: 1994-12-31 never happened there (10:00Z).
  const kiritimati: OpeningHours = {
    timeZone: 'Pacific/Kiritimati',
    weekly: [
      { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '00:00', closes: '20:00' },
      { days: ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], opens: '21:00', closes: '01:00' },
    ],
  };

  it('is open on the day after the skipped one (Kiritimati, 1995-01-01)', () => {
    expect(status(kiritimati, '1994-12-31T19:00:00Z')).to.deep.equal(['open', '1995-01-01T06:00:00.000Z']);
    expect(status(kiritimati, '1994-12-31T10:00:00Z')).to.deep.equal(['open', '1995-01-01T06:00:00.000Z']);
    expect(status(kiritimati, '1994-12-31T09:30:00Z')).to.deep.equal(['open', '1995-01-01T06:00:00.000Z']);
  });

  it('never opens on the skipped day (Samoa, 2011-12-30)', () => {
    const fridays: OpeningHours = {
      timeZone: 'Pacific/Apia',
      weekly: [{ days: ['fr'], opens: '09:00', closes: '17:00' }],
    };
    // Thursday 29 December 2011, 12:00 −10 (summer time): the next Friday that happens is 6 January 2012, 09:00 +14.
    expect(status(fridays, '2011-12-29T22:00:00Z')).to.deep.equal(['closed', '2012-01-05T19:00:00.000Z']);
  });

  it('does not change to unknown on a skipped day no exception covers', () => {
    const hours: OpeningHours = {
      timeZone: 'Pacific/Kiritimati',
      exceptions: [
        { date: '1994-12-30', closed: true },
        { date: '1995-01-01', periods: [{ opens: '09:00', closes: '17:00' }] },
      ],
    };
    expect(status(hours, '1994-12-30T22:00:00Z')).to.deep.equal(['closed', '1994-12-31T19:00:00.000Z']);
  });
});

describe('openingStatus: a repeated hour across midnight (St John’s, 2009-11-01)', () => {
  // At 00:01 −2:30 on 1 November (02:31Z) clocks went back to 23:01 −3:30 on 31 October:
  // 31 October came back for an hour, and 1 November 00:00 happened twice (02:30Z and 03:30Z).
  const hours: OpeningHours = {
    timeZone: 'America/St_Johns',
    exceptions: [{ date: '2009-10-31', periods: [{ opens: '09:00', closes: '17:00' }] }],
  };

  it('changes to unknown when the clock goes back into a date no hours cover', () => {
    // 2008: the same change a year earlier (02:31Z on 2 November); 1 November is unknown.
    const closed: OpeningHours = {
      timeZone: 'America/St_Johns',
      exceptions: [{ date: '2008-11-02', to: '2008-11-03', closed: true }],
    };
    expect(status(closed, '2008-11-02T02:30:00Z')).to.deep.equal(['closed', '2008-11-02T02:31:00.000Z']);
    expect(status(closed, '2008-11-02T02:31:00Z')).to.deep.equal(['unknown', undefined]);
    expect(status(closed, '2008-11-02T03:30:00Z')).to.deep.equal(['closed', '2008-11-04T03:30:00.000Z']);
  });

  it('never gives a change before the instant asked about', () => {
    expect(status(hours, '2009-11-01T02:00:00Z')).to.deep.equal(['closed', '2009-11-01T02:30:00.000Z']);
    expect(status(hours, '2009-11-01T02:30:00Z')).to.deep.equal(['unknown', undefined]);
    expect(status(hours, '2009-11-01T03:00:00Z')).to.deep.equal(['closed', '2009-11-01T03:30:00.000Z']);
  });
});
