import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { demoDataset } from '@mrc-kit/sdk';
import { startServer, sendJson, sendStatus } from '../../sdk/test/support/local-server.js';
import { fixtures, mrcKit, mrcKitAsync, tempDir } from './support/cli.js';

const hsdsDir = join(fixtures, 'hsds');
const dir = tempDir();

// The required fields, types, formats and enumerations of the HSDS 3 objects the export writes, as
// the schema files of openreferral/specification state them (schema/service.json, organization.json,
// phone.json, schedule.json, language.json, location.json, address.json, accessibility.json,
// service_at_location.json, service_area.json, attribute.json, taxonomy_term.json; CC BY-SA 4.0,
// Open Referral). The fixtures' openapi.json refers to the compiled forms of these files by URL.
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
    for (const file of readdirSync(out)) {
      const page = JSON.parse(readFileSync(join(out, file), 'utf8'));
      assert.equal(page.total_items, demoDataset.centres.length + demoDataset.hotlines.length);
      for (const [i, item] of page.contents.entries()) {
        assert.ok(check(item), `${file} contents[${i}]: ${ajv.errorsText(check.errors)}`);
      }
    }
    const french = JSON.parse(readFileSync(join(out, 'services.fr.json'), 'utf8'));
    const centre = demoDataset.centres[0]!;
    assert.equal(
      french.contents[0].name,
      typeof centre.name === 'string' ? centre.name : (centre.name.fr ?? centre.name.en),
    );
    assert.equal(french.contents[0].service_at_locations[0].location.external_identifier, centre.id);
  });
});

/** `convert --from hsds` of the fixtures, which are in Britain and date from before today. */
const importArgs = (input: string, out: string, ...more: string[]) => [
  'convert',
  '--from',
  'hsds',
  input,
  '-o',
  out,
  '--country',
  'GB',
  '--today',
  '2026-11-27',
  ...more,
];

describe('mrc-kit convert --from hsds', () => {
  const files = readdirSync(hsdsDir).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    it(`imports ${file}, placing every problem at its line and column`, () => {
      const out = join(dir, `${file}.dataset.json`);
      const run = mrcKit(...importArgs(join(hsdsDir, file), out, '--time-zone', 'Europe/London'));
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      const problems = run.stderr.trim().split('\n').slice(0, -1);
      for (const line of problems) assert.match(line, new RegExp(`^${join(hsdsDir, file)}:\\d+:\\d+: \\$`), line);
      assert.match(run.stderr.trim().split('\n').at(-1)!, /^wrote .*; \d+ skipped, \d+ repaired$/);
      const dataset = JSON.parse(readFileSync(out, 'utf8'));
      if (/^(service_full|service_at_location_full|organization_full|location)\.json$/.test(file)) {
        assert.equal(dataset.centres.length, 1, file);
      }
      if (file === 'openapi.json') assert.equal(run.code, 1, 'an API description is not data');
    });
  }

  it('reads a folder of HSDS JSON files together, placing each problem in its own file', () => {
    const out = join(dir, 'folder.json');
    const run = mrcKit(...importArgs(hsdsDir, out));
    assert.equal(run.code, 1, 'the examples are imperfect on purpose');
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    // The examples describe the same records over and over: their ids repeat, and are reported.
    assert.ok(dataset.centres.length >= 2, `${dataset.centres.length} centres`);
    assert.match(run.stderr, /duplicate id/);
    assert.doesNotMatch(run.stderr, /: \$\[\d+\]/, 'paths start in their own file');
    for (const file of ['location.json', 'service_full.json', 'organization_full.json']) {
      assert.match(run.stderr, new RegExp(`^${join(hsdsDir, file)}:\\d+:\\d+: \\$`, 'm'), file);
    }
    assert.doesNotMatch(run.stderr, /openapi\.json/, 'the API description is left aside');
  });

  it('reads an HSDS API page by page, over HTTP', async () => {
    const full = JSON.parse(readFileSync(join(hsdsDir, 'service_at_location_full.json'), 'utf8'));
    const pages = [
      { total_items: 2, total_pages: 2, page_number: 1, size: 1, contents: [full] },
      { total_items: 2, total_pages: 2, page_number: 2, size: 1, contents: [{ ...full, id: 'second-place' }] },
    ];
    const server = await startServer((req, res) => {
      const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
      if (!req.url?.startsWith('/api/service_at_locations') || !pages[page - 1]) return sendStatus(res, 404);
      sendJson(res, pages[page - 1]);
    });
    try {
      const out = join(dir, 'api.json');
      const run = await mrcKitAsync(...importArgs(server.url('/api'), out));
      assert.ok(run.code === 0 || run.code === 1, run.stderr);
      assert.deepEqual(
        server.paths().map((p) => new URL(p, 'http://x').searchParams.get('page')),
        ['1', '2'],
      );
      const dataset = JSON.parse(readFileSync(out, 'utf8'));
      assert.equal(dataset.centres.length, 2);
      assert.match(
        run.stderr,
        new RegExp(`^${server.url('/api').replace(/[.]/g, '\\.')} \\$`, 'm'),
        'problems name the API',
      );
    } finally {
      await server.close();
    }
  });

  it('reads the tabular (CSV datapackage) form and places problems at file:row:column', () => {
    const out = join(dir, 'tabular.json');
    const run = mrcKit(...importArgs(join(hsdsDir, 'csv'), out));
    assert.ok(run.code === 0 || run.code === 1, run.stderr);
    assert.match(
      run.stderr,
      /^phones\.csv:2:7: \$\[0\]\.phones\[0\]\.number: the quote marks around "\+44 1234 234567" were removed/m,
    );
    assert.match(run.stderr, /^locations\.csv:2:9: .*latitude: 100 is outside -90…90/m);
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(dataset.centres.length, 1);
    assert.equal(dataset.centres[0].name, 'Community Counselling');
  });
});
