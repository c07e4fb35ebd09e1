import { strict as assert } from 'node:assert';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { demoDataset, validateDataset } from '@mrc-kit/sdk';
import { startServer, sendJson, sendStatus } from '../../../test/support/local-server.js';
import { hsdsExporter } from '../src/hsds/export.js';
import { Translations } from '../src/hsds/translations.js';
import { mrcKit, mrcKitAsync } from './support/cli.js';
import { hsdsDir, dir, importArgs } from './hsds-fixtures.js';

describe('mrc-kit convert --from hsds', () => {
  const files = readdirSync(hsdsDir).filter((f) => f.endsWith('.json'));
  for (const file of files) {
    it(`imports ${file}, placing every problem at its line and column`, () => {
      const out = join(dir, `${file}.dataset.json`);
      const run = mrcKit(...importArgs(join(hsdsDir, file), out, '--time-zone', 'Europe/London'));
      // The examples are imperfect on purpose: each has values that must be left out, so exit 1.
      assert.equal(run.code, 1, run.stderr);
      if (file === 'openapi.json') {
        // An API description is not data: nothing is written.
        assert.match(run.stderr, /^error: .*openapi\.json: Expected HSDS JSON: .*an OpenAPI description/);
        assert.equal(existsSync(out), false);
        return;
      }
      assert.match(run.stderr, /; [1-9]\d* skipped, \d+ repaired\n$/);
      const problems = run.stderr.trim().split('\n').slice(0, -1);
      for (const line of problems) assert.match(line, new RegExp(`^${join(hsdsDir, file)}:\\d+:\\d+: \\$`), line);
      assert.match(run.stderr.trim().split('\n').at(-1)!, /^wrote .*; \d+ skipped, \d+ repaired$/);
      const dataset = JSON.parse(readFileSync(out, 'utf8'));
      if (/^(service_full|service_at_location_full|organization_full|location)\.json$/.test(file)) {
        assert.equal(dataset.centres.length, 1, file);
      }
    });
  }

  it('writes nothing with --strict when anything was skipped or repaired', () => {
    const file = readdirSync(hsdsDir).find((f) => f.endsWith('.json'))!;
    const out = join(dir, 'strict.dataset.json');
    const run = mrcKit(...importArgs(join(hsdsDir, file), out, '--time-zone', 'Europe/London', '--strict'));
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr.trim().split('\n').at(-1)!, /^nothing written to .*strict\.dataset\.json \(--strict\): /);
    assert.ok(!existsSync(out));
  });

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

  it('says which file is not HSDS and what was expected, even when it has a "service" key', () => {
    const input = join(dir, 'compose.json');
    writeFileSync(input, JSON.stringify({ name: 'my-app', service: { name: 'web', image: 'nginx' } }));
    const out = join(dir, 'compose.dataset.json');
    const run = mrcKit(...importArgs(input, out));
    assert.equal(run.code, 1, run.stderr);
    assert.equal(
      run.stderr,
      `error: ${input}: Expected HSDS JSON: a service_at_location, service, organization, location or taxonomy term, a list of them, or a page of them ("contents"); but got an object with none of their fields: it has the fields "name", "service".\n`,
    );
    assert.doesNotMatch(run.stderr, /service_at_location is not in the input/);
    assert.equal(existsSync(out), false, 'nothing is written');
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
    // The number stays grouped for people to read; the SDK dials its digits.
    assert.equal(dataset.centres[0].channels[0].value, '+44 1234 234567');
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
