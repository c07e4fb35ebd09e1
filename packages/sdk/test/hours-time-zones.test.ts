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
