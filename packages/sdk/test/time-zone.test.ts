import { expect } from 'chai';
import { isTimeZone, wallTime, zonedToInstant, zoneOffsetMinutes } from '../src/hours/time-zone.js';

// Expected instants come from the zones' published rules (2026):
// Paris +1/+2, changes 29 Mar and 25 Oct at 01:00Z; London +0/+1, same instants;
// Sydney +11/+10, changes 5 Apr (03:00→02:00) and 4 Oct (02:00→03:00);
// Chatham +13:45/+12:45, changes 5 Apr (03:45→02:45) and 27 Sep (02:45→03:45);
// St John's −3:30/−2:30, changes 8 Mar and 1 Nov at 02:00 local; Los Angeles −8/−7, same days.
const iso = (ms: number): string => new Date(ms).toISOString();
const ms = (text: string): number => new Date(text).getTime();

describe('isTimeZone', () => {
  it('accepts IANA zones', () => {
    for (const zone of ['Europe/Paris', 'UTC', 'Pacific/Chatham', 'America/St_Johns', 'Asia/Kathmandu']) {
      expect(isTimeZone(zone), zone).to.equal(true);
    }
  });

  it('refuses other names, empty strings and bare offsets', () => {
    for (const zone of ['Mars/Base', '', 'Europe/Pariss', '+05:00', '-03:30']) {
      expect(isTimeZone(zone), zone).to.equal(false);
    }
  });

  it('gives the same answer when asked again', () => {
    expect(isTimeZone('Mars/Base')).to.equal(false);
    expect(isTimeZone('Mars/Base')).to.equal(false);
    expect(isTimeZone('Africa/Dakar')).to.equal(true);
    expect(isTimeZone('Africa/Dakar')).to.equal(true);
  });
});

describe('zoneOffsetMinutes', () => {
  it('gives winter and summer offsets in both hemispheres', () => {
    expect(zoneOffsetMinutes(ms('2026-01-15T12:00:00Z'), 'Europe/Paris')).to.equal(60);
    expect(zoneOffsetMinutes(ms('2026-07-15T12:00:00Z'), 'Europe/Paris')).to.equal(120);
    expect(zoneOffsetMinutes(ms('2026-01-15T12:00:00Z'), 'Australia/Sydney')).to.equal(660);
    expect(zoneOffsetMinutes(ms('2026-07-15T12:00:00Z'), 'Australia/Sydney')).to.equal(600);
    expect(zoneOffsetMinutes(ms('2026-01-15T12:00:00Z'), 'America/Los_Angeles')).to.equal(-480);
  });

  it('handles zones with odd offsets, far from UTC', () => {
    expect(zoneOffsetMinutes(ms('2026-06-01T00:00:00Z'), 'Pacific/Kiritimati')).to.equal(840);
    expect(zoneOffsetMinutes(ms('2026-01-15T12:00:00Z'), 'Pacific/Chatham')).to.equal(825);
    expect(zoneOffsetMinutes(ms('2026-07-15T12:00:00Z'), 'Pacific/Chatham')).to.equal(765);
    expect(zoneOffsetMinutes(ms('2026-06-01T00:00:00Z'), 'Asia/Kathmandu')).to.equal(345);
    expect(zoneOffsetMinutes(ms('2026-01-15T12:00:00Z'), 'America/St_Johns')).to.equal(-210);
    expect(zoneOffsetMinutes(ms('2026-07-15T12:00:00Z'), 'America/St_Johns')).to.equal(-150);
    expect(zoneOffsetMinutes(ms('2026-07-15T12:00:00Z'), 'UTC')).to.equal(0);
  });

  it('switches at the exact instant of the change, milliseconds included', () => {
    expect(zoneOffsetMinutes(ms('2026-03-29T00:59:59.999Z'), 'Europe/Paris')).to.equal(60);
    expect(zoneOffsetMinutes(ms('2026-03-29T01:00:00.000Z'), 'Europe/Paris')).to.equal(120);
    expect(zoneOffsetMinutes(ms('2026-10-25T00:59:59.999Z'), 'Europe/Paris')).to.equal(120);
    expect(zoneOffsetMinutes(ms('2026-10-25T01:00:00.000Z'), 'Europe/Paris')).to.equal(60);
  });

  it('throws a RangeError for an unknown zone', () => {
    expect(() => zoneOffsetMinutes(0, 'Mars/Base')).to.throw(RangeError);
  });
});

describe('wallTime', () => {
  it('reads the date, weekday and minutes in the zone', () => {
    expect(wallTime(new Date('2026-03-29T01:30:00Z'), 'Europe/Paris')).to.deep.equal({
      year: 2026,
      month: 3,
      day: 29,
      weekday: 0,
      minutes: 3 * 60 + 30,
    });
  });

  it('is on the next day in Kiritimati while it is still Sunday in UTC', () => {
    expect(wallTime(new Date('2026-05-31T20:00:00Z'), 'Pacific/Kiritimati')).to.deep.equal({
      year: 2026,
      month: 6,
      day: 1,
      weekday: 1,
      minutes: 10 * 60,
    });
  });

  it('is on the previous day in St John’s', () => {
    expect(wallTime(new Date('2026-01-15T02:00:00Z'), 'America/St_Johns')).to.deep.equal({
      year: 2026,
      month: 1,
      day: 14,
      weekday: 3,
      minutes: 22 * 60 + 30,
    });
  });

  it('gives local midnight as minute 0 of the new day', () => {
    expect(wallTime(new Date('2026-01-04T23:00:00Z'), 'Europe/Paris')).to.deep.equal({
      year: 2026,
      month: 1,
      day: 5,
      weekday: 1,
      minutes: 0,
    });
  });
});

describe('zonedToInstant', () => {
  it('converts ordinary wall times', () => {
    expect(iso(zonedToInstant(2026, 1, 5, 9 * 60, 'Europe/Paris'))).to.equal('2026-01-05T08:00:00.000Z');
    expect(iso(zonedToInstant(2026, 7, 15, 9 * 60, 'Pacific/Chatham'))).to.equal('2026-07-14T20:15:00.000Z');
    expect(iso(zonedToInstant(2026, 6, 1, 9 * 60, 'Asia/Kathmandu'))).to.equal('2026-06-01T03:15:00.000Z');
    expect(iso(zonedToInstant(2026, 6, 1, 9 * 60, 'Pacific/Kiritimati'))).to.equal('2026-05-31T19:00:00.000Z');
    expect(iso(zonedToInstant(2026, 1, 14, 9 * 60, 'America/St_Johns'))).to.equal('2026-01-14T12:30:00.000Z');
  });

  it('takes 24:00 as the next midnight, across months and years', () => {
    expect(iso(zonedToInstant(2026, 3, 28, 1440, 'Europe/Paris'))).to.equal('2026-03-28T23:00:00.000Z');
    expect(iso(zonedToInstant(2026, 12, 31, 1440, 'Europe/Paris'))).to.equal('2026-12-31T23:00:00.000Z');
    expect(iso(zonedToInstant(2026, 1, 31, 1440, 'UTC'))).to.equal('2026-02-01T00:00:00.000Z');
  });

  it('reads a wall time skipped in spring as the instant of the jump (Paris, March)', () => {
    expect(iso(zonedToInstant(2026, 3, 29, 2 * 60, 'Europe/Paris'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 29, 2 * 60 + 30, 'Europe/Paris'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 29, 2 * 60 + 59, 'Europe/Paris'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 29, 3 * 60, 'Europe/Paris'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 29, 3 * 60 + 30, 'Europe/Paris'))).to.equal('2026-03-29T01:30:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 29, 60 + 59, 'Europe/Paris'))).to.equal('2026-03-29T00:59:00.000Z');
  });

  it('takes the earlier of a repeated wall time (Paris, October)', () => {
    expect(iso(zonedToInstant(2026, 10, 25, 2 * 60, 'Europe/Paris'))).to.equal('2026-10-25T00:00:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 25, 2 * 60 + 30, 'Europe/Paris'))).to.equal('2026-10-25T00:30:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 25, 3 * 60, 'Europe/Paris'))).to.equal('2026-10-25T02:00:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 25, 60 + 59, 'Europe/Paris'))).to.equal('2026-10-24T23:59:00.000Z');
  });

  it('handles the changes of London', () => {
    expect(iso(zonedToInstant(2026, 3, 29, 60 + 30, 'Europe/London'))).to.equal('2026-03-29T01:00:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 25, 60 + 30, 'Europe/London'))).to.equal('2026-10-25T00:30:00.000Z');
  });

  it('handles the southern hemisphere (Sydney: repeated hour in April, skipped hour in October)', () => {
    expect(iso(zonedToInstant(2026, 4, 5, 2 * 60 + 30, 'Australia/Sydney'))).to.equal('2026-04-04T15:30:00.000Z');
    expect(iso(zonedToInstant(2026, 4, 5, 3 * 60, 'Australia/Sydney'))).to.equal('2026-04-04T17:00:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 4, 2 * 60 + 30, 'Australia/Sydney'))).to.equal('2026-10-03T16:00:00.000Z');
    expect(iso(zonedToInstant(2026, 10, 4, 3 * 60, 'Australia/Sydney'))).to.equal('2026-10-03T16:00:00.000Z');
  });

  it('handles changes at odd offsets (Chatham, St John’s) and in Los Angeles', () => {
    expect(iso(zonedToInstant(2026, 9, 27, 3 * 60, 'Pacific/Chatham'))).to.equal('2026-09-26T14:00:00.000Z');
    expect(iso(zonedToInstant(2026, 4, 5, 3 * 60, 'Pacific/Chatham'))).to.equal('2026-04-04T13:15:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 8, 2 * 60 + 30, 'America/St_Johns'))).to.equal('2026-03-08T05:30:00.000Z');
    expect(iso(zonedToInstant(2026, 11, 1, 60 + 30, 'America/St_Johns'))).to.equal('2026-11-01T04:00:00.000Z');
    expect(iso(zonedToInstant(2026, 3, 8, 2 * 60 + 30, 'America/Los_Angeles'))).to.equal('2026-03-08T10:00:00.000Z');
    expect(iso(zonedToInstant(2026, 11, 1, 60 + 30, 'America/Los_Angeles'))).to.equal('2026-11-01T08:30:00.000Z');
  });

  it('gives the later instant of a repeated wall time when asked', () => {
    expect(iso(zonedToInstant(2026, 10, 25, 2 * 60 + 30, 'Europe/Paris', 'later'))).to.equal(
      '2026-10-25T01:30:00.000Z',
    );
    expect(iso(zonedToInstant(2026, 10, 25, 3 * 60, 'Europe/Paris', 'later'))).to.equal('2026-10-25T02:00:00.000Z');
    // St John's went back from 00:01 −2:30 to 23:01 −3:30 on 1 November 2009: midnight came twice.
    expect(iso(zonedToInstant(2009, 11, 1, 0, 'America/St_Johns'))).to.equal('2009-11-01T02:30:00.000Z');
    expect(iso(zonedToInstant(2009, 11, 1, 0, 'America/St_Johns', 'later'))).to.equal('2009-11-01T03:30:00.000Z');
  });

  it('reads any time of a day a zone skipped as the instant of the jump (Kiritimati, Samoa)', () => {
    expect(iso(zonedToInstant(1994, 12, 31, 0, 'Pacific/Kiritimati'))).to.equal('1994-12-31T10:00:00.000Z');
    expect(iso(zonedToInstant(1994, 12, 31, 21 * 60, 'Pacific/Kiritimati'))).to.equal('1994-12-31T10:00:00.000Z');
    expect(iso(zonedToInstant(1995, 1, 1, 0, 'Pacific/Kiritimati'))).to.equal('1994-12-31T10:00:00.000Z');
    expect(iso(zonedToInstant(2011, 12, 30, 12 * 60, 'Pacific/Apia'))).to.equal('2011-12-30T10:00:00.000Z');
  });

  it('round-trips every quarter hour of both Paris change days, except the second pass of the repeated hour', () => {
    for (const start of ['2026-03-28T22:00:00Z', '2026-10-24T21:00:00Z']) {
      for (let i = 0; i < 4 * 30; i++) {
        const instant = ms(start) + i * 15 * 60_000;
        const t = wallTime(new Date(instant), 'Europe/Paris');
        const back = zonedToInstant(t.year, t.month, t.day, t.minutes, 'Europe/Paris');
        const secondPass = instant >= ms('2026-10-25T01:00:00Z') && instant < ms('2026-10-25T02:00:00Z');
        expect(iso(back), iso(instant)).to.equal(iso(secondPass ? instant - 3_600_000 : instant));
      }
    }
  });
});
