import { expect } from 'chai';
import { parseCentre } from '../src/model/validate/centre.js';
import type { DataWarning } from '../src/model/problems.js';
import { centre, validate, ids, repaired, skipped } from './centre-fixtures.js';

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
