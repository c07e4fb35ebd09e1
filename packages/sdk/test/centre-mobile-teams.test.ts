import { expect } from 'chai';
import { centre, validate, ids, repaired, skipped } from './centre-fixtures.js';

/** A small valid mobile team with two stops. */
function team(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return centre({
    id: 'team-1',
    kind: 'mobile-team',
    address: undefined,
    position: undefined,
    stops: [
      { place: 'Podor', start: '2026-11-17T09:00:00+00:00', end: '2026-11-17T16:00:00+00:00' },
      { place: 'Matam', start: '2026-11-19T09:00:00+00:00', end: '2026-11-19T15:00:00+00:00' },
    ],
    ...overrides,
  });
}

describe('centres: mobile teams and stops', () => {
  it('keeps the stops in time order, whatever their offsets', () => {
    const result = validate([
      team({
        stops: [
          { place: 'Third', start: '2026-11-24T08:00:00-06:00', end: '2026-11-24T13:00:00-06:00' },
          { place: 'First', start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
          {
            place: 'Second',
            position: { lat: 15.66, lng: -13.26 },
            start: '2026-11-24T12:00:00+01:00',
            end: '2026-11-24T13:00:00+01:00',
            note: 'By the market',
          },
        ],
      }),
    ]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset.centres[0]?.stops).to.deep.equal([
      { place: 'First', start: '2026-11-24T09:00:00Z', end: '2026-11-24T10:00:00Z' },
      {
        place: 'Second',
        position: { lat: 15.66, lng: -13.26 },
        start: '2026-11-24T12:00:00+01:00',
        end: '2026-11-24T13:00:00+01:00',
        note: 'By the market',
      },
      { place: 'Third', start: '2026-11-24T08:00:00-06:00', end: '2026-11-24T13:00:00-06:00' },
    ]);
  });

  it('skips each bad stop and leaves out a bad stop position', () => {
    const result = validate([
      team({
        stops: [
          { place: 'No offset', start: '2026-11-17T09:00:00', end: '2026-11-17T16:00:00+00:00' },
          { place: 'Backwards', start: '2026-11-17T16:00:00+00:00', end: '2026-11-17T09:00:00+00:00' },
          { place: 'Same time', start: '2026-11-17T09:00:00+00:00', end: '2026-11-17T09:00:00+00:00' },
          { start: '2026-11-18T09:00:00+00:00', end: '2026-11-18T16:00:00+00:00' },
          {
            place: 'Swapped',
            position: { lat: -91.5, lng: 14.8 },
            start: '2026-11-19T09:00:00-06:00',
            end: '2026-11-19T13:00:00-06:00',
          },
        ],
      }),
    ]);
    expect(result.dataset.centres[0]?.stops).to.deep.equal([
      { place: 'Swapped', start: '2026-11-19T09:00:00-06:00', end: '2026-11-19T13:00:00-06:00' },
    ]);
    expect(result.warnings).to.deep.equal([
      skipped(
        '$.centres[0].stops[0].start',
        '"2026-11-17T09:00:00" is not a date and time with its offset, such as "2026-11-10T09:00:00+00:00"',
      ),
      skipped(
        '$.centres[0].stops[1].end',
        'end 2026-11-17T09:00:00+00:00 is not after start 2026-11-17T16:00:00+00:00',
      ),
      skipped(
        '$.centres[0].stops[2].end',
        'end 2026-11-17T09:00:00+00:00 is not after start 2026-11-17T09:00:00+00:00',
      ),
      skipped(
        '$.centres[0].stops[3].place',
        'is required (a text, or texts by language such as { "en": "Help", "fr": "Aide" })',
      ),
      repaired(
        '$.centres[0].stops[4].position',
        'lat and lng look swapped (lat -91.5, lng 14.8): lat runs from -90 to 90, lng from -180 to 180; this field was left out',
      ),
    ]);
  });

  it('keeps a mobile team with stops or a position, and skips one with neither', () => {
    const result = validate([
      team({ id: 'stops' }),
      team({ id: 'base', stops: undefined, position: { lat: 16.03, lng: -16.5 } }),
      team({ id: 'nothing', stops: [] }),
      team({ id: 'all-bad', stops: [{ place: 'Podor', start: 'Tuesday', end: 'Wednesday' }] }),
    ]);
    expect(ids(result)).to.deep.equal(['stops', 'base']);
    const reason = 'a mobile team needs at least one stop or a position: without either nobody could find it';
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[2]', reason),
      skipped(
        '$.centres[3].stops[0].start',
        '"Tuesday" is not a date and time with its offset, such as "2026-11-10T09:00:00+00:00"',
      ),
      skipped(
        '$.centres[3].stops[0].end',
        '"Wednesday" is not a date and time with its offset, such as "2026-11-10T09:00:00+00:00"',
      ),
      skipped('$.centres[3]', reason),
    ]);
  });

  it('leaves out the stops of a fixed centre or an online service', () => {
    const stops = [{ place: 'Podor', start: '2026-11-17T09:00:00+00:00', end: '2026-11-17T16:00:00+00:00' }];
    const result = validate([
      centre({ id: 'fixed', stops }),
      centre({ id: 'online', kind: 'online', url: 'https://example.org/', stops }),
    ]);
    expect(result.dataset.centres.map((c) => [c.id, c.stops])).to.deep.equal([
      ['fixed', []],
      ['online', []],
    ]);
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].stops', 'only a mobile team has stops, and this is a fixed centre; stops left out'),
      repaired('$.centres[1].stops', 'only a mobile team has stops, and this is an online service; stops left out'),
    ]);
  });

  it('leaves out stops that are not a list', () => {
    const result = validate([team({ stops: 'every Tuesday', position: { lat: 16.03, lng: -16.5 } })]);
    expect(result.dataset.centres[0]?.stops).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].stops', 'expected a list, found the text "every Tuesday"; this field was left out'),
    ]);
  });
});
