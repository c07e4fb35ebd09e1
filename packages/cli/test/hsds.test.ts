import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { demoDataset, validateDataset, type LoadResult } from '@mrc-kit/sdk';
import { fileURLToPath } from 'node:url';
import { startServer, sendJson, sendStatus } from '../../../test/support/local-server.js';
import { importBatches } from '../src/hsds/batches.js';
import { hsdsExporter } from '../src/hsds/export.js';
import { Translations } from '../src/hsds/translations.js';
import { locateAll } from '../src/json-text.js';
import { mrcKit, mrcKitAsync, spawnMrcKit, tempDir } from './support/cli.js';

// Open Referral's own examples, shared by the SDK's tests (test/fixtures/hsds/README.md).
const hsdsDir = fileURLToPath(new URL('../../../test/fixtures/hsds/', import.meta.url));
const dir = tempDir();

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
      // The examples are imperfect on purpose: each has values that must be left out, so exit 1.
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /; [1-9]\d* skipped, \d+ repaired\n$/);
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
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /; [1-9]\d* skipped, \d+ repaired\n$/);
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
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /; [1-9]\d* skipped, \d+ repaired\n$/);
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

describe('mrc-kit convert --from hsds, tabular form', () => {
  it('reads tables where datapackage.json puts them, and names a location that offers no service', () => {
    const folder = join(dir, 'renamed-tables');
    cpSync(join(hsdsDir, 'csv'), folder, { recursive: true, dereference: true });
    renameSync(join(folder, 'services.csv'), join(folder, 'our-services.csv'));
    writeFileSync(
      join(folder, 'datapackage.json'),
      JSON.stringify({ name: 'hsds', resources: [{ name: 'service', path: 'our-services.csv' }] }),
    );
    const locations = readFileSync(join(folder, 'locations.csv'), 'utf8').replace(/\r?\n$/, '');
    const eol = locations.includes('\r\n') ? '\r\n' : '\n';
    const [header] = locations.split(eol);
    const row = header!.split(',').map((column) => (column === 'id' ? 'lonely-place' : ''));
    writeFileSync(join(folder, 'locations.csv'), `${locations}${eol}${row.join(',')}${eol}`);
    const out = join(dir, 'renamed-tables.json');
    const run = mrcKit(...importArgs(folder, out));
    assert.equal(run.code, 1, run.stderr);
    assert.doesNotMatch(run.stderr, /datapackage\.json/);
    const rows = locations.split(eol).length;
    assert.match(
      run.stderr,
      new RegExp(`^locations\\.csv:${rows + 1}: location "lonely-place" offers no service`, 'm'),
    );
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(dataset.centres.length, 1);
    assert.equal(dataset.centres[0].name, 'Community Counselling', 'the service comes from our-services.csv');
  });
});

describe('places in large JSON files', () => {
  it('finds many paths in one pass: escaped names, non-ASCII columns, the nearest existing parent', () => {
    const text = '{\n  "centres": [\n    { "id": "a",\n      "name": "Aé", "x\\"y": [1, {"z": 2}] }\n  ]\n}';
    const locate = locateAll(text, ['$.centres[0].name', '$.centres[0].position.lat', '$.centres[0]["x\\"y"][1].z']);
    assert.deepEqual(locate('$.centres[0].name'), { line: 4, column: 7 });
    assert.deepEqual(locate('$.centres[0].position.lat'), { line: 3, column: 5 });
    assert.deepEqual(locate('$.centres[0]["x\\"y"][1].z'), { line: 4, column: 34 });
    // Columns count characters, not UTF-8 bytes.
    assert.deepEqual(locateAll('{"é": 1, "b": 2}', ['$.b'])('$.b'), { line: 1, column: 10 });
  });

  it('imports a long page in batches, each problem at its own record', () => {
    const services: Record<string, unknown>[] = Array.from({ length: 2100 }, (_, i) => ({
      id: `service-${i}`,
      name: `Service ${i}`,
      status: 'active',
      service_at_locations: [
        {
          id: `place-${i}`,
          location: {
            id: `location-${i}`,
            location_type: 'physical',
            latitude: 51.5,
            longitude: -0.1,
            addresses: [{ address_1: `${i} High Street`, city: 'London', country: 'GB' }],
          },
        },
      ],
    }));
    // One record without a name far into the list, past the first batch.
    delete services[2050]!.name;
    const file = join(dir, 'long-page.json');
    writeFileSync(
      file,
      `{"total_items": 2100, "contents": [\n${services.map((s) => JSON.stringify(s)).join(',\n')}\n]}`,
    );
    const out = join(dir, 'long-page.dataset.json');
    const run = mrcKit(...importArgs(file, out, '--time-zone', 'Europe/London'));
    assert.equal(run.code, 1, run.stderr.slice(-2000));
    // The file has one record a line: record i is on line i + 2.
    assert.match(run.stderr, new RegExp(`^${file.replace(/[.]/g, '\\.')}:2052:\\d+: \\$\\.contents\\[2050\\]`, 'm'));
    const dataset = JSON.parse(readFileSync(out, 'utf8'));
    assert.equal(dataset.centres.length, 2099);
    assert.equal(dataset.centres[2099 - 1].id, 'place-2099');
  });
  it('reads a long list as a stream, importing batches before the file has all arrived', async () => {
    const services: Record<string, unknown>[] = Array.from({ length: 5000 }, (_, i) => ({
      id: `service-${i}`,
      name: `Service ${i}`,
      status: 'active',
      description: 'x'.repeat(400),
      service_at_locations: [
        {
          id: `place-${i}`,
          location: { id: `location-${i}`, location_type: 'physical', latitude: 51.5, longitude: -0.1 },
        },
      ],
    }));
    delete services[4321]!.name;
    const bytes = Buffer.from(`\ufeff[${services.map((s) => JSON.stringify(s)).join(',')}]`);
    let taken = 0;
    let takenBeforeLastChunk = -1;
    async function* chunks() {
      for (let at = 0; at < bytes.length; at += 65536) {
        if (at + 65536 >= bytes.length) takenBeforeLastChunk = taken;
        yield bytes.subarray(at, at + 65536);
      }
    }
    const results: LoadResult[] = [];
    await importBatches(chunks(), { defaultLocale: 'en', defaultCountry: 'GB', today: '2026-11-27' }, (result) => {
      taken++;
      results.push(result);
    });
    assert.ok(bytes.length > 2_000_000, `${bytes.length} bytes`);
    assert.ok(takenBeforeLastChunk >= 2, `${takenBeforeLastChunk} batches imported before the last chunk`);
    assert.deepEqual(
      results.map((r) => r.dataset.centres.length),
      [2000, 2000, 999],
    );
    const warnings = results.flatMap((r) => r.warnings);
    assert.ok(
      warnings.some((w) => w.path.startsWith('$[4321]')),
      JSON.stringify(warnings.slice(0, 3)),
    );
    assert.ok(
      warnings.every((w) => w.path.startsWith('$[4321]')),
      JSON.stringify(warnings.slice(0, 3)),
    );
  });

  it('leaves no temporary file behind when stopped by Ctrl-C or by its parent', async () => {
    const file = join(dir, 'many-services.json');
    const services = Array.from({ length: 30000 }, (_, i) => ({
      id: `service-${i}`,
      name: `Service ${i}`,
      status: 'active',
      service_at_locations: [
        {
          id: `place-${i}`,
          location: { id: `location-${i}`, location_type: 'physical', latitude: 51.5, longitude: -0.1 },
        },
      ],
    }));
    writeFileSync(file, `[${services.map((s) => JSON.stringify(s)).join(',\n')}]`);
    for (const signal of ['SIGINT', 'SIGTERM'] as const) {
      const temp = tempDir();
      const spools = () => readdirSync(temp).filter((f) => f.startsWith('mrc-kit-'));
      const child = spawnMrcKit({ TMPDIR: temp }, ...importArgs(file, join(dir, 'stopped.json')));
      const exit = once(child, 'exit');
      try {
        // Once the spool's file is open, the conversion is under way.
        for (let waited = 0; !spools().some((d) => existsSync(join(temp, d, 'records.jsonl'))); waited += 20) {
          assert.ok(waited < 30000, 'the conversion never started');
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
        child.kill(signal);
        const [code, ended] = await exit;
        assert.equal(ended, signal, `${signal}: exited with ${code} before the signal came`);
        assert.deepEqual(spools(), [], `${signal}: the temporary folder is left`);
      } finally {
        child.kill('SIGKILL');
      }
    }
  });

  it('imports a short page with a byte-order mark, and names where a file cut short ends', () => {
    const page = join(dir, 'short-page.json');
    const service = {
      id: 'service-1',
      name: 'Service 1',
      status: 'active',
      service_at_locations: [
        {
          id: 'place-1',
          location: { id: 'location-1', location_type: 'physical', latitude: 51.5, longitude: -0.1 },
        },
      ],
    };
    writeFileSync(page, `\ufeff{"total_items": 1, "contents": [${JSON.stringify(service)}], "page_number": 1}\n`);
    const out = join(dir, 'short-page.dataset.json');
    const run = mrcKit(...importArgs(page, out));
    assert.notEqual(run.code, 2, run.stderr);
    assert.deepEqual(
      JSON.parse(readFileSync(out, 'utf8')).centres.map((c: { id: string }) => c.id),
      ['place-1'],
    );
    const cut = join(dir, 'cut-page.json');
    writeFileSync(cut, `{"total_items": 1,\n "contents": [\n${JSON.stringify(service)},\n`);
    const broken = mrcKit(...importArgs(cut, out));
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, new RegExp(`^error: ${cut.replace(/[.]/g, '\\.')}:\\d+:\\d+: not valid JSON`));
  });
});

describe('HSDS details', () => {
  it('writes a place open around the clock as 00:00 to 23:59, as HSDS does', () => {
    const demo = validateDataset(demoDataset).dataset;
    const centre = { ...demo.centres[0]!, hours: { timeZone: 'Africa/Dakar', alwaysOpen: true } };
    const service = hsdsExporter(demo, 'en').centre(centre, 0);
    const sal = (service.service_at_locations as Record<string, unknown>[])[0]!;
    assert.deepEqual(
      (sal.schedules as Record<string, unknown>[]).map((s) => [s.byday, s.opens_at, s.closes_at]),
      [['MO,TU,WE,TH,FR,SA,SU', '00:00', '23:59']],
    );
  });

  it('adds a translation equal to another language but not to the default one', () => {
    const demo = validateDataset(demoDataset).dataset;
    const centre = { ...demo.centres[0]!, name: { en: 'Centre', fr: 'Centro' } };
    const translations = new Translations('en');
    translations.add('es', { ...demo, centres: [{ ...centre, name: 'Centro' }] });
    translations.add('ar', { ...demo, centres: [{ ...centre, name: 'Centre' }] });
    // Spanish "Centro" is the French text, not the English one: it is kept; Arabic equal to English is not.
    assert.deepEqual(translations.merged('centres', centre).name, { en: 'Centre', fr: 'Centro', es: 'Centro' });
  });
});
