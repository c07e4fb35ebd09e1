import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { demoDataset } from '@mrc-kit/sdk';
import { mrcKit } from './support/cli.js';
import { hsdsDir, dir } from './hsds-fixtures.js';

// The required fields, types, formats and enums of the HSDS 3 entity schemas for the objects the
// export writes (service, organization, phone, schedule, language, location, address,
// accessibility, service_at_location, service_area, attribute, taxonomy_term), written out by hand:
// the compiled schemas are not in the fixtures (their openapi.json only refers to them by URL).
// Open Referral, CC BY-SA 4.0. The test below checks that they accept Open Referral's own example
// of a full service, and checks each page against the fixture's openapi.json.
const uuid = { type: 'string', format: 'uuid' };
const text = { type: 'string' };
const list = (items: object) => ({ type: 'array', items });
const object = (required: string[], properties: Record<string, object>) => ({ type: 'object', required, properties });
const language = object(['id'], {
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  phone_id: uuid,
  name: text,
  code: text,
});
const phone = object(['id', 'number'], {
  id: uuid,
  number: text,
  extension: { type: 'number' },
  type: text,
  description: text,
  languages: list(language),
});
const schedule = object(['id'], {
  id: uuid,
  valid_from: text,
  valid_to: text,
  dtstart: text,
  timezone: { type: 'number' },
  interval: { type: 'number' },
  freq: { enum: ['WEEKLY', 'MONTHLY'] },
  byday: text,
  opens_at: text,
  closes_at: text,
  description: text,
});
const address = object(['id', 'address_1', 'city', 'state_province', 'postal_code', 'country', 'address_type'], {
  id: uuid,
  location_id: uuid,
  address_1: text,
  city: text,
  state_province: text,
  postal_code: text,
  country: text,
  address_type: { enum: ['physical', 'postal', 'virtual'] },
});
const accessibility = object(['id'], { id: uuid, location_id: uuid, description: text });
const location = object(['id', 'location_type'], {
  id: uuid,
  location_type: { enum: ['physical', 'postal', 'virtual'] },
  url: { type: 'string', format: 'uri' },
  latitude: { type: 'number' },
  longitude: { type: 'number' },
  external_identifier: text,
  external_identifier_type: text,
  addresses: list(address),
  accessibility: list(accessibility),
  phones: list(phone),
  schedules: list(schedule),
  languages: list(language),
});
const serviceAtLocation = object(['id'], {
  id: uuid,
  service_id: uuid,
  location_id: uuid,
  description: text,
  phones: list(phone),
  schedules: list(schedule),
  location,
});
const organization = object(['id', 'name', 'description'], { id: uuid, name: text, description: text });
const taxonomyTerm = object(['id', 'name', 'description'], {
  id: uuid,
  code: text,
  name: text,
  description: text,
  taxonomy: text,
});
const attribute = object(['id'], {
  id: uuid,
  link_id: uuid,
  taxonomy_term_id: uuid,
  link_type: text,
  link_entity: text,
  taxonomy_term: taxonomyTerm,
});
const serviceArea = object(['id'], { id: uuid, service_id: uuid, name: text, description: text });
const service = object(['id', 'name', 'status'], {
  id: uuid,
  name: text,
  description: text,
  url: { type: 'string', format: 'uri' },
  email: { type: 'string', format: 'email' },
  status: { enum: ['active', 'inactive', 'defunct', 'temporarily closed'] },
  assured_date: text,
  organization,
  phones: list(phone),
  schedules: list(schedule),
  languages: list(language),
  attributes: list(attribute),
  service_areas: list(serviceArea),
  service_at_locations: list(serviceAtLocation),
});

describe('mrc-kit export --to hsds', () => {
  it('writes one page of HSDS 3 services per language, valid against the HSDS schema', () => {
    const demoPath = join(dir, 'demo.json');
    writeFileSync(demoPath, JSON.stringify(demoDataset));
    const out = join(dir, 'export');
    const run = mrcKit('export', '--to', 'hsds', demoPath, '-o', out);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(readdirSync(out).sort(), [
      'services.ar.json',
      'services.en.json',
      'services.es.json',
      'services.fr.json',
    ]);
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const check = ajv.compile(service);
    // The page itself is checked against the answer of `GET /services` in the fixture's own
    // openapi.json (its Page schema), the services in it against the schema above.
    const api = JSON.parse(readFileSync(join(hsdsDir, 'openapi.json'), 'utf8'));
    const answer = api.paths['/services'].get.responses['200'].content['application/json'].schema;
    const serviceList = answer.properties.contents.items.$ref as string;
    ajv.addSchema(service, serviceList);
    ajv.addSchema({ components: api.components }, 'openapi.json');
    const checkPage = ajv.compile(
      JSON.parse(JSON.stringify(answer).replaceAll('"#/components', '"openapi.json#/components')),
    );
    for (const file of readdirSync(out)) {
      const page: { total_items: number; contents: unknown[] } = JSON.parse(readFileSync(join(out, file), 'utf8'));
      assert.equal(page.total_items, demoDataset.centres.length + demoDataset.hotlines.length);
      assert.ok(checkPage(page), `${file}: ${ajv.errorsText(checkPage.errors)}`);
      for (const [i, item] of page.contents.entries()) {
        assert.ok(check(item), `${file} contents[${i}]: ${ajv.errorsText(check.errors)}`);
      }
    }
    // The schema above accepts Open Referral's own example of a full service.
    const example = JSON.parse(readFileSync(join(hsdsDir, 'service_full.json'), 'utf8'));
    assert.ok(check(example), `service_full.json: ${ajv.errorsText(check.errors)}`);
    const french = JSON.parse(readFileSync(join(out, 'services.fr.json'), 'utf8'));
    const centre = demoDataset.centres[0]!;
    assert.equal(
      french.contents[0].name,
      typeof centre.name === 'string' ? centre.name : (centre.name.fr ?? centre.name.en),
    );
    assert.equal(french.contents[0].service_at_locations[0].location.external_identifier, centre.id);
  });
});
