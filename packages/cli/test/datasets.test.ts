import { strict as assert } from 'node:assert';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  createClient,
  DEFAULT_TAXONOMY,
  demoDataset,
  MemoryStore,
  resolveText,
  validateDataset,
  type Channel,
  type LocalizedText,
  type OpeningHours,
  type TaxonomyTerm,
} from '@mrc-kit/sdk';
import { startServer, type LocalServer } from '../../../test/support/local-server.js';
import { loadDatasetFile } from '../src/load-dataset.js';
import { mrcKit, mrcKitAsync, tempDir } from './support/cli.js';

const dir = tempDir();
const demoPath = join(dir, 'demo.json');
writeFileSync(demoPath, JSON.stringify(demoDataset, null, 2));
const demo = validateDataset(demoDataset).dataset;

// The demo with one centre that has no name (left out) and a file cut short: bad inputs for every command.
const bad = structuredClone(demoDataset) as unknown as { centres: Record<string, unknown>[] };
delete bad.centres[2]!.name;
const badPath = join(dir, 'bad.json');
writeFileSync(badPath, JSON.stringify(bad, null, 2));
const cutPath = join(dir, 'cut.json');
writeFileSync(cutPath, '{\n  "format": "mrc-kit/dataset@1",\n  "centres": [1,');
const nameless = new RegExp(`^${badPath.replace(/[.]/g, '\\.')}:\\d+:\\d+: \\$\\.centres\\[2\\]`, 'm');

describe('a large dataset file read a part at a time', () => {
  it('keeps and reports what checking it whole does, with the same paths, in the same order', async () => {
    const raw = structuredClone(demoDataset) as unknown as {
      centres: Record<string, unknown>[];
      checklists: { steps: { where?: { centres?: string[] } }[] }[];
    };
    const template = raw.centres[0]!;
    raw.centres = Array.from({ length: 4500 }, (_, i) => ({ ...structuredClone(template), id: `centre-${i}` }));
    delete raw.centres[10]!.name;
    // The same id in a later batch, twice in one batch, and after an unusable record with it.
    raw.centres[2500]!.id = 'centre-5';
    raw.centres[4101]!.id = 'centre-4100';
    raw.centres[2501] = { id: 'centre-6' };
    raw.centres[2502]!.id = 'centre-6';
    (raw.centres[4200]!.position as { lat: unknown }).lat = 'north';
    const step = raw.checklists[0]!.steps.find((s) => s.where?.centres)!;
    step.where!.centres = ['centre-4499', 'centre-10', 'nowhere'];
    const path = join(dir, 'large.json');
    writeFileSync(path, JSON.stringify(raw, null, 1));
    const whole = validateDataset(raw, path);
    const { result, problems } = await loadDatasetFile(path);
    assert.deepEqual(result.warnings, whole.warnings);
    assert.deepEqual(result.dataset, whole.dataset);
    assert.ok(whole.warnings.length >= 6, JSON.stringify(whole.warnings));
    assert.match(problems.find((p) => p.path === '$.centres[2500].id')!.where, /large\.json:\d+:\d+$/);
    assert.ok(whole.warnings.some((w) => w.path === '$.centres[2502].id'));
    // validate reads such a file in parts too, and says the same.
    const report = JSON.parse(mrcKit('validate', '--json', path).stdout);
    assert.equal(report.kept.centres, whole.dataset.centres.length);
    assert.deepEqual(
      report.problems.map((p: { path: string }) => p.path),
      whole.warnings.map((w) => w.path),
    );
  });
});

describe('mrc-kit on bad input', () => {
  it('says what a file holds when it is no dataset, as validate does', () => {
    const cases: [string, string, RegExp][] = [
      ['a-list.json', '[{"id": "a"}]', /but got a list/],
      ['no-format.json', '{"centres": [{"id": "a"}]}', /but got an object without "format"/],
      [
        'two-lists.json',
        '{"format": "mrc-kit/dataset@1", "centres": [{"id": "a"}], "centres": []}',
        /the member "centres" is there twice/,
      ],
    ];
    for (const [name, text, says] of cases) {
      const path = join(dir, name);
      writeFileSync(path, text);
      const run = mrcKit('stats', path);
      assert.equal(run.code, 1, `${name}: ${run.stderr}`);
      assert.match(run.stderr, says, name);
    }
  });

  it('stats names the centre it leaves out, and a file that is not JSON at its line and column', () => {
    const run = mrcKit('stats', badPath, '--json');
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stderr, nameless);
    assert.equal(JSON.parse(run.stdout).records.centres, demo.centres.length - 1);
    const cut = mrcKit('stats', cutPath);
    assert.equal(cut.code, 1);
    assert.match(cut.stderr, new RegExp(`^error: ${cutPath.replace(/[.]/g, '\\.')}:3:\\d+: not valid JSON`));
    const missing = mrcKit('stats', join(dir, 'missing.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /missing\.json: no such file/);
  });

  it('split writes the shards without the bad centre, names it and exits 1', () => {
    const out = join(dir, 'bad-split');
    const run = mrcKit('split', badPath, '--by', 'country', '-o', out);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, nameless);
    const country = (demo.centres[2]!.country ?? '').toLowerCase();
    const shard = JSON.parse(readFileSync(join(out, `${country}.json`), 'utf8'));
    assert.ok(!shard.centres.some((c: { id: string }) => c.id === demo.centres[2]!.id));
    const cut = mrcKit('split', cutPath, '--by', 'country', '-o', out);
    assert.equal(cut.code, 1);
    assert.match(cut.stderr, /not valid JSON/);
  });

  it('split writes quizzes and checklists into the index as checked, a bad question left out', () => {
    const withBadQuestion = structuredClone(demoDataset) as unknown as {
      quizzes: { questions: { id: string; options?: unknown }[] }[];
    };
    const question = withBadQuestion.quizzes[0]!.questions[0]!;
    question.options = [];
    const path = join(dir, 'bad-question.json');
    writeFileSync(path, JSON.stringify(withBadQuestion, null, 2));
    const out = join(dir, 'bad-question-split');
    const run = mrcKit('split', path, '--by', 'country', '-o', out);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, /bad-question\.json:\d+:\d+: \$\.quizzes\[0\]\.questions\[0\]/);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    const ids = index.quizzes[0].questions.map((q: { id: string }) => q.id);
    assert.ok(ids.length > 0 && !ids.includes(question.id), ids.join());
    assert.equal(index.checklists.length, demo.checklists.length);
    const again = mrcKit('validate', '--strict', join(out, 'index.json'));
    assert.equal(again.code, 0, again.stdout);
  });

  it('export --to hsds leaves the bad centre out, names it and exits 1', () => {
    const out = join(dir, 'bad-export');
    const run = mrcKit('export', '--to', 'hsds', badPath, '-o', out);
    assert.equal(run.code, 1, run.stderr);
    assert.match(run.stderr, nameless);
    const page = JSON.parse(readFileSync(join(out, 'services.en.json'), 'utf8'));
    assert.equal(page.total_items, demo.centres.length - 1 + demo.hotlines.length);
    const cut = mrcKit('export', '--to', 'hsds', cutPath, '-o', out);
    assert.equal(cut.code, 1);
    assert.match(cut.stderr, /cut\.json:3:\d+: not valid JSON/);
  });
});

describe('mrc-kit stats', () => {
  it('counts per country, service and language, what is lacking and the oldest verified, as JSON', () => {
    const run = mrcKit('stats', demoPath, '--json');
    assert.equal(run.code, 0, run.stderr);
    const stats = JSON.parse(run.stdout);
    const countries: Record<string, number> = {};
    for (const c of demo.centres) countries[c.country] = (countries[c.country] ?? 0) + 1;
    assert.deepEqual(
      stats.centresByCountry,
      Object.fromEntries(Object.entries(countries).sort(([a, x], [b, y]) => y - x || a.localeCompare(b))),
    );
    assert.equal(stats.records.centres, demo.centres.length);
    assert.equal(stats.lacking.hours, [...demo.centres, ...demo.hotlines].filter((r) => !r.hours).length);
    const dates = [...demo.centres, ...demo.hotlines]
      .map((r) => r.lastVerified)
      .filter((d) => d !== undefined)
      .sort();
    assert.equal(stats.oldestVerified[0].lastVerified, dates[0]);
    const withFrench = [...demo.centres, ...demo.hotlines].filter(
      (r) => typeof r.name === 'object' && r.name.fr,
    ).length;
    assert.equal(stats.lacking.translation.fr, demo.centres.length + demo.hotlines.length - withFrench);
  });

  it('prints the same figures as tables', () => {
    const run = mrcKit('stats', demoPath);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Centres by country:\n/);
    assert.match(run.stdout, /Oldest verified:\n {2}\d{4}-\d{2}-\d{2}/);
  });
});

describe('mrc-kit split --by country', () => {
  let server: LocalServer;
  const out = join(dir, 'split');
  before(async () => {
    server = await startServer((req, res) => {
      const file = join(out, (req.url ?? '/').slice(1));
      res.writeHead(200, { 'content-type': 'application/json' });
      createReadStream(file)
        .on('error', () => res.end('{}'))
        .pipe(res);
    });
  });
  after(() => server.close());

  it('writes one shard per country and an index that createClient reads back, centre for centre', async () => {
    const run = mrcKit('split', demoPath, '--by', 'country', '-o', out);
    assert.equal(run.code, 0, run.stderr);
    const index = JSON.parse(readFileSync(join(out, 'index.json'), 'utf8'));
    assert.equal(index.format, 'mrc-kit/dataset-index@1');
    const countries = [...new Set(demo.centres.map((c) => c.country))].sort();
    assert.deepEqual(
      index.shards.map((s: { country: string }) => s.country),
      countries,
    );
    assert.equal(index.hotlines.length, demo.hotlines.length);
    const client = createClient({ src: server.url('/index.json'), store: new MemoryStore() });
    for (const country of countries) {
      const result = await client.centres.search({ country, limit: 1000 });
      // Quizzes and checklists are checked by the SDK itself; no shard may fail or lose a centre.
      assert.deepEqual(
        result.warnings.filter((w) => !/^\$\.(quizzes|checklists)/.test(w.path)),
        [],
      );
      const ids = result.items.map((r) => r.centre.id).sort();
      assert.deepEqual(
        ids,
        demo.centres
          .filter((c) => c.country === country)
          .map((c) => c.id)
          .sort(),
        country,
      );
    }
    // validate reads an index and every shard it lists, from files…
    const whole = mrcKit('validate', join(out, 'index.json'));
    assert.equal(whole.code, 0, whole.stdout);
    assert.match(whole.stdout, new RegExp(`kept .*${demo.centres.length} centres.*; 0 skipped, 0 repaired\\n$`));
    const strict = mrcKit('validate', '--strict', join(out, 'index.json'));
    assert.equal(strict.code, 0, strict.stdout);
    // A copy of the first shard listed under another country; the first shard listed twice.
    writeFileSync(join(out, 'copy.json'), readFileSync(join(out, index.shards[0].url)));
    const broken = {
      ...index,
      shards: [
        ...index.shards,
        { country: 'XX', url: 'missing.json' },
        { ...index.shards[0], url: 'copy.json', country: 'ZZ' },
        index.shards[0],
      ],
    };
    writeFileSync(join(out, 'broken-index.json'), JSON.stringify(broken, null, 2));
    const bad = mrcKit('validate', join(out, 'broken-index.json'));
    assert.equal(bad.code, 1);
    assert.match(
      bad.stdout,
      /broken-index\.json:\d+:\d+: \$\.shards\[\d+\]\.url: .*missing\.json cannot be used: .*no such file/,
    );
    assert.match(
      bad.stdout,
      /broken-index\.json:\d+:\d+: \$\.shards\[\d+\]\.country: \d+ centres? of \w+\.json (are|is) not in ZZ/,
    );
    // As the SDK reads an index: a file listed twice is read once.
    assert.match(bad.stdout, /broken-index\.json:\d+:\d+: \$\.shards\[\d+\]\.url: .*\w+\.json is already listed/);
    // …and a shard alone, over HTTP: a shard is a dataset of its own.
    const shard = await mrcKitAsync('validate', server.url(`/${countries[0]!.toLowerCase()}.json`));
    assert.equal(shard.code, 0, shard.stdout);
    assert.match(shard.stdout, /; 0 skipped, 0 repaired\n$/);
  });
});

describe('mrc-kit export --to hsds, then convert --from hsds', () => {
  it('keeps every centre, mobile team, hotline, position, hours period, phone and translation of the demo dataset', () => {
    // The demo, with special Sunday hours at Dakar (closed on Sundays): dated hours HSDS can hold.
    const source = structuredClone(demoDataset) as unknown as { centres: Record<string, unknown>[] };
    const sunday = { date: '2027-01-03', periods: [{ opens: '10:00', closes: '13:00' }] };
    const dakar = source.centres.find((c) => c.id === 'demo-mrc-dakar')!;
    const dakarHours = dakar.hours as { exceptions?: unknown[] };
    dakarHours.exceptions = [...(dakarHours.exceptions ?? []), sunday];
    const sourcePath = join(dir, 'round-trip.json');
    writeFileSync(sourcePath, JSON.stringify(source));
    const original = validateDataset(source).dataset;

    const hsds = join(dir, 'hsds');
    const exported = mrcKit('export', '--to', 'hsds', sourcePath, '-o', hsds);
    assert.equal(exported.code, 0, exported.stderr);
    const back = join(dir, 'back.json');
    const run = mrcKit(
      'convert',
      '--from',
      'hsds',
      hsds,
      '-o',
      back,
      '--default-locale',
      original.defaultLocale,
      '--today',
      '2026-11-27',
    );
    assert.equal(run.code, 0, run.stderr);
    // Nothing to report: the export keeps each time zone, so no UTC offset is read as a guess.
    assert.match(run.stderr, /; 0 skipped, 0 repaired\n$/);
    const { dataset, warnings } = validateDataset(JSON.parse(readFileSync(back, 'utf8')));
    assert.deepEqual(warnings, []);
    const locales = ['en', 'fr', 'es', 'ar'];
    const sameText = (a: unknown, b: unknown, what: string) => {
      for (const locale of locales) {
        assert.equal(
          a === undefined ? undefined : resolveText(a as LocalizedText, locale, [dataset.defaultLocale]),
          b === undefined ? undefined : resolveText(b as LocalizedText, locale, [original.defaultLocale]),
          `${what} in ${locale}`,
        );
      }
    };
    const phones = (channels: readonly Channel[], what: string) => {
      const list = channels.filter((ch) => ch.kind === 'voice' || ch.kind === 'sms');
      return { list, key: list.map((ch) => `${ch.kind} ${ch.value}`), what };
    };
    const samePhones = (copy: readonly Channel[], own: readonly Channel[], what: string) => {
      const a = phones(copy, what);
      const b = phones(own, what);
      assert.deepEqual(a.key, b.key, `${what} phones`);
      b.list.forEach((phone, i) => sameText(a.list[i]!.label, phone.label, `${what} label of ${phone.value}`));
    };
    const weekly = (hours: OpeningHours | undefined) =>
      (hours?.weekly ?? []).flatMap((p) => p.days.map((d) => `${d} ${p.opens}-${p.closes}`)).sort();
    // Dated hours come back unless the export reported them (closed days, days with weekly hours).
    const keptExceptions = (hours: OpeningHours | undefined, path: string) =>
      (hours?.exceptions ?? []).filter((_, j) => !exported.stderr.includes(`${path}.hours.exceptions[${j}]:`));

    assert.equal(dataset.centres.length, original.centres.length);
    for (const [i, centre] of original.centres.entries()) {
      const copy = dataset.centres.find((c) => c.id === centre.id);
      assert.ok(copy, `centre ${centre.id} kept`);
      assert.equal(copy.kind, centre.kind, `${centre.id} kind`);
      assert.deepEqual(copy.position, centre.position, `${centre.id} position`);
      assert.deepEqual(copy.services.sort(), [...centre.services].sort(), `${centre.id} services`);
      assert.deepEqual(copy.audiences.sort(), [...centre.audiences].sort(), `${centre.id} audiences`);
      assert.deepEqual(weekly(copy.hours), weekly(centre.hours), `${centre.id} weekly hours`);
      assert.equal(copy.hours?.timeZone, centre.hours?.timeZone, `${centre.id} time zone`);
      sameText(copy.hours?.note, centre.hours?.note, `${centre.id} hours note`);
      assert.deepEqual(
        copy.hours?.exceptions ?? [],
        keptExceptions(centre.hours, `$.centres[${i}]`).map(({ note: _note, ...rest }) => rest),
        `${centre.id} dated hours`,
      );
      samePhones(copy.channels, centre.channels, centre.id);
      for (const field of ['name', 'description', 'operator', 'address', 'city', 'region'] as const) {
        sameText(copy[field], centre[field], `${centre.id} ${field}`);
      }
      sameText(copy.accessibility?.notes, centre.accessibility?.notes, `${centre.id} accessibility notes`);
      assert.equal(copy.stops.length, centre.stops.length, `${centre.id} stops`);
      centre.stops.forEach((stop, j) => {
        const theirs = copy.stops[j]!;
        assert.deepEqual(theirs.position, stop.position, `${centre.id} stop ${j} position`);
        assert.equal(Date.parse(theirs.start), Date.parse(stop.start), `${centre.id} stop ${j} start`);
        assert.equal(Date.parse(theirs.end), Date.parse(stop.end), `${centre.id} stop ${j} end`);
        sameText(theirs.place, stop.place, `${centre.id} stop ${j} place`);
        sameText(theirs.note, stop.note, `${centre.id} stop ${j} note`);
      });
    }
    assert.deepEqual(
      dataset.centres.find((c) => c.id === 'demo-mrc-dakar')!.hours?.exceptions,
      [sunday],
      'Sunday hours, on a day without weekly hours, are exported and read back',
    );

    assert.equal(dataset.hotlines.length, original.hotlines.length);
    for (const hotline of original.hotlines) {
      const copy = dataset.hotlines.find((h) => h.id === hotline.id);
      assert.ok(copy, `hotline ${hotline.id} kept`);
      assert.deepEqual(copy.countries, hotline.countries, `${hotline.id} countries`);
      assert.deepEqual(copy.languages, hotline.languages, `${hotline.id} languages`);
      assert.deepEqual(weekly(copy.hours), weekly(hotline.hours), `${hotline.id} weekly hours`);
      assert.equal(copy.hours?.timeZone, hotline.hours?.timeZone, `${hotline.id} time zone`);
      samePhones(copy.channels, hotline.channels, hotline.id);
      for (const field of ['name', 'description', 'operator'] as const) {
        sameText(copy[field], hotline[field], `${hotline.id} ${field}`);
      }
    }
    const own = (terms: readonly TaxonomyTerm[]) => terms.filter((t) => !DEFAULT_TAXONOMY.some((d) => d.id === t.id));
    const ownTerms = own(original.taxonomy);
    assert.deepEqual(
      own(dataset.taxonomy)
        .map((t) => t.id)
        .sort(),
      ownTerms.map((t) => t.id).sort(),
      'own service terms keep their ids',
    );
    for (const term of ownTerms) sameText(dataset.taxonomy.find((t) => t.id === term.id)!.name, term.name, term.id);
  });

  it('reports what HSDS cannot hold, each at its JSON path', () => {
    const out = join(dir, 'hsds-lost');
    const run = mrcKit('export', '--to', 'hsds', demoPath, '-o', out);
    assert.equal(run.code, 0, run.stderr);
    const guatemala = demo.centres.findIndex((c) => c.id === 'demo-mrc-guatemala');
    const christmasEve = demo.centres[guatemala]!.hours!.exceptions!.findIndex((e) => e.date === '2026-12-24');
    for (const line of [
      `$.centres[${guatemala}].hours.exceptions[${christmasEve}]: HSDS 3 schedules add up: these special hours fall on a day with weekly hours`,
      `$.centres[0].appointment: HSDS 3 has no field`,
      `$.centres[0].accessibility.wheelchair: HSDS 3 has no yes-or-no field`,
      `$.hotlines[0].topics: HSDS 3 has no topics`,
      `$.hotlines[0].free: HSDS 3 has no field for "free"`,
    ]) {
      assert.ok(run.stderr.includes(line), `${line}\n${run.stderr}`);
    }
    // The 24 December morning is not exported next to the weekly Thursday hours, which HSDS would add to it.
    const page = JSON.parse(readFileSync(join(out, 'services.en.json'), 'utf8'));
    const schedules = JSON.stringify(page.contents[guatemala].service_at_locations[0].schedules);
    assert.doesNotMatch(schedules, /2026-12-24/);
  });
});
