import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateDataset, type Dataset } from '@mrc-kit/sdk';
import { fixtures, mrcKit, tempDir } from './support/cli.js';

const good = join(fixtures, 'csv/good');
const bad = join(fixtures, 'csv/bad');

describe('mrc-kit convert --from csv', () => {
  it('reads a BOM, semicolons, Windows line ends, blank lines and decimal commas into a valid dataset', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit(
      'convert',
      '--from',
      'csv',
      good,
      '-o',
      out,
      '--publisher',
      'Test publisher',
      '--updated',
      '2026-11-01',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /2 centres, 1 hotlines.*0 skipped, 0 repaired/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as Dataset;
    const { dataset, warnings } = validateDataset(json);
    assert.deepEqual(warnings, []);
    const dakar = dataset.centres.find((c) => c.id === 'sn-dakar')!;
    assert.deepEqual(dakar.name, {
      en: 'Migrant Resource Centre Dakar',
      fr: 'Centre de ressources pour migrants de Dakar',
      ar: 'مركز موارد المهاجرين في داكار',
    });
    assert.deepEqual(dakar.position, { lat: 14.6928, lng: -17.4467 });
    assert.deepEqual(dakar.services, ['pre-departure', 'reintegration']);
    assert.equal(dataset.updated, '2026-11-01');
  });

  it('continues the owner of the row above in hours and contacts (merged cells), and builds exceptions', () => {
    const out = join(tempDir(), 'dataset.json');
    assert.equal(mrcKit('convert', '--from', 'csv', good, '-o', out).code, 0);
    const { dataset } = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    const dakar = dataset.centres.find((c) => c.id === 'sn-dakar')!;
    assert.deepEqual(
      dakar.hours?.weekly?.map((p) => `${p.days.join(',')} ${p.opens}-${p.closes}`),
      ['mo,tu,we,th,fr 09:00-13:00', 'mo,tu,we,th,fr 14:00-17:00'],
    );
    assert.deepEqual(dakar.hours?.exceptions, [{ date: '2026-12-25', closed: true, note: 'Christmas' }]);
    assert.deepEqual(
      dakar.channels.map((c) => [c.kind, c.value]),
      [
        ['voice', '+221338696200'],
        ['whatsapp', '+221770000000'],
      ],
    );
    assert.deepEqual(dakar.channels[0]!.label, { en: 'Reception', fr: 'Accueil' });
    const thies = dataset.centres.find((c) => c.id === 'sn-thies')!;
    assert.deepEqual(thies.hours?.weekly, [{ days: ['mo', 'we', 'fr'], opens: '09:00', closes: '16:00' }]);
    const hotline = dataset.hotlines[0]!;
    assert.equal(hotline.hours?.alwaysOpen, true);
    assert.equal(hotline.channels[0]!.free, true);
    assert.deepEqual(dataset.taxonomy.find((t) => t.id === 'legal-aid-clinic')?.name, {
      en: 'Legal aid clinic',
      fr: 'Clinique juridique',
    });
  });

  it('reports every unusable row and cell as file:row:column: reason, keeps the rest and exits 1', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', bad, '-o', out);
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    const expect = (start: string, pattern: RegExp) =>
      assert.ok(
        lines.some((l) => l.startsWith(start) && pattern.test(l)),
        `${start} ${pattern} in\n${run.stderr}`,
      );
    // lat and lng swapped, both in range: far from the country's other centres, near once swapped.
    expect(
      'centres.csv:6:5: ',
      /lat and lng look swapped: -17\.43, 14\.73 is \d+ km .* 14\.73, -17\.43 would be \d+ km/,
    );
    // Out of range and swapped: the SDK's check, placed at the cell.
    expect('centres.csv:7:5: ', /lat and lng look swapped \(lat 95\.5, lng -17\.4\)/);
    expect('centres.csv:8:6: ', /lng 200 is out of range/);
    expect('centres.csv:9:1: ', /id "sn-2" is already used on row 3; row skipped \(skipped\)/);
    expect('centres.csv:10:1: ', /id is blank, as if this row continued the centre on row 9 \(merged cells\?\)/);
    expect('centres.csv:11:5: ', /lat: "abc" is not a number/);
    expect('centres.csv:11: ', /a centre needs a position or an address/);
    expect('hours.csv:4:1: ', /blank after a blank line, so it is unclear whose row this is/);
    expect('hours.csv:5:1: ', /no row of centres.csv has the id "sn-404"/);
    expect('hours.csv:6:2: ', /"funday" is not a day/);
    expect('hours.csv:7:4: ', /a weekly period needs opens and closes/);
    assert.equal(lines.filter((l) => l.includes('centres.csv:11:5')).length, 1, 'one reason per cell');
    const { dataset } = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(
      dataset.centres.map((c) => c.id),
      ['sn-1', 'sn-2', 'sn-3', 'sn-4', 'sn-5', 'sn-6', 'sn-7'],
    );
    assert.equal(dataset.centres.find((c) => c.id === 'sn-5')!.position, undefined, 'a suspect position is never kept');
    assert.equal(dataset.centres.find((c) => c.id === 'sn-1')!.hours?.weekly?.length, 1);
  });

  it('reports unknown columns, values beyond the header, unclosed quotes and missing columns, and reads on', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', join(fixtures, 'csv/broken'), '-o', out, '--publisher', 'P');
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      'centres.csv:1:6: unknown column "remarks"; ignored (repaired)',
      'centres.csv:3:7: a value beyond the last column of the header; ignored (is a separator inside an unquoted text?) (repaired)',
      'hotlines.csv:1: missing column id: the file is skipped (see docs/templates/hotlines.csv) (skipped)',
      'hours.csv:3: a quote (") opened on this row or a later one is never closed: the rest of the file cannot be read (skipped)',
    ]);
    const { dataset } = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(
      dataset.centres.map((c) => [c.id, c.hours?.weekly?.length]),
      [
        ['sn-1', 1],
        ['sn-2', undefined],
      ],
    );
  });

  it('converts the templates of docs/templates without a single problem', () => {
    const templates = join(fixtures, '../../../../docs/templates');
    const run = mrcKit(
      'convert',
      '--from',
      'csv',
      templates,
      '-o',
      join(tempDir(), 'd.json'),
      '--publisher',
      'Example',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^wrote .*1 centres, 1 hotlines.*; 0 skipped, 0 repaired\n$/);
    for (const file of ['centres.csv', 'hours.csv', 'contacts.csv', 'hotlines.csv', 'services.csv']) {
      assert.equal(
        readFileSync(join(templates, file), 'utf8').charCodeAt(0),
        0xfeff,
        `${file} starts with a BOM for Excel`,
      );
    }
  });

  it('exits 2 for a file instead of a folder and for bad options', () => {
    assert.equal(mrcKit('convert', '--from', 'csv', join(good, 'centres.csv'), '-o', '/tmp/x.json').code, 2);
    assert.equal(mrcKit('convert', '--from', 'csv', good, '-o', '/tmp/x.json', '--updated', '27/11/2026').code, 2);
    assert.equal(mrcKit('convert', '--from', 'csv', good).code, 2, 'no -o');
  });
});
