import { expect } from 'chai';
import { openingStatus, type OpeningHours } from '../src/hours/hours.js';
import { status, office, paris } from './hours-fixtures.js';

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

describe('openingStatus: 24-hour periods (closes equal to opens)', () => {
  it('is open from opening to the same time the next day', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['sa'], opens: '08:00', closes: '08:00' }],
    };
    expect(status(hours, '2026-01-10T06:59:00Z')).to.deep.equal(['closed', '2026-01-10T07:00:00.000Z']);
    expect(status(hours, '2026-01-10T07:00:00Z')).to.deep.equal(['open', '2026-01-11T07:00:00.000Z']);
    expect(status(hours, '2026-01-11T06:59:00Z')).to.deep.equal(['open', '2026-01-11T07:00:00.000Z']);
    expect(status(hours, '2026-01-11T07:00:00Z')).to.deep.equal(['closed', '2026-01-17T07:00:00.000Z']);
  });

  it('is 23 real hours over the skipped hour, on the wall clock', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [{ days: ['sa'], opens: '12:00', closes: '12:00' }],
    };
    expect(status(hours, '2026-03-28T12:00:00Z')).to.deep.equal(['open', '2026-03-29T10:00:00.000Z']);
  });

  it('takes 00:00–00:00 as the whole day, like 00:00–24:00', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      exceptions: [{ date: '2026-12-24', periods: [{ opens: '00:00', closes: '00:00' }] }],
    };
    expect(status(hours, '2026-12-24T10:00:00Z')).to.deep.equal(['open', '2026-12-24T23:00:00.000Z']);
    expect(status(hours, '2026-12-25T10:00:00Z')).to.deep.equal(['unknown', undefined]);
  });

  it('merges with the next day’s period that starts when it ends', () => {
    const hours: OpeningHours = {
      timeZone: 'Europe/Paris',
      weekly: [
        { days: ['fr'], opens: '09:00', closes: '09:00' },
        { days: ['sa'], opens: '09:00', closes: '12:00' },
      ],
    };
    expect(status(hours, '2026-01-09T10:00:00Z')).to.deep.equal(['open', '2026-01-10T11:00:00.000Z']);
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
