import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import type { LoadResult } from '@mrc-kit/sdk';
import { importBatches } from '../src/hsds/batches.js';
import { locateAll } from '../src/json-text.js';
import { mrcKit, spawnMrcKit, tempDir } from './support/cli.js';
import { dir, importArgs } from './hsds-fixtures.js';

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
