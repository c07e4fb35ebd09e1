import { strict as assert } from 'node:assert';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { validateDataset, type Dataset } from '@mrc-kit/sdk';
import { fixtures, mrcKit, tempDir } from './support/cli.js';

const good = join(fixtures, 'csv/good');
const bad = join(fixtures, 'csv/bad');

/** A folder holding these files, each a text (written as UTF-8) or raw bytes. */
function sheets(files: Record<string, string | Buffer>): string {
  const folder = join(tempDir(), 'sheets');
  mkdirSync(folder);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(folder, name), content);
  return folder;
}

const CENTRE_HEADER = 'id,name,country,address,time_zone';
const centreRow = (i: number, name = `Centre ${i}`) => `sn-${i},${name},SN,Rue ${i},Africa/Dakar`;

/** Converts a folder; returns the run, its problem lines (the summary left out) and the dataset. */
function convert(folder: string, ...options: string[]) {
  const out = join(tempDir(), 'dataset.json');
  const run = mrcKit('convert', '--from', 'csv', folder, '-o', out, '--publisher', 'P', ...options);
  const lines = run.stderr.trim().split('\n').slice(0, -1);
  let dataset: Dataset | undefined;
  try {
    dataset = validateDataset(JSON.parse(readFileSync(out, 'utf8'))).dataset;
  } catch {
    dataset = undefined;
  }
  return { run, lines, dataset };
}

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
    // lat and lng swapped, both in range: in another country, and in its own once swapped…
    expect('centres.csv:6:5: ', /lat and lng look swapped: -17\.43, 14\.73 is in NA, while 14\.73, -17\.43 is in SN/);
    // …also for the only centre of a country…
    expect('centres.csv:13:5: ', /lat and lng look swapped: 10\.18, 36\.81 is in ET, while 36\.81, 10\.18 is in TN/);
    // …and, where the borders cannot tell (swapped, it is off the coast), far from the country's
    // other centres and near them once swapped.
    expect('centres.csv:12:5: ', /lat and lng look swapped: -18\.5, 14\.5 is \d+ km .* 14\.5, -18\.5 would be \d+ km/);
    // Out of range and swapped: the SDK's check, placed at the cell.
    expect('centres.csv:7:5: ', /lat and lng look swapped \(lat 95\.5, lng -17\.4\)/);
    expect('centres.csv:8:6: ', /lng 200 is out of range/);
    expect('centres.csv:9:1: ', /id "sn-2" is already used on row 3: .*; row skipped \(skipped\)/);
    expect('centres.csv:10:1: ', /id is blank, as if this row continued the centre on row 9 \(merged cells\?\)/);
    expect('centres.csv:11:5: ', /column E \(lat\): "abc" is not a number/);
    expect('centres.csv:11: ', /a centre needs a position or an address/);
    expect('hours.csv:4:1: ', /blank after a blank line, so it is unclear whose row this is/);
    expect('hours.csv:5:1: ', /no row of centres.csv has the id "sn-404"/);
    expect('hours.csv:6:2: ', /"funday" is not a day/);
    expect('hours.csv:7:4: ', /a weekly period needs opens and closes/);
    assert.equal(lines.filter((l) => l.includes('centres.csv:11:5')).length, 1, 'one reason per cell');
    const { dataset } = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(
      dataset.centres.map((c) => c.id),
      ['sn-1', 'sn-2', 'sn-3', 'sn-4', 'sn-5', 'sn-6', 'sn-7', 'sn-10', 'tn-1'],
    );
    for (const id of ['sn-5', 'sn-10', 'tn-1']) {
      assert.equal(dataset.centres.find((c) => c.id === id)!.position, undefined, 'a suspect position is never kept');
    }
    assert.equal(dataset.centres.find((c) => c.id === 'sn-1')!.hours?.weekly?.length, 1);
  });

  it('reports unknown columns, values beyond the header, unclosed quotes and missing columns, and reads on', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', join(fixtures, 'csv/broken'), '-o', out, '--publisher', 'P');
    assert.equal(run.code, 1);
    const lines = run.stderr.trim().split('\n');
    assert.deepEqual(lines.slice(0, -1), [
      'centres.csv:1:6: column F: unknown column "remarks"; ignored (repaired)',
      'centres.csv:3:7: column G: a value beyond the last column of the header: the values may be in the wrong columns (is a separator inside a text without quotes?); row skipped (skipped)',
      'hotlines.csv:1: missing column id: the file is skipped (see docs/templates/hotlines.csv) (skipped)',
      'hours.csv:3: a quote (") opened on this row is never closed: this row and the rest of the file cannot be read (skipped)',
    ]);
    const { dataset } = validateDataset(JSON.parse(readFileSync(out, 'utf8')));
    assert.deepEqual(
      dataset.centres.map((c) => [c.id, c.hours?.weekly?.length]),
      [['sn-1', 1]],
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

  it('counts rows as the spreadsheet does when a cell holds a line break, with Windows line ends too', () => {
    const folder = sheets({
      'centres.csv': [
        CENTRE_HEADER,
        'sn-1,Centre 1,SN,"Rue 1\r\nBuilding B\r\nThird floor",Africa/Dakar',
        centreRow(2),
        '',
        'sn-3,Centre 3,SN,,Africa/Dakar',
      ].join('\r\n'),
      'contacts.csv': [
        'centre_id,kind,value,note',
        'sn-1,voice,+221 33 000 00 01,"Ask for Awa\r\nor for Moussa"',
        ',email,info@example.org,',
        ',sms,+221 77 000 00 02,',
      ].join('\r\n'),
    });
    const { run, lines, dataset } = convert(folder);
    assert.deepEqual(lines, [
      'centres.csv:5: a centre needs a position or an address: without either nobody could find it; the centre is left out (skipped)',
    ]);
    assert.equal(run.code, 1);
    const first = dataset!.centres.find((c) => c.id === 'sn-1')!;
    assert.deepEqual(first.address, 'Rue 1\r\nBuilding B\r\nThird floor');
    assert.deepEqual(
      first.channels.map((c) => c.kind),
      ['voice', 'email', 'sms'],
      'the rows under a two-line note continue its centre',
    );
  });

  it('reads a stray quote in an unquoted cell as text, and places an unclosed quote at its row', () => {
    const rows = Array.from({ length: 3000 }, (_, i) =>
      i === 1499 ? centreRow(i + 1, 'Centre "Espoir" annex') : centreRow(i + 1),
    );
    const stray = convert(sheets({ 'centres.csv': [CENTRE_HEADER, ...rows].join('\n') }));
    assert.equal(stray.run.code, 0, stray.run.stderr);
    assert.equal(stray.dataset!.centres.length, 3000);
    assert.equal(stray.dataset!.centres[1499]!.name, 'Centre "Espoir" annex');

    const broken = rows.slice(0, 10);
    broken[4] = 'sn-5,"Centre five,SN,Rue 5,Africa/Dakar';
    const unclosed = convert(sheets({ 'centres.csv': [CENTRE_HEADER, ...broken].join('\n') }));
    assert.equal(unclosed.run.code, 1);
    assert.deepEqual(unclosed.lines, [
      'centres.csv:6: a quote (") opened on this row is never closed: this row and the rest of the file cannot be read (skipped)',
    ]);
    assert.deepEqual(
      unclosed.dataset!.centres.map((c) => c.id),
      ['sn-1', 'sn-2', 'sn-3', 'sn-4'],
    );
  });

  it('reads tables named without case or as Google Sheets downloads, and reports other CSV files', () => {
    const folder = sheets({
      'centres.csv': [CENTRE_HEADER, centreRow(1)].join('\n'),
      'MRC data - hours.csv': 'centre_id,days,opens,closes\nsn-1,mo-fr,09:00,17:00\n',
      'Contacts.csv': 'centre_id,kind,value\nsn-1,voice,+221 33 000 00 01\n',
      'MRC data - contacts.csv': 'centre_id,kind,value\nsn-1,voice,+221 33 000 00 09\n',
      'notes.csv': 'anything\n',
    });
    const { run, lines, dataset } = convert(folder);
    assert.equal(run.code, 1);
    assert.deepEqual(lines, [
      'MRC data - contacts.csv: a second file for contacts.csv (Contacts.csv is read); file ignored (skipped)',
      'notes.csv: not a file of the layout (centres.csv, hours.csv, contacts.csv, hotlines.csv, services.csv, or "<spreadsheet> - <sheet>.csv" as Google Sheets names them); file ignored (skipped)',
    ]);
    const centre = dataset!.centres[0]!;
    assert.equal(centre.hours?.weekly?.length, 1);
    assert.deepEqual(
      centre.channels.map((c) => c.value),
      ['+221330000001'],
    );
  });

  it('skips a file that is not UTF-8 (Windows-1252 or UTF-16), naming its first bad row', () => {
    const folder = sheets({
      'centres.csv': Buffer.from([CENTRE_HEADER, centreRow(1), centreRow(2, 'Thi\u00e8s'), ''].join('\r\n'), 'latin1'),
      'hours.csv': Buffer.concat([
        Buffer.from([0xff, 0xfe]),
        Buffer.from('centre_id,days,opens,closes\r\nsn-1,mo,09:00,12:00\r\n', 'utf16le'),
      ]),
    });
    const { run, lines } = convert(folder);
    assert.equal(run.code, 1);
    assert.deepEqual(lines, [
      "centres.csv:3: not UTF-8: save it again as 'CSV UTF-8' (Excel) or with the UTF-8 character set; the file is skipped (skipped)",
      "hours.csv:1: not UTF-8: save it again as 'CSV UTF-8' (Excel) or with the UTF-8 character set (this file is UTF-16); the file is skipped (skipped)",
    ]);
  });

  it("skips an hours row with a time out of range, and keeps the centre's other hours and a 24-hour period", () => {
    const folder = sheets({
      'centres.csv': [CENTRE_HEADER, centreRow(1), centreRow(2)].join('\n'),
      'hours.csv': [
        'centre_id,days,opens,closes,date,to,closed',
        'sn-1,mo-fr,9h,12:30 PM,,,',
        ',mo-fr,14:00,25:00,,,',
        ',sa,09:00,09:00,,,',
        ',su,24:00,06:00,,,',
        ',fr,22:00,02:00,,,',
        'sn-2,,,,2026-12-25,2026-12-24,yes',
        ',,,,31/12/2026,,yes',
        ',,,,2026-12-31,,yes',
      ].join('\n'),
    });
    const { run, lines, dataset } = convert(folder);
    assert.equal(run.code, 1);
    assert.deepEqual(lines, [
      'hours.csv:3:4: column D (closes): "25:00" is not a time of day as HH:MM from 00:00 to 24:00; row skipped (skipped)',
      'hours.csv:5:3: column C (opens): "24:00" is not a time of day as HH:MM from 00:00 to 23:59 ("24:00" is only a closing time; midnight opens at 00:00); row skipped (skipped)',
      'hours.csv:7:6: column F (to): 2026-12-24 is before the date 2026-12-25; row skipped (skipped)',
      'hours.csv:8:5: column E (date): "31/12/2026" is not a date as YYYY-MM-DD: write it as 2026-12-31 (YYYY-MM-DD), and format the column as text so the spreadsheet keeps it; row skipped (skipped)',
    ]);
    const [one, two] = dataset!.centres;
    assert.deepEqual(one!.hours?.weekly, [
      { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '12:30' },
      { days: ['sa'], opens: '09:00', closes: '09:00' },
      { days: ['fr'], opens: '22:00', closes: '02:00' },
    ]);
    assert.deepEqual(two!.hours?.exceptions, [{ date: '2026-12-31', closed: true }]);
  });

  it('reports -o pointing at a folder or through a file as one line, exit 2, without a stack', () => {
    const folder = sheets({ 'centres.csv': [CENTRE_HEADER, centreRow(1)].join('\n') });
    const dir = tempDir();
    const intoFolder = mrcKit('convert', '--from', 'csv', folder, '-o', dir);
    assert.equal(intoFolder.code, 2);
    assert.equal(intoFolder.stderr, `error: ${dir}: is a folder, not a file\n`);
    const file = join(dir, 'x.json');
    writeFileSync(file, '{}');
    const throughFile = mrcKit('convert', '--from', 'csv', folder, '-o', join(file, 'out.json'));
    assert.equal(throughFile.code, 2);
    assert.match(throughFile.stderr, /^error: .*x\.json.*: a part of this path is a file, not a folder\n$/);
  });

  it('writes the dataset and exits 1 when rows were skipped; with --strict writes nothing and says so', () => {
    const folder = sheets({ 'centres.csv': [CENTRE_HEADER, centreRow(1), 'sn-2,,SN,Rue 2,Africa/Dakar'].join('\n') });
    const dir = tempDir();
    const out = join(dir, 'dataset.json');
    const loose = mrcKit('convert', '--from', 'csv', folder, '-o', out, '--publisher', 'P');
    assert.equal(loose.code, 1);
    assert.match(loose.stderr, /\nwrote .*dataset\.json: .*1 centres.*; 1 skipped, 0 repaired\n$/);
    assert.ok(existsSync(out));
    const older = readFileSync(out, 'utf8');
    const strict = mrcKit('convert', '--from', 'csv', folder, '-o', out, '--publisher', 'P', '--strict');
    assert.equal(strict.code, 1);
    assert.match(
      strict.stderr,
      /\nnothing written to .*dataset\.json \(--strict\): .*1 centres.*; 1 skipped, 0 repaired\n$/,
    );
    assert.equal(readFileSync(out, 'utf8'), older, 'the file of the earlier run is left as it was');
    assert.deepEqual(readdirSync(dir), ['dataset.json'], 'nothing is left beside it');
    const fresh = join(dir, 'strict.json');
    assert.equal(mrcKit('convert', '--from', 'csv', folder, '-o', fresh, '--publisher', 'P', '--strict').code, 1);
    assert.ok(!existsSync(fresh));
    // A clean sheet is written with --strict too, and -o naming a folder is still one line.
    const clean = sheets({ 'centres.csv': [CENTRE_HEADER, centreRow(1)].join('\n') });
    assert.equal(mrcKit('convert', '--from', 'csv', clean, '-o', fresh, '--publisher', 'P', '--strict').code, 0);
    assert.equal(validateDataset(JSON.parse(readFileSync(fresh, 'utf8'))).dataset.centres.length, 1);
    const intoFolder = mrcKit('convert', '--from', 'csv', clean, '-o', dir, '--publisher', 'P', '--strict');
    assert.equal(intoFolder.stderr, `error: ${dir}: is a folder, not a file\n`);
    assert.equal(intoFolder.code, 2);
    assert.deepEqual(readdirSync(dir).sort(), ['dataset.json', 'strict.json']);
  });

  it('fails a conversion that publishes nothing, saying so, even when no row was skipped', () => {
    const { run, dataset } = convert(sheets({ 'centres.csv': CENTRE_HEADER + '\n' }));
    assert.equal(run.code, 1, run.stderr);
    assert.match(
      run.stderr,
      /^wrote .*: publishes nothing: no centres, hotlines, quizzes or checklists; 0 skipped, 0 repaired\n$/,
    );
    assert.equal(dataset?.centres.length, 0);
  });

  it('tells a missing column, an unreadable file or a missing file once, not again for each row that names its records', () => {
    const hours = [
      'centre_id,hotline_id,days,opens,closes',
      'sn-1,,mo-fr,09:00,17:00',
      'sn-1,,sa,09:00,12:00',
      ',h-1,mo-fr,08:00,20:00',
    ];
    const contacts = [
      'centre_id,hotline_id,kind,value',
      'sn-1,,voice,+221 33 000 00 00',
      ',h-1,voice,+221 800 00 12 34',
    ];
    const hotlines = ['id,name,countries,time_zone', 'h-1,Helpline,SN,Africa/Dakar'];
    const noCountry = convert(
      sheets({
        'centres.csv': ['id,name,address,time_zone', 'sn-1,Centre 1,Rue 1,Africa/Dakar'].join('\n'),
        'hours.csv': hours.join('\n'),
        'contacts.csv': contacts.join('\n'),
        'hotlines.csv': hotlines.join('\n'),
      }),
    );
    assert.equal(noCountry.run.code, 1);
    assert.deepEqual(noCountry.lines, [
      'centres.csv:1: missing column country: the file is skipped (see docs/templates/centres.csv); 3 rows of hours.csv and contacts.csv that name its centres are skipped with it (skipped)',
    ]);
    const notUtf8 = convert(
      sheets({
        'centres.csv': Buffer.from(
          `${CENTRE_HEADER}\nsn-1,Centre d'accueil \xe9t\xe9,SN,Rue 1,Africa/Dakar\n`,
          'latin1',
        ),
        'hours.csv': hours.slice(0, 2).join('\n'),
        'hotlines.csv': ['name,countries', 'Helpline,SN'].join('\n'),
        'contacts.csv': contacts.join('\n'),
      }),
    );
    assert.equal(notUtf8.lines.length, 2, notUtf8.lines.join('\n'));
    assert.match(
      notUtf8.lines[0]!,
      /^centres\.csv:2: .*UTF-8.*; 2 rows of hours\.csv and contacts\.csv that name its centres are skipped with it \(skipped\)$/,
    );
    assert.match(
      notUtf8.lines[1]!,
      /^hotlines\.csv:1: missing column id: .*; 1 row of contacts\.csv that names its hotlines is skipped with it \(skipped\)$/,
    );
    const noCentres = convert(
      sheets({
        'hours.csv': hours.join('\n'),
        'hotlines.csv': hotlines.join('\n'),
        'contacts.csv': [contacts[0], contacts[2]].join('\n'),
      }),
    );
    assert.deepEqual(noCentres.lines, [
      'centres.csv: there is no centres.csv in the folder, but 2 rows of hours.csv name centres (centre_id); skipped (skipped)',
    ]);
    // A centre id that is simply not in a readable centres.csv is still told at its row.
    const typo = convert(
      sheets({
        'centres.csv': [CENTRE_HEADER, centreRow(1)].join('\n'),
        'hours.csv': 'centre_id,days,opens,closes\nsn-9,mo,09:00,12:00',
      }),
    );
    assert.deepEqual(typo.lines, [
      'hours.csv:2:1: column A (centre_id): no row of centres.csv has the id "sn-9"; row skipped (skipped)',
    ]);
  });

  it('answers an unknown service, audience or kind with the nearest valid ids', () => {
    const { lines } = convert(
      sheets({
        'centres.csv': [
          'id,name,country,address,kind,services,audiences',
          'sn-1,Centre 1,SN,Rue 1,mobile-teem,irregular-migration-risks|reintegration,returnes',
        ].join('\n'),
      }),
    );
    assert.deepEqual(lines, [
      'centres.csv:2:5: column E (kind): must be "centre" or "mobile-team" or "online", found the text "mobile-teem" (did you mean "mobile-team"?) (skipped)',
    ]);
    const second = convert(
      sheets({
        'centres.csv': [
          'id,name,country,address,services,audiences',
          'sn-1,Centre 1,SN,Rue 1,irregular-migration-risks|reintegration,returnes',
        ].join('\n'),
      }),
    );
    assert.deepEqual(second.lines, [
      'centres.csv:2:5: column E (services): "irregular-migration-risks" is not a service in the taxonomy (did you mean "risk-awareness"? The default service ids are listed in docs/templates/ids.md); left out (repaired)',
      'centres.csv:2:6: column F (audiences): "returnes" is not an audience (did you mean "returnees"?): use migrants, potential-migrants, returnees, families, asylum-seekers, refugees; left out (repaired)',
    ]);
  });

  it('converts the semicolon templates for French and Spanish regional settings without a problem', () => {
    const templates = join(fixtures, '../../../../docs/templates');
    const run = mrcKit(
      'convert',
      '--from',
      'csv',
      join(templates, 'semicolon'),
      '-o',
      join(tempDir(), 'd.json'),
      '--publisher',
      'Example',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, /^wrote .*1 centres, 1 hotlines.*; 0 skipped, 0 repaired\n$/);
    for (const file of ['centres.csv', 'hours.csv', 'contacts.csv', 'hotlines.csv', 'services.csv']) {
      const semicolon = readFileSync(join(templates, 'semicolon', file), 'utf8');
      const comma = readFileSync(join(templates, file), 'utf8');
      assert.equal(
        semicolon.split('\n')[0],
        comma.split('\n')[0]!.replaceAll(',', ';'),
        `${file} has the same columns`,
      );
    }
  });

  it('reads the usual other spellings of codes and yes/no, an Excel sep= line, and names a title row above the header', () => {
    const folder = sheets({
      'centres.csv': [
        'id,name,country,address,kind,appointment,audiences,wheelchair,last_verified',
        'sn-1,A,SN,Rue 1,Center,walk in,asylum seekers|Potential migrants,VRAI,2026-01-31 00:00:00',
        'sn-2,B,SN,Rue 2,centre,either,,FALSO,',
      ].join('\n'),
      'contacts.csv': 'sep=;\ncentre_id;kind;value\nsn-1;Phone;+221 33 000 00 01\n;E-mail;a@example.org\n;fax;123\n',
      'hotlines.csv': 'Helplines of Senegal,,\nid,name,countries\n',
    });
    const { run, lines, dataset } = convert(folder);
    assert.equal(run.code, 1);
    assert.deepEqual(lines, [
      'contacts.csv:4:2: column B (kind): must be "voice" or "sms" or "whatsapp" or "telegram" or "signal" or "viber" or "messenger" or "chat" or "email", found the text "fax" (skipped)',
      'hotlines.csv:1: row 1 holds none of the column names (id, name, countries…): the header must be on row 1, with no title row above it; the file is skipped (see docs/templates/hotlines.csv) (skipped)',
    ]);
    const [a, b] = dataset!.centres;
    assert.equal(a!.kind, 'centre');
    assert.equal(a!.appointment, 'walk-in');
    assert.deepEqual(a!.audiences, ['asylum-seekers', 'potential-migrants']);
    assert.equal(a!.accessibility?.wheelchair, true);
    assert.equal(a!.lastVerified, '2026-01-31');
    assert.equal(b!.accessibility?.wheelchair, false);
    assert.deepEqual(
      a!.channels.map((c) => c.kind),
      ['voice', 'email'],
    );
  });

  it('points a missing publisher at --publisher, and says where the hours of a repeated id go', () => {
    const folder = sheets({ 'centres.csv': [CENTRE_HEADER, centreRow(1), centreRow(1, 'Again')].join('\n') });
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', folder, '-o', out);
    assert.equal(run.code, 1);
    assert.match(run.stderr, /^--publisher: \$\.publisher: .*: name the publisher with --publisher "…" \(repaired\)$/m);
    assert.match(
      run.stderr,
      /^centres\.csv:3:1: column A \(id\): id "sn-1" is already used on row 2: give this centre an id of its own \(the rows of hours\.csv and contacts\.csv with this id all go to the centre on row 2\); row skipped \(skipped\)$/m,
    );
  });
});

describe('mrc-kit convert --from csv: phone numbers', () => {
  const CONVERTED_SHEET = new URL('../../widgets/test/fixtures/converted-sheet.json', import.meta.url);
  const CONVERTED_SHEET_OPTIONS = ['--publisher', 'Test publisher', '--updated', '2026-11-01'];

  /**
   * A centre with these `kind,value` rows in contacts.csv, converted: its channels as written, and
   * as the SDK reads them (value, link, display).
   */
  function numbers(...contacts: string[]) {
    const folder = sheets({
      'centres.csv': [CENTRE_HEADER, centreRow(1)].join('\n'),
      'contacts.csv': ['centre_id,kind,value', ...contacts.map((row) => `sn-1,${row}`)].join('\n'),
    });
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', folder, '-o', out, '--publisher', 'P');
    const json = JSON.parse(readFileSync(out, 'utf8')) as { centres: { channels: { value: string }[] }[] };
    const { dataset } = validateDataset(json);
    return {
      run,
      written: json.centres.flatMap((c) => c.channels.map((channel) => channel.value)),
      read: dataset.centres.flatMap((c) => c.channels.map((channel) => [channel.value, channel.href, channel.display])),
    };
  }

  it('keeps a number as the sheet groups it, for people to read, and dials its digits', () => {
    const out = join(tempDir(), 'dataset.json');
    const run = mrcKit('convert', '--from', 'csv', good, '-o', out, ...CONVERTED_SHEET_OPTIONS);
    assert.equal(run.code, 0, run.stderr);
    const json = JSON.parse(readFileSync(out, 'utf8')) as { hotlines: { channels: { value: string }[] }[] };
    assert.equal(json.hotlines[0]!.channels[0]!.value, '+221 800 00 12 34');
    const channel = validateDataset(json).dataset.hotlines[0]!.channels[0]!;
    assert.deepEqual(
      [channel.value, channel.href, channel.display],
      ['+221800001234', 'tel:+221800001234', '+221 800 00 12 34'],
    );
    // The widgets' tests show this very file (hotline-card-numbers.test.ts).
    assert.deepEqual(
      json,
      JSON.parse(readFileSync(CONVERTED_SHEET, 'utf8')),
      `what convert writes changed: write it again with mrc-kit convert --from csv packages/cli/test/fixtures/csv/good -o packages/widgets/test/fixtures/converted-sheet.json ${CONVERTED_SHEET_OPTIONS.join(' ')}`,
    );
  });

  it('groups a number written without its groups as people in its country write it', () => {
    const { run, written, read } = numbers(
      'voice,+221800001234',
      'sms,+221 338696200',
      'whatsapp,00221770000000',
      'signal,+442079460321',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(written, ['+221 800 00 12 34', '+221 33 869 62 00', '+221 77 000 00 00', '+44 20 7946 0321']);
    assert.deepEqual(read[0], ['+221800001234', 'tel:+221800001234', '+221 800 00 12 34']);
    assert.deepEqual(read[2], ['+221770000000', 'https://wa.me/221770000000', '+221 77 000 00 00']);
  });

  it("keeps the sheet's own grouping, a 00 prefix written as +, and a messenger's link as it is", () => {
    const { run, written } = numbers(
      'voice,+221 8000 01234',
      'voice,00221 33 869 62 01',
      'voice,+1 (202) 555-0143',
      'whatsapp,https://wa.me/221770000001',
      'voice,+999 12345678',
    );
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(written, [
      '+221 8000 01234',
      '+221 33 869 62 01',
      '+1 (202) 555-0143',
      'https://wa.me/221770000001',
      // No country has the code 999: nothing to group it by, so it stays as written.
      '+999 12345678',
    ]);
  });
});
