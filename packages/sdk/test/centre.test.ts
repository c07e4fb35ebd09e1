import { expect } from 'chai';
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { DEFAULT_TAXONOMY } from '../src/model/taxonomy.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { parseCentre } from '../src/model/validate/centre.js';
import type { DataWarning } from '../src/model/problems.js';

/** A small valid fixed centre; each test changes what it needs. */
function centre(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'centre-1',
    name: { en: 'Test centre', fr: 'Centre de test' },
    kind: 'centre',
    country: 'SN',
    address: '12 Rue de l’Exemple, Dakar',
    position: { lat: 14.67, lng: -17.43 },
    services: ['pre-departure'],
    ...overrides,
  };
}

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

function validate(centres: unknown, extra: Record<string, unknown> = {}): ReturnType<typeof validateDataset> {
  return validateDataset({
    format: DATASET_FORMAT,
    publisher: { name: 'Test publisher' },
    defaultLocale: 'en',
    centres,
    ...extra,
  });
}

const ids = (result: ReturnType<typeof validateDataset>): string[] => result.dataset.centres.map((c) => c.id);
const repaired = (path: string, reason: string): DataWarning => ({ path, reason, action: 'repaired' });
const skipped = (path: string, reason: string): DataWarning => ({ path, reason, action: 'skipped' });

describe('centres: a valid record', () => {
  it('is kept as it is, with defaults for the lists it does not give', () => {
    const result = validate([centre()]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset.centres).to.deep.equal([
      {
        id: 'centre-1',
        name: { en: 'Test centre', fr: 'Centre de test' },
        kind: 'centre',
        country: 'SN',
        address: '12 Rue de l’Exemple, Dakar',
        position: { lat: 14.67, lng: -17.43 },
        services: ['pre-departure'],
        audiences: [],
        languages: [],
        channels: [],
        stops: [],
      },
    ]);
  });

  it('keeps every optional field', () => {
    const full = centre({
      operator: 'Demo network',
      description: { en: 'Advice before leaving' },
      region: 'Dakar',
      city: { en: 'Dakar', ar: 'داكار' },
      audiences: ['potential-migrants', 'families'],
      languages: ['fr', 'wo'],
      accessibility: { wheelchair: true, notes: 'Step-free entrance' },
      appointment: 'either',
      url: 'https://example.org/centre',
      lastVerified: '2026-04-14',
    });
    const result = validate([full]);
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset.centres[0]).to.deep.include({
      operator: 'Demo network',
      description: { en: 'Advice before leaving' },
      region: 'Dakar',
      city: { en: 'Dakar', ar: 'داكار' },
      audiences: ['potential-migrants', 'families'],
      languages: ['fr', 'wo'],
      accessibility: { wheelchair: true, notes: 'Step-free entrance' },
      appointment: 'either',
      url: 'https://example.org/centre',
      lastVerified: '2026-04-14',
    });
  });

  it('can be used on its own with a set of service ids', () => {
    const warnings: DataWarning[] = [];
    const parsed = parseCentre(
      centre({ services: ['mine', 'pre-departure'] }),
      ['centres', 0],
      warnings,
      new Set(['mine']),
    );
    expect(parsed?.services).to.deep.equal(['mine']);
    expect(warnings).to.deep.equal([
      repaired('$.centres[0].services[1]', '"pre-departure" is not a service in the taxonomy; left out'),
    ]);
  });
});

describe('centres: required fields', () => {
  it('skips a record without a valid id, name, kind or country, and keeps the others', () => {
    const result = validate([
      centre({ id: 'good-1' }),
      centre({ id: 'bad id' }),
      centre({ id: 'no-name', name: undefined }),
      centre({ id: 'no-kind', kind: undefined }),
      centre({ id: 'office', kind: 'office' }),
      centre({ id: 'no-country', country: undefined }),
      centre({ id: 'lower-country', country: 'sn' }),
      'a centre',
      centre({ id: 'good-2' }),
    ]);
    expect(ids(result)).to.deep.equal(['good-1', 'good-2']);
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[1].id', 'an id uses letters, digits and - _ . : (at most 128)'),
      skipped('$.centres[2].name', 'is required (a text, or texts by language such as { "en": "Help", "fr": "Aide" })'),
      skipped('$.centres[3].kind', 'is required ("centre" or "mobile-team" or "online")'),
      skipped('$.centres[4].kind', 'must be "centre" or "mobile-team" or "online", found the text "office"'),
      skipped('$.centres[5].country', 'is required (a text)'),
      skipped('$.centres[6].country', 'a country is a two-letter ISO 3166-1 code in capitals, such as "SN"'),
      skipped('$.centres[7]', 'expected an object, found the text "a centre"'),
    ]);
  });

  it('keeps the first of two centres with the same id', () => {
    const result = validate([centre({ id: 'same', name: 'First' }), centre({ id: 'same', name: 'Second' })]);
    expect(result.dataset.centres.map((c) => c.name)).to.deep.equal(['First']);
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[1].id', 'duplicate id "same"; the first record with it is kept'),
    ]);
  });

  it('reports centres that are not a list, and accepts a dataset without centres', () => {
    const notList = validate({ 'centre-1': centre() });
    expect(notList.dataset.centres).to.deep.equal([]);
    expect(notList.warnings).to.deep.equal([skipped('$.centres', 'must be a list of centres; ignored')]);
    expect(validate(undefined)).to.deep.include({ warnings: [] });
  });
});

describe('centres: position', () => {
  it('drops a swapped pair, saying so, and keeps a centre that has an address', () => {
    const result = validate([centre({ position: { lat: 120, lng: 14 } })]);
    expect(result.dataset.centres[0]).not.to.have.property('position');
    expect(result.warnings).to.deep.equal([
      repaired(
        '$.centres[0].position',
        'lat and lng look swapped (lat 120, lng 14): lat runs from -90 to 90, lng from -180 to 180; this field was left out',
      ),
    ]);
  });

  it('drops a position out of range, 0,0 ("null island") and a position written as text', () => {
    const result = validate([
      centre({ id: 'a', position: { lat: 95, lng: 100 } }),
      centre({ id: 'b', position: { lat: 14, lng: -200 } }),
      centre({ id: 'c', position: { lat: 0, lng: 0 } }),
      centre({ id: 'd', position: { lat: '14.67', lng: -17.43 } }),
      centre({ id: 'e', position: [14.67, -17.43] }),
    ]);
    expect(ids(result)).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    for (const c of result.dataset.centres) expect(c, c.id).not.to.have.property('position');
    expect(result.warnings).to.deep.equal([
      repaired(
        '$.centres[0].position.lat',
        'lat 95 is out of range: it runs from -90 (south) to 90 (north); this field was left out',
      ),
      repaired(
        '$.centres[1].position.lng',
        'lng -200 is out of range: it runs from -180 (west) to 180 (east); this field was left out',
      ),
      repaired(
        '$.centres[2].position',
        'lat 0, lng 0 is "null island", probably a missing position; this field was left out',
      ),
      repaired('$.centres[3].position.lat', 'expected a number, found the text "14.67"; this field was left out'),
      repaired('$.centres[4].position', 'expected an object, found a list; this field was left out'),
    ]);
  });

  it('skips a fixed centre that has neither a position nor an address', () => {
    const result = validate([
      centre({ id: 'position-only', address: undefined }),
      centre({ id: 'address-only', position: undefined }),
      centre({ id: 'neither', address: undefined, position: undefined }),
      centre({ id: 'bad-position', address: undefined, position: { lat: 0, lng: 0 } }),
    ]);
    expect(ids(result)).to.deep.equal(['position-only', 'address-only']);
    const reason = 'a centre needs a position or an address: without either nobody could find it';
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[2]', reason),
      repaired(
        '$.centres[3].position',
        'lat 0, lng 0 is "null island", probably a missing position; this field was left out',
      ),
      skipped('$.centres[3]', reason),
    ]);
  });
});

describe('centres: services and audiences', () => {
  it('drops each unknown service or audience, naming it, and keeps the record', () => {
    const result = validate([
      centre({
        services: ['pre-departure', 'counselling', 42, 'referral'],
        audiences: ['returnees', 'youth', null, 'refugees'],
      }),
    ]);
    expect(result.dataset.centres[0]).to.deep.include({
      services: ['pre-departure', 'referral'],
      audiences: ['returnees', 'refugees'],
    });
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].services[1]', '"counselling" is not a service in the taxonomy; left out'),
      repaired('$.centres[0].services[2]', 'expected a service id, found the number 42; left out'),
      repaired(
        '$.centres[0].audiences[1]',
        '"youth" is not an audience: use migrants, potential-migrants, returnees, families, asylum-seekers, refugees; left out',
      ),
      repaired('$.centres[0].audiences[2]', 'expected an audience, found null; left out'),
    ]);
  });

  it('accepts the services the dataset adds to the taxonomy', () => {
    const result = validate([centre({ services: ['psychosocial-support', 'referral'] })], {
      taxonomy: [{ id: 'psychosocial-support', name: { en: 'Psychosocial support', fr: 'Soutien psychosocial' } }],
    });
    expect(result.warnings).to.deep.equal([]);
    expect(result.dataset.centres[0]?.services).to.deep.equal(['psychosocial-support', 'referral']);
  });

  it('leaves out services or audiences that are not lists', () => {
    const result = validate([centre({ services: 'referral', audiences: { migrants: true } })]);
    expect(result.dataset.centres[0]).to.deep.include({ services: [], audiences: [] });
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].services', 'expected a list, found the text "referral"; this field was left out'),
      repaired('$.centres[0].audiences', 'expected a list, found an object; this field was left out'),
    ]);
  });
});

describe('centres: optional fields', () => {
  it('leaves out a bad optional field and keeps the centre', () => {
    const result = validate([
      centre({
        operator: '',
        languages: ['fr', 'Wolof'],
        accessibility: { wheelchair: 'yes' },
        appointment: 'by phone',
        lastVerified: '2026-02-30',
      }),
    ]);
    expect(ids(result)).to.deep.equal(['centre-1']);
    const [kept] = result.dataset.centres;
    for (const key of ['operator', 'accessibility', 'appointment', 'lastVerified']) {
      expect(kept, key).not.to.have.property(key);
    }
    expect(kept?.languages).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].operator', 'text is empty; this field was left out'),
      repaired(
        '$.centres[0].languages[1]',
        'not a BCP 47 language tag such as "en", "ar" or "es-MX"; this field was left out',
      ),
      repaired(
        '$.centres[0].accessibility.wheelchair',
        'expected true or false, found the text "yes"; this field was left out',
      ),
      repaired(
        '$.centres[0].appointment',
        'must be "walk-in" or "appointment" or "either", found the text "by phone"; this field was left out',
      ),
      repaired('$.centres[0].lastVerified', 'not a date written YYYY-MM-DD; this field was left out'),
    ]);
  });

  it('drops a web page that is not a safe http(s) link', () => {
    const result = validate([
      centre({ id: 'a', url: 'javascript:alert(1)' }),
      centre({ id: 'b', url: 'mailto:centre@example.org' }),
      centre({ id: 'c', url: 42 }),
    ]);
    expect(ids(result)).to.deep.equal(['a', 'b', 'c']);
    for (const c of result.dataset.centres) expect(c, c.id).not.to.have.property('url');
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].url', '"javascript:" links are not allowed; use https:, http:, tel:, sms: or mailto:'),
      repaired('$.centres[1].url', 'a web page must be an http(s) link'),
      repaired('$.centres[2].url', 'is not a link'),
    ]);
  });

  it('drops bad hours, shown as unknown', () => {
    const result = validate([centre({ hours: { timeZone: 'Africa/Dakkar', alwaysOpen: true } })]);
    expect(result.dataset.centres[0]).not.to.have.property('hours');
    expect(result.warnings).to.deep.equal([
      repaired(
        '$.centres[0].hours.timeZone',
        '"Africa/Dakkar" is not an IANA time zone such as "Africa/Dakar"; hours dropped, shown as unknown',
      ),
    ]);
  });
});

describe('centres: channels', () => {
  const office = {
    timeZone: 'Africa/Dakar',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '17:30' }],
  };

  it("gives each channel the centre's hours and languages, and free only when the channel says so", () => {
    const afternoons = { timeZone: 'Africa/Dakar', weekly: [{ days: ['mo'], opens: '14:00', closes: '18:00' }] };
    const result = validate([
      centre({
        hours: office,
        languages: ['fr', 'wo'],
        channels: [
          { kind: 'voice', value: '+44 20 7946 0123' },
          { kind: 'whatsapp', value: '+44 7700 900123', hours: afternoons, languages: ['wo'], free: true },
        ],
      }),
    ]);
    expect(result.warnings).to.deep.equal([]);
    const [voice, whatsapp] = result.dataset.centres[0]?.channels ?? [];
    expect(voice).to.deep.include({ href: 'tel:+442079460123', hours: office, languages: ['fr', 'wo'], free: false });
    expect(whatsapp).to.deep.include({ hours: afternoons, languages: ['wo'], free: true });
  });

  it('skips a bad channel and keeps a centre with no channel left: people can walk in', () => {
    const result = validate([
      centre({ id: 'one-bad', channels: [{ kind: 'voice', value: '33 800 00 00' }] }),
      centre({ id: 'empty', channels: [] }),
      centre({ id: 'not-a-list', channels: 'call us' }),
    ]);
    expect(ids(result)).to.deep.equal(['one-bad', 'empty', 'not-a-list']);
    for (const c of result.dataset.centres) expect(c.channels, c.id).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      skipped(
        '$.centres[0].channels[0].value',
        '"33 800 00 00" has no country code: write it in international form, such as +221 33 800 00 00',
      ),
      repaired('$.centres[2].channels', 'expected a list, found the text "call us"; this field was left out'),
    ]);
  });
});

describe('centres: online services', () => {
  it('keeps an online service with a channel or a web page, and skips one with neither', () => {
    const online = { kind: 'online', address: undefined, position: undefined };
    const result = validate([
      centre({ id: 'chat', ...online, channels: [{ kind: 'chat', value: 'https://example.org/chat' }] }),
      centre({ id: 'web', ...online, url: 'https://example.org/course' }),
      centre({ id: 'nothing', ...online }),
      centre({ id: 'bad-only', ...online, channels: [{ kind: 'chat', value: 'http://example.org/chat' }] }),
    ]);
    expect(ids(result)).to.deep.equal(['chat', 'web']);
    const reason =
      'an online service needs a contact channel or a web page (url): without either nobody could reach it';
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[2]', reason),
      skipped('$.centres[3].channels[0].value', 'a chat link must start with https://'),
      skipped('$.centres[3]', reason),
    ]);
  });
});

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

describe('taxonomy', () => {
  it('is the default taxonomy when the dataset gives none', () => {
    const result = validate([]);
    expect(result.dataset.taxonomy).to.deep.equal(DEFAULT_TAXONOMY);
  });

  it("adds the dataset's terms, and lets a term with a default id replace that term in place", () => {
    const renamed = { id: 'referral', name: { en: 'Referral', fr: 'Orientation' } };
    const added = { id: 'psychosocial-support', name: 'Psychosocial support', description: 'Someone to talk to' };
    const result = validate([], { taxonomy: [added, renamed] });
    expect(result.warnings).to.deep.equal([]);
    const terms = result.dataset.taxonomy;
    expect(terms.map((t) => t.id)).to.deep.equal([...DEFAULT_TAXONOMY.map((t) => t.id), 'psychosocial-support']);
    expect(terms.find((t) => t.id === 'referral')).to.deep.equal(renamed);
    expect(terms.at(-1)).to.deep.equal(added);
  });

  it('checks each term on its own', () => {
    const result = validate([centre({ services: ['good', 'no-name', 'dup'] })], {
      taxonomy: [
        { id: 'good', name: 'Good', description: '' },
        { id: 'no-name' },
        { id: 'bad id', name: 'Bad' },
        { id: 'dup', name: 'First' },
        { id: 'dup', name: 'Second' },
      ],
    });
    expect(result.dataset.taxonomy.slice(DEFAULT_TAXONOMY.length)).to.deep.equal([
      { id: 'good', name: 'Good' },
      { id: 'dup', name: 'First' },
    ]);
    expect(result.dataset.centres[0]?.services).to.deep.equal(['good', 'dup']);
    expect(result.warnings).to.deep.equal([
      repaired('$.taxonomy[0].description', 'text is empty; this field was left out'),
      skipped(
        '$.taxonomy[1].name',
        'is required (a text, or texts by language such as { "en": "Help", "fr": "Aide" })',
      ),
      skipped('$.taxonomy[2].id', 'an id uses letters, digits and - _ . : (at most 128)'),
      skipped('$.taxonomy[4].id', 'duplicate id "dup"; the first term with it is kept'),
      repaired('$.centres[0].services[1]', '"no-name" is not a service in the taxonomy; left out'),
    ]);
  });

  it('ignores a taxonomy that is not a list, keeping the default one', () => {
    const result = validate([], { taxonomy: { referral: 'Referral' } });
    expect(result.dataset.taxonomy).to.deep.equal(DEFAULT_TAXONOMY);
    expect(result.warnings).to.deep.equal([skipped('$.taxonomy', 'must be a list of service terms; ignored')]);
  });
});
