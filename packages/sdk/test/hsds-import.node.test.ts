// Every HSDS 3 example of Open Referral imports: what is usable is kept, and every value left out
// or changed is reported with its path in the example and a reason. Node only: the browser test
// runner does not serve JSON modules, so the examples are read from disk.
import { readdirSync, readFileSync } from 'node:fs';
import { expect } from 'chai';
import { importHsds } from '../src/hsds/import.js';
import type { DataWarning } from '../src/model/problems.js';

const DIR = new URL('../../../test/fixtures/hsds/', import.meta.url);
const TODAY = '2026-12-01';
const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
// openapi.json describes the API; it is not directory data.
const EXAMPLES = readdirSync(DIR)
  .filter((f) => f.endsWith('.json') && f !== 'openapi.json')
  .sort();

/** The value at a JSON path such as `$.contents[0].phones[1].number` (only the forms the importer writes). */
function at(root: unknown, path: string): { found: boolean; value: unknown } {
  const segments = [...path.slice(1).matchAll(/\.([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map(
    (m) => m[1] ?? (m[2] !== undefined ? Number(m[2]) : (JSON.parse(m[3]!) as string)),
  );
  let value: unknown = root;
  for (const key of segments) {
    if (value === null || typeof value !== 'object' || !(key in value)) return { found: false, value: undefined };
    value = (value as Record<string | number, unknown>)[key];
  }
  return { found: true, value };
}

function warningAt(warnings: readonly DataWarning[], path: string, action: DataWarning['action']): DataWarning {
  const found = warnings.find((w) => w.path === path && w.action === action);
  expect(found, `a ${action} warning at ${path}; got ${JSON.stringify(warnings, null, 1)}`).to.exist;
  return found!;
}

describe('importHsds on the Open Referral examples', () => {
  it('finds every example', () => {
    expect(EXAMPLES).to.include.members([
      'location.json',
      'organization_full.json',
      'organization_list.json',
      'service_at_location_full.json',
      'service_at_location_list.json',
      'service_full.json',
      'service_list.json',
      'taxonomy_term_list.json',
    ]);
  });

  for (const name of EXAMPLES) {
    it(`${name}: imports, and every warning points at a field of the example with a reason`, () => {
      const input = fixture(name);
      const { dataset, warnings } = importHsds(input, { today: TODAY });
      expect(dataset.format).to.equal('mrc-kit/dataset@1');
      expect(warnings.length).to.be.greaterThan(0);
      for (const w of warnings) {
        expect(['skipped', 'repaired']).to.include(w.action);
        expect(w.reason.trim(), w.path).not.to.equal('');
        // The field itself, or for a missing field the record that lacks it.
        const parent = w.path.replace(/(\.[A-Za-z_$][\w$]*|\[\d+\])$/, '');
        expect(at(input, w.path).found || at(input, parent).found, `${w.path} is in ${name}`).to.equal(true);
      }
    });
  }
});

describe('service_at_location_full.json', () => {
  const input = fixture('service_at_location_full.json');
  const { dataset, warnings } = importHsds(input, { today: TODAY });
  const centre = dataset.centres[0]!;

  it('keeps one centre with the names, place, operator and texts of the example', () => {
    expect(dataset.centres).to.have.length(1);
    expect(centre).to.include({
      id: 'e94c9f38-1e8f-4564-91d4-d53501ab1765',
      name: 'Community Counselling',
      kind: 'centre',
      operator: 'Example Organization Inc.',
      description: 'Counselling Services provided by trained professionals in the MyCity area.',
      country: 'US',
      city: 'MyCity',
      region: 'MyState',
      url: 'http://example.com/counselling',
      lastVerified: '2005-01-01',
    });
    expect(centre.address).to.equal('MyCity Civic Center\n1-30 Main Street\nMyVillage\nABC 1234');
    expect(centre.accessibility?.notes).to.include('induction loops');
    expect(dataset.publisher).to.deep.equal({ name: 'Example Organization Inc.', url: 'http://example.com/' });
  });

  it('keeps the phone in E.164 with its languages, and the email', () => {
    expect(centre.channels.map((c) => [c.kind, c.value, c.href])).to.deep.equal([
      ['voice', '+441234234567', 'tel:+441234234567'],
      ['email', 'email@example.com', 'mailto:email@example.com'],
    ]);
    expect(centre.channels[0]!.languages).to.deep.equal(['ur']);
    expect(centre.channels[0]!.display).to.equal('+44 1234 234567');
  });

  it('maps languages and the taxonomy term', () => {
    expect(centre.languages).to.deep.equal(['ur']);
    expect(centre.services).to.deep.equal(['taxonomy:code']);
    const term = dataset.taxonomy.find((t) => t.id === 'taxonomy:code');
    expect(term).to.deep.equal({ id: 'taxonomy:code', name: { en: 'name' }, description: { en: 'description' } });
  });

  it('reports the quoted phone number, and its extension', () => {
    expect(warningAt(warnings, '$.phones[0].number', 'repaired').reason).to.include('quote marks');
    warningAt(warnings, '$.service.phones[0].number', 'repaired');
    warningAt(warnings, '$.phones[0].extension', 'repaired');
  });

  it('reports the schedule valid on one day that is not one of its days, and keeps no wrong hours', () => {
    const w = warningAt(warnings, '$.schedules[0].valid_from', 'skipped');
    expect(w.reason).to.include('valid_from and valid_to are both 2005-01-01');
    expect(w.reason).to.include('Saturday');
    for (const key of ['byweekno', 'bymonthday', 'byyearday', 'count'])
      warningAt(warnings, `$.schedules[0].${key}`, 'skipped');
    expect(centre.hours?.weekly).to.equal(undefined);
    expect(centre.hours?.exceptions).to.equal(undefined);
  });

  it('reads the numeric time zone as a fixed zone, says daylight-saving time is then ignored, and keeps the texts', () => {
    const w = warningAt(warnings, '$.schedules[0].timezone', 'repaired');
    expect(w.reason).to.include('Etc/GMT-3');
    expect(w.reason).to.include('daylight-saving');
    expect(centre.hours?.timeZone).to.equal('Etc/GMT-3');
    expect(centre.hours?.note).to.include('The service is available from 10 am to 6pm weekdays.');
  });

  it('uses the timeZone option instead of the numeric offset', () => {
    const result = importHsds(input, { today: TODAY, timeZone: 'America/New_York' });
    expect(result.dataset.centres[0]!.hours?.timeZone).to.equal('America/New_York');
    expect(warningAt(result.warnings, '$.schedules[0].timezone', 'repaired').reason).to.include('America/New_York');
  });

  it('reports the impossible latitude, the postal address and the name to send mail to', () => {
    expect(centre.position).to.equal(undefined);
    expect(warningAt(warnings, '$.location.latitude', 'repaired').reason).to.include('100');
    warningAt(warnings, '$.location.addresses[0].address_type', 'repaired');
    warningAt(warnings, '$.location.addresses[0].attention', 'repaired');
    expect(JSON.stringify(dataset)).not.to.include('A. Persona');
    expect(JSON.stringify(dataset)).not.to.include('Ann Persona');
  });
});

describe('the other examples', () => {
  it('service_full.json: a centre for each of its services at a location', () => {
    const { dataset, warnings } = importHsds(fixture('service_full.json'), { today: TODAY });
    expect(dataset.centres.map((c) => [c.id, c.name])).to.deep.equal([
      ['e94c9f38-1e8f-4564-91d4-d53501ab1765', 'Community Counselling'],
    ]);
    warningAt(warnings, '$.service_at_locations[0].phones[0].number', 'repaired');
    warningAt(warnings, '$.service_at_locations[0].schedules[0].valid_from', 'skipped');
  });

  it('organization_full.json: a centre for its location, with the services offered there', () => {
    const { dataset, warnings } = importHsds(fixture('organization_full.json'), { today: TODAY });
    const centre = dataset.centres[0]!;
    expect(dataset.centres).to.have.length(1);
    expect(centre).to.include({
      id: '3a19ff88-4620-4d17-9830-ac1d859eb5d5',
      name: 'MyCity Civic Center',
      operator: 'Example Organization Inc.',
    });
    expect(centre.services).to.deep.equal(['taxonomy:code']);
    expect(centre.channels.map((c) => c.value)).to.deep.equal(['+441234234567', 'email@example.com']);
    warningAt(warnings, '$.locations[0].schedules[0].timezone', 'repaired');
  });

  it('location.json: a centre for the place itself', () => {
    const { dataset } = importHsds(fixture('location.json'), { today: TODAY });
    expect(dataset.centres.map((c) => [c.id, c.name, c.country])).to.deep.equal([
      ['3a19ff88-4620-4d17-9830-ac1d859eb5d5', 'MyCity Civic Center', 'US'],
    ]);
    expect(dataset.publisher.name).to.equal('HSDS import');
  });

  it('service_at_location_list.json: one page of ten, whose short entry has no country or place', () => {
    const input = fixture('service_at_location_list.json');
    const plain = importHsds(input, { today: TODAY });
    expect(plain.dataset.centres).to.deep.equal([]);
    expect(warningAt(plain.warnings, '$.total_pages', 'skipped').reason).to.include('page 1 of 10');
    warningAt(plain.warnings, '$.contents[0].location.addresses', 'skipped');
    // With a country, the dataset check finds no position or address and says so at the HSDS record.
    const withCountry = importHsds(input, { today: TODAY, defaultCountry: 'US' });
    expect(withCountry.dataset.centres).to.deep.equal([]);
    expect(warningAt(withCountry.warnings, '$.contents[0]', 'skipped').reason).to.include('position or an address');
  });

  it('service_list.json and organization_list.json: short entries that say where nothing is', () => {
    const services = importHsds(fixture('service_list.json'), { today: TODAY });
    expect(services.dataset.centres).to.deep.equal([]);
    expect(warningAt(services.warnings, '$.contents[0]', 'skipped').reason).to.include('service_at_locations');
    const orgs = importHsds(fixture('organization_list.json'), { today: TODAY });
    expect(orgs.dataset.centres).to.deep.equal([]);
    expect(warningAt(orgs.warnings, '$.contents[0]', 'skipped').reason).to.include('no locations');
  });

  it('taxonomy_term_list.json: its terms join the dataset taxonomy', () => {
    const { dataset, warnings } = importHsds(fixture('taxonomy_term_list.json'), { today: TODAY });
    expect(dataset.centres).to.deep.equal([]);
    expect(dataset.taxonomy.map((t) => t.id)).to.include('taxonomy:code');
    expect(warningAt(warnings, '$', 'skipped').reason).to.include('only taxonomy terms');
  });

  it('all the examples together: the same place given three ways is one centre per record, each id once', () => {
    const all = EXAMPLES.map(fixture);
    const { dataset, warnings } = importHsds(all, { today: TODAY });
    const ids = dataset.centres.map((c) => c.id);
    expect(new Set(ids).size).to.equal(ids.length);
    expect(ids).to.include.members(['e94c9f38-1e8f-4564-91d4-d53501ab1765', '3a19ff88-4620-4d17-9830-ac1d859eb5d5']);
    expect(warnings.some((w) => w.reason.includes('duplicate id'))).to.equal(true);
  });
});
