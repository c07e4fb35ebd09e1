import { strict as assert } from 'node:assert';
import { createReadStream, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { createClient, demoDataset, MemoryStore, resolveText, validateDataset } from '@mrc-kit/sdk';
import { startServer, type LocalServer } from '../../sdk/test/support/local-server.js';
import { mrcKit, mrcKitAsync, tempDir } from './support/cli.js';

const dir = tempDir();
const demoPath = join(dir, 'demo.json');
writeFileSync(demoPath, JSON.stringify(demoDataset, null, 2));
const demo = validateDataset(demoDataset).dataset;

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
    assert.match(whole.stdout, new RegExp(`kept .*${demo.centres.length} centres.*; 0 skipped, \\d+ repaired\\n$`));
    // An index holds no centres, so the SDK reports the checklists' links to centres in the index.
    for (const line of whole.stdout.trim().split('\n').slice(0, -1)) assert.match(line, /: \$\.checklists\[/);
    const broken = {
      ...index,
      shards: [...index.shards, { country: 'XX', url: 'missing.json' }, { ...index.shards[0], country: 'ZZ' }],
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
    // …and a shard alone, over HTTP: a shard is a dataset of its own.
    const shard = await mrcKitAsync('validate', server.url(`/${countries[0]!.toLowerCase()}.json`));
    assert.equal(shard.code, 0, shard.stdout);
    assert.match(shard.stdout, /; 0 skipped, 0 repaired\n$/);
  });
});

describe('mrc-kit export --to hsds, then convert --from hsds', () => {
  it('keeps every centre, position, hours period, phone and translation of the demo dataset', () => {
    const hsds = join(dir, 'hsds');
    const exported = mrcKit('export', '--to', 'hsds', demoPath, '-o', hsds);
    assert.equal(exported.code, 0, exported.stderr);
    const back = join(dir, 'back.json');
    const run = mrcKit('convert', '--from', 'hsds', hsds, '-o', back, '--default-locale', demo.defaultLocale);
    const { dataset } = validateDataset(JSON.parse(readFileSync(back, 'utf8')));
    const locales = ['en', 'fr', 'es', 'ar'];
    for (const [i, centre] of demo.centres.entries()) {
      if (centre.kind === 'mobile-team' && !centre.position) {
        // HSDS 3 has no stops: a team known only by its stops has no place there, and export says so.
        assert.match(exported.stderr, new RegExp(`\\$\\.centres\\[${i}\\]\\.stops: HSDS 3 has no scheduled stops`));
        continue;
      }
      const copy = dataset.centres.find((c) => c.id === centre.id);
      assert.ok(copy, `centre ${centre.id} kept\n${run.stderr}`);
      assert.deepEqual(copy.position, centre.position, `${centre.id} position`);
      const periods = (c: typeof centre) =>
        (c.hours?.weekly ?? []).flatMap((p) => p.days.map((d) => `${d} ${p.opens}-${p.closes}`)).sort();
      assert.deepEqual(periods(copy), periods(centre), `${centre.id} hours`);
      const phones = (c: typeof centre) =>
        c.channels
          .filter((ch) => ch.kind === 'voice' || ch.kind === 'sms')
          .map((ch) => `${ch.kind} ${ch.value}`)
          .sort();
      assert.deepEqual(phones(copy), phones(centre), `${centre.id} phones`);
      for (const locale of locales) {
        for (const field of ['name', 'description', 'address', 'city'] as const) {
          assert.equal(
            resolveText(copy[field], locale, [dataset.defaultLocale]),
            resolveText(centre[field], locale, [demo.defaultLocale]),
            `${centre.id} ${field} in ${locale}`,
          );
        }
      }
    }
  });
});
