import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import { demoDataset, validateDataset, type LoadResult } from '@mrc-kit/sdk';
import { bboxOf } from '../src/commands/split.js';
import { computeStats } from '../src/commands/stats.js';
import { readDays } from '../src/csv/days.js';
import { Header } from '../src/csv/read-table.js';
import { editDistance, nearestIds, withHint } from '../src/hints.js';
import { placeOf, type Sources } from '../src/csv/sources.js';
import { utcOffsetHours } from '../src/hsds/offset.js';
import { Translations } from '../src/hsds/translations.js';
import { uuidFor } from '../src/hsds/uuid.js';
import { locator, pathSegments } from '../src/json-text.js';
import { main } from '../src/main.js';
import { wantsColour, type Io } from '../src/output.js';
import { progressBar } from '../src/progress.js';
import { Produced, writeJson } from '../src/write-json.js';
import { tempDir } from './support/cli.js';
import { readDate, readTime } from '../src/csv/values.js';
import { tableOf } from '../src/csv/files.js';
import { notUtf8 } from '../src/csv/encoding.js';
import { columnLetter } from '../src/commands/convert-csv.js';

describe('days of a days cell', () => {
  it('reads codes, names in three languages and ranges, also across the week end', () => {
    assert.deepEqual(readDays(['mo-fr']), { days: ['mo', 'tu', 'we', 'th', 'fr'] });
    assert.deepEqual(readDays(['Lundi', 'mercredi', 'Vie.']), { days: ['mo', 'we', 'fr'] });
    assert.deepEqual(readDays(['sa–mo']), { days: ['mo', 'sa', 'su'] });
    assert.deepEqual(readDays(['mo', 'funday']), { wrong: 'funday' });
  });
});

describe('JSON paths and places', () => {
  it('splits a path into its segments, quoted keys included', () => {
    assert.deepEqual(pathSegments('$.centres[2].name["es-MX"]'), ['centres', 2, 'name', 'es-MX']);
    assert.equal(pathSegments('centres'), undefined);
  });

  it('finds the line and column of a path, or of its nearest existing parent', () => {
    const locate = locator('{\n  "centres": [\n    { "id": "a",\n      "name": "A" }\n  ]\n}');
    assert.deepEqual(locate('$.centres[0].name'), { line: 4, column: 7 });
    assert.deepEqual(locate('$.centres[0].position.lat'), { line: 3, column: 5 });
  });

  it('places a path of a dataset built from CSV at its file, row and column', () => {
    const centres = new Header('centres.csv');
    ['id', 'name', 'name@fr', 'lat', 'lng', 'time_zone'].forEach((c, i) => centres.columns.set(c, i + 1));
    const hours = new Header('hours.csv');
    ['centre_id', 'days', 'opens', 'closes'].forEach((c, i) => hours.columns.set(c, i + 1));
    const sources: Sources = {
      centres: [{ row: 2 }, { row: 4, weekly: [7, 9] }],
      hotlines: [],
      terms: [],
      headers: { centres, hours },
    };
    assert.equal(placeOf('$.centres[1]', sources), 'centres.csv:4');
    assert.equal(placeOf('$.centres[1].name.fr', sources), 'centres.csv:4:3');
    assert.equal(placeOf('$.centres[1].position.lng', sources), 'centres.csv:4:5');
    assert.equal(placeOf('$.centres[1].hours.timeZone', sources), 'centres.csv:4:6');
    assert.equal(placeOf('$.centres[1].hours.weekly[1].closes', sources), 'hours.csv:9:4');
    assert.equal(placeOf('$.publisher', sources), undefined);
  });
});

describe('HSDS helpers', () => {
  it('makes repeatable version 5 UUIDs', () => {
    const id = uuidFor('service', 'demo-1');
    assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(uuidFor('service', 'demo-1'), id);
    assert.notEqual(uuidFor('service', 'demo-2'), id);
  });

  it('gives the UTC offset of a zone on a date, daylight saving included', () => {
    assert.equal(utcOffsetHours('Africa/Dakar', new Date('2026-07-01T12:00:00Z')), 0);
    assert.equal(utcOffsetHours('Europe/Paris', new Date('2026-07-01T12:00:00Z')), 2);
    assert.equal(utcOffsetHours('Europe/Paris', new Date('2026-01-01T12:00:00Z')), 1);
    assert.equal(utcOffsetHours('Asia/Kolkata', new Date('2026-01-01T12:00:00Z')), 5.5);
  });

  it('merges the texts of one import per language, keeping shared hours shared', () => {
    const make = (name: string, note: string): LoadResult =>
      validateDataset({
        format: 'mrc-kit/dataset@1',
        publisher: { name: 'P' },
        defaultLocale: 'en',
        centres: [
          {
            id: 'a',
            name,
            kind: 'centre',
            country: 'SN',
            address: 'Rue 1',
            hours: { timeZone: 'Africa/Dakar', alwaysOpen: true, note },
            channels: [{ kind: 'voice', value: '+221338696200' }],
          },
        ],
      });
    const translations = new Translations('en');
    translations.add('fr', make('Centre FR', 'Toujours').dataset);
    translations.add('es', make('Centre', 'Siempre').dataset);
    const centre = translations.mergedDataset(make('Centre', 'Always').dataset).centres[0]!;
    assert.deepEqual(centre.name, { en: 'Centre', fr: 'Centre FR' });
    assert.deepEqual(centre.hours?.note, { en: 'Always', fr: 'Toujours', es: 'Siempre' });
    assert.equal(centre.channels[0]!.hours, centre.hours, 'the channel still takes its centre’s hours');
  });
});

describe('split and stats helpers', () => {
  const centre = (lat: number, lng: number) => ({ position: { lat, lng }, stops: [] }) as never;
  it('boxes the positions of a shard, and gives no box when a centre has no position', () => {
    assert.deepEqual(bboxOf([centre(14, -17), centre(16, -12)]), [-17, 14, -12, 16]);
    assert.equal(bboxOf([centre(14, -17), { stops: [] } as never]), undefined);
  });

  it('counts names lacking each language used in the dataset', () => {
    const { dataset } = validateDataset({
      format: 'mrc-kit/dataset@1',
      publisher: { name: 'P' },
      defaultLocale: 'en',
      centres: [
        { id: 'a', name: { en: 'A', fr: 'A fr' }, kind: 'centre', country: 'SN', address: 'x' },
        { id: 'b', name: 'B', kind: 'centre', country: 'SN', address: 'y', lastVerified: '2025-01-02' },
        { id: 'c', name: { ar: 'ج' }, kind: 'online', country: 'MA', url: 'https://example.org' },
      ],
    });
    const stats = computeStats(dataset);
    assert.deepEqual(stats.lacking.translation, { en: 1, fr: 2, ar: 2 });
    assert.deepEqual(stats.centresByCountry, { SN: 2, MA: 1 });
    assert.equal(stats.lacking.position, 2);
    assert.equal(stats.lacking.lastVerified, 2);
    assert.deepEqual(stats.oldestVerified, [{ id: 'b', type: 'centre', lastVerified: '2025-01-02' }]);
  });
});

describe('writing JSON', () => {
  it('leaves no file cut short when the records cannot all be made', async () => {
    const path = join(tempDir(), 'out.json');
    const records = new Produced(async (emit) => {
      for (let i = 0; i < 5000; i++) await emit({ id: `record-${i}`, text: 'x'.repeat(100) });
      throw new Error('the input broke off');
    });
    await assert.rejects(writeJson(path, { format: 'x', records }), /the input broke off/);
    assert.equal(existsSync(path), false);
    await writeJson(path, { format: 'x', records: new Produced(async (emit) => emit({ id: 'a' })) });
    assert.deepEqual(JSON.parse(readFileSync(path, 'utf8')), { format: 'x', records: [{ id: 'a' }] });
  });
});

describe('progress bar', () => {
  const sink = (isTTY: boolean) => {
    const stream = new PassThrough() as PassThrough & { isTTY?: boolean; columns?: number };
    stream.isTTY = isTTY;
    stream.columns = 80;
    let text = '';
    stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    return { stream, text: () => text };
  };

  it('draws on a terminal, and writes nothing at all to a pipe or a file', () => {
    const tty = sink(true);
    const bar = progressBar({ stdout: tty.stream, stderr: tty.stream, env: {} }, 'Reading CSV');
    bar.update(50, 100);
    bar.stop();
    assert.match(tty.text(), /Reading CSV \[.*\] 50%/);
    const pipe = sink(false);
    const silent = progressBar({ stdout: pipe.stream, stderr: pipe.stream, env: {} }, 'Reading CSV');
    silent.update(50, 100);
    silent.stop();
    assert.equal(pipe.text(), '');
  });

  it('shows how far export, convert --from hsds and stats are, on a terminal only', async () => {
    const dir = tempDir();
    const dataset = join(dir, 'demo.json');
    writeFileSync(dataset, JSON.stringify(demoDataset));
    const run = async (isTTY: boolean, ...argv: string[]) => {
      const out = sink(isTTY);
      const code = await main(argv, { stdout: sink(false).stream, stderr: out.stream, env: { NO_COLOR: '1' } });
      assert.equal(code, 0, out.text());
      return out.text();
    };
    const exported = await run(true, 'export', '--to', 'hsds', dataset, '-o', join(dir, 'hsds'));
    assert.match(exported, /Checking the dataset \[.*\] 100%/);
    assert.match(exported, /Writing .*services\.fr\.json \[.*\] 100%/);
    const back = ['convert', '--from', 'hsds', join(dir, 'hsds', 'services.en.json'), '-o', join(dir, 'back.json')];
    assert.match(await run(true, ...back), /Reading HSDS \[.*\] 100%/);
    assert.match(await run(true, 'stats', dataset), /Reading the dataset \[.*\] 100%/);
    assert.doesNotMatch(await run(false, ...back), /Reading HSDS/);
  });
});

describe('colour', () => {
  const tty = { isTTY: true } as unknown as NodeJS.WritableStream;
  const pipe = {} as unknown as NodeJS.WritableStream;
  it('follows NO_COLOR (non-empty turns it off) and FORCE_COLOR (0 off, 1 on), FORCE_COLOR first', () => {
    assert.equal(wantsColour(tty, {}), true);
    assert.equal(wantsColour(pipe, {}), false);
    assert.equal(wantsColour(tty, { NO_COLOR: '1' }), false);
    assert.equal(wantsColour(tty, { NO_COLOR: '' }), true, 'an empty NO_COLOR is as if unset');
    assert.equal(wantsColour(tty, { FORCE_COLOR: '0' }), false);
    assert.equal(wantsColour(tty, { FORCE_COLOR: 'false' }), false);
    assert.equal(wantsColour(pipe, { FORCE_COLOR: '1' }), true);
    assert.equal(wantsColour(pipe, { FORCE_COLOR: '1', NO_COLOR: '1' }), true);
    assert.equal(wantsColour(tty, { TERM: 'dumb' }), false);
  });
});

describe('cells of a spreadsheet', () => {
  it('reads times as people and spreadsheets write them, within the SDK ranges', () => {
    assert.equal(readTime('9:00', false), '09:00');
    assert.equal(readTime('09:00:00', false), '09:00');
    assert.equal(readTime('9h', false), '09:00');
    assert.equal(readTime('14h30', false), '14:30');
    assert.equal(readTime('9:00 AM', false), '09:00');
    assert.equal(readTime('12:30 pm', false), '12:30');
    assert.equal(readTime('12 a.m.', false), '00:00');
    assert.equal(readTime('5 PM', true), '17:00');
    assert.equal(readTime('24:00', true), '24:00');
    assert.match((readTime('24:00', false) as { wrong: string }).wrong, /only a closing time/);
    assert.match(
      (readTime('25:00', true) as { wrong: string }).wrong,
      /not a time of day as HH:MM from 00:00 to 24:00/,
    );
    assert.match((readTime('09:60', false) as { wrong: string }).wrong, /not a time of day/);
    assert.match((readTime('9', false) as { wrong: string }).wrong, /not a time of day/);
    assert.match((readTime('13:00 PM', false) as { wrong: string }).wrong, /from 1 to 12/);
  });

  it('reads YYYY-MM-DD dates, and says how to write a day-first one', () => {
    assert.equal(readDate('2026-01-31'), '2026-01-31');
    assert.equal(readDate('2026-01-31 00:00:00'), '2026-01-31');
    assert.match((readDate('2026-02-30') as { wrong: string }).wrong, /not a day of the calendar/);
    assert.match((readDate('31/01/2026') as { wrong: string }).wrong, /write it as 2026-01-31 \(YYYY-MM-DD\)/);
    assert.match((readDate('01/31/2026') as { wrong: string }).wrong, /write it as 2026-01-31/);
    assert.match((readDate('03/04/2026') as { wrong: string }).wrong, /day and month cannot be told apart/);
  });

  it('names columns by their letters as spreadsheets do', () => {
    assert.deepEqual([1, 5, 26, 27, 52, 53, 702, 703].map(columnLetter), [
      'A',
      'E',
      'Z',
      'AA',
      'AZ',
      'BA',
      'ZZ',
      'AAA',
    ]);
  });

  it('finds the first line that is not UTF-8 deep in a large file, across read chunks', async () => {
    const path = join(tempDir(), 'centres.csv');
    const lines = Array.from({ length: 8000 }, (_, i) => Buffer.from(`c-${i},Centre ${'€'.repeat(i % 7)}\n`));
    lines[6000] = Buffer.from('c-6000,Thi\xe8s\n', 'latin1');
    // A first line padded so that the third 64 KiB read (the stream's default) starts inside a "€".
    const body = Buffer.concat(lines.slice(1));
    const pad = [...Array(40).keys()].find((n) => (body[2 * 65536 - n - 5]! & 0xc0) === 0x80)!;
    const first = Buffer.from(`c-0,${'x'.repeat(pad)}\n`);
    const file = Buffer.concat([first, body]);
    assert.equal(first.length, pad + 5);
    assert.equal(file[2 * 65536]! & 0xc0, 0x80, 'the third read starts inside a character');
    writeFileSync(path, file);
    assert.equal((await notUtf8(path))?.line, 6001);
    writeFileSync(path, Buffer.concat([first, ...lines.slice(1, 6000), ...lines.slice(6001)]));
    assert.equal(await notUtf8(path), undefined);
  });

  it('knows the tables by their names, without case and as Google Sheets names downloads', () => {
    assert.equal(tableOf('hours.csv')?.file, 'hours.csv');
    assert.equal(tableOf('Contacts.CSV')?.file, 'contacts.csv');
    assert.equal(tableOf('MRC data - hours.csv')?.file, 'hours.csv');
    assert.equal(tableOf('centers.csv')?.file, 'centres.csv');
    assert.equal(tableOf('notes.csv'), undefined);
    assert.equal(tableOf('office-hours.csv'), undefined);
  });
});

describe('errors of the command itself', () => {
  /** An Io whose stdout fails as a broken stream would, and whose stderr is kept. */
  function brokenIo(env: NodeJS.ProcessEnv): { io: Io; stderr: () => string } {
    const stderr = new PassThrough();
    let text = '';
    stderr.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
    const stdout = new PassThrough();
    stdout.write = () => {
      throw new TypeError('the stream broke');
    };
    return { io: { stdout, stderr, env }, stderr: () => text };
  }

  it('ends an unexpected fault with one error line and exit 2, the stack only with MRC_KIT_DEBUG=1', async () => {
    const quiet = brokenIo({});
    assert.equal(await main(['--help'], quiet.io), 2);
    assert.equal(quiet.stderr(), 'error: unexpected error: the stream broke (run with MRC_KIT_DEBUG=1 for details)\n');
    const debug = brokenIo({ MRC_KIT_DEBUG: '1' });
    assert.equal(await main(['--help'], debug.io), 2);
    assert.match(debug.stderr(), /^TypeError: the stream broke\n\s+at /);
  });
});

describe('the nearest valid ids', () => {
  it('counts a swap of two letters as one edit', () => {
    assert.equal(editDistance('centre', 'centre'), 0);
    assert.equal(editDistance('cnetre', 'centre'), 1);
    assert.equal(editDistance('centr', 'centre'), 1);
    assert.equal(editDistance('', 'sms'), 3);
    assert.equal(editDistance('kitten', 'sitting'), 3);
  });

  it('finds a typo first, else the id sharing the most words with its id or name', () => {
    assert.deepEqual(nearestIds('returnes', [{ id: 'returnees' }, { id: 'refugees' }]), ['returnees']);
    assert.deepEqual(nearestIds('Mobile-Tem', [{ id: 'centre' }, { id: 'mobile-team' }]), ['mobile-team']);
    assert.deepEqual(nearestIds('zzz', [{ id: 'centre' }, { id: 'online' }]), []);
  });

  it('answers an unknown service, audience or code with the nearest ids, and where the service ids are', () => {
    assert.equal(
      withHint('"irregular-migration-risks" is not a service in the taxonomy; left out'),
      '"irregular-migration-risks" is not a service in the taxonomy (did you mean "risk-awareness"? The default service ids are listed in docs/templates/ids.md); left out',
    );
    assert.equal(
      withHint('"xyzzy" is not a service in the taxonomy'),
      '"xyzzy" is not a service in the taxonomy (the default service ids are listed in docs/templates/ids.md)',
    );
    // The publisher's own terms are candidates too.
    assert.match(
      withHint('"legal-clinc" is not a service in the taxonomy', [{ id: 'legal-clinic', name: 'Legal aid clinic' }]),
      /did you mean "legal-clinic"\?/,
    );
    assert.equal(
      withHint('"returnes" is not an audience: use migrants, returnees, refugees; left out'),
      '"returnes" is not an audience (did you mean "returnees"?): use migrants, returnees, refugees; left out',
    );
    assert.equal(
      withHint('must be "centre" or "mobile-team" or "online", found the text "mobile-teem"'),
      'must be "centre" or "mobile-team" or "online", found the text "mobile-teem" (did you mean "mobile-team"?)',
    );
    assert.equal(withHint('lat 95 is out of range'), 'lat 95 is out of range');
  });
});
