import { strict as assert } from 'node:assert';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { demoDataset } from '@mrc-kit/sdk';
import { mrcKit, mrcKitWith, tempDir } from './support/cli.js';

const dir = tempDir();
const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('mrc-kit validate', () => {
  it('passes the demo dataset with exit 0 and a summary of what it kept', () => {
    const path = file('demo.json', JSON.stringify(demoDataset, null, 2));
    const run = mrcKit('validate', path);
    assert.equal(run.code, 0, run.stdout + run.stderr);
    assert.match(run.stdout, new RegExp(`kept .*${demoDataset.centres.length} centres.*; 0 skipped, 0 repaired`));
  });

  it('names the line and column of a JSON syntax error and exits 1', () => {
    const path = file('broken.json', '{\n  "format": "mrc-kit/dataset@1",\n  "centres": [,]\n}\n');
    const run = mrcKit('validate', path);
    assert.equal(run.code, 1);
    assert.match(run.stdout, new RegExp(`${path}:3:15: not valid JSON`));
  });

  it('says so when the file is not a dataset at all', () => {
    const run = mrcKit('validate', file('list.json', '[1, 2]'));
    assert.equal(run.code, 1);
    assert.match(run.stdout, /Expected an mrc-kit dataset/);
  });

  const withProblems = {
    format: 'mrc-kit/dataset@1',
    publisher: { name: 'Test' },
    defaultLocale: 'en',
    centres: [
      { id: 'a', name: 'A', kind: 'centre', country: 'SN', address: 'Rue 1', position: { lat: 14.7, lng: -17.4 } },
      { id: 'b', name: 'B', kind: 'centre', country: 'SN', position: { lat: 95, lng: 300 } },
      { id: 'a', name: 'A again', kind: 'centre', country: 'SN', address: 'Rue 2' },
    ],
  };

  it('prints each problem as place: path: reason, with line and column, and exits 1 when records were skipped', () => {
    const path = file('problems.json', JSON.stringify(withProblems, null, 2));
    const run = mrcKit('validate', path);
    assert.equal(run.code, 1);
    const lines = run.stdout.trim().split('\n');
    // The out-of-range position (left out), the centre then without a place (skipped), the repeated id.
    assert.ok(
      lines.some((l) =>
        new RegExp(`^${path}:\\d+:\\d+: \\$\\.centres\\[1\\]\\.position\\.lat: lat 95 is out of range`).test(l),
      ),
      run.stdout,
    );
    assert.ok(
      lines.some((l) => l.startsWith(`${path}:19:5: $.centres[1]: a centre needs a position or an address`)),
      run.stdout,
    );
    assert.ok(
      lines.some((l) => /:\d+:\d+: \$\.centres\[2\]\.id: duplicate id "a"/.test(l)),
      run.stdout,
    );
    assert.match(lines.at(-1)!, /kept .*1 centres.*; 2 skipped, 2 repaired/);
  });

  it('gives a machine-readable report with --json', () => {
    const path = file('problems2.json', JSON.stringify(withProblems, null, 2));
    const run = mrcKit('validate', path, '--json');
    assert.equal(run.code, 1);
    const report = JSON.parse(run.stdout) as {
      valid: boolean;
      kept: { centres: number };
      skipped: number;
      problems: { line: number; column: number; path: string }[];
    };
    assert.equal(report.valid, false);
    assert.equal(report.kept.centres, 1);
    assert.equal(report.skipped, 2);
    const duplicate = report.problems.find((p) => p.path === '$.centres[2].id')!;
    assert.deepEqual([duplicate.line, duplicate.column], [30, 7]);
  });

  it('exits 0 on repairs alone, and 1 with --strict', () => {
    const repaired = { ...withProblems, centres: [{ ...withProblems.centres[0], services: ['no-such-service'] }] };
    const path = file('repaired.json', JSON.stringify(repaired));
    assert.equal(mrcKit('validate', path).code, 0);
    assert.equal(mrcKit('validate', path, '--strict').code, 1);
  });

  it('fails a dataset that publishes nothing, saying so in one line, also when nothing was skipped', () => {
    const nothing = { ...withProblems, centres: [], taxonomy: [{ id: 'own', name: 'Own term' }] };
    const path = file('nothing.json', JSON.stringify(nothing, null, 2));
    const run = mrcKit('validate', path);
    assert.equal(run.code, 1, run.stdout);
    assert.equal(
      run.stdout,
      `${path}: publishes nothing: no centres, hotlines, quizzes or checklists; 0 skipped, 0 repaired\n`,
    );
    const json = mrcKit('validate', path, '--json');
    assert.equal(json.code, 1);
    const report = JSON.parse(json.stdout) as { valid: boolean; error: string; kept: { taxonomy: number } };
    assert.equal(report.valid, false);
    assert.equal(report.error, `${path}: publishes nothing: no centres, hotlines, quizzes or checklists`);
    assert.equal(report.kept.taxonomy, 1);
    // One hotline is something to publish.
    const hotline = {
      id: 'h',
      name: 'H',
      countries: ['SN'],
      channels: [{ kind: 'voice', value: '+221 800 00 12 34' }],
    };
    assert.equal(mrcKit('validate', file('hotline.json', JSON.stringify({ ...nothing, hotlines: [hotline] }))).code, 0);
  });

  it('answers an unknown service with the nearest ids of the taxonomy, its own terms included', () => {
    const centre = { ...withProblems.centres[0], services: ['legal-clinc', 'risk-awarness'] };
    const dataset = {
      ...withProblems,
      taxonomy: [{ id: 'legal-clinic', name: 'Legal aid clinic' }],
      centres: [centre],
    };
    const run = mrcKit('validate', file('hints.json', JSON.stringify(dataset, null, 2)));
    assert.match(
      run.stdout,
      /services\[0\]: "legal-clinc" is not a service in the taxonomy \(did you mean "legal-clinic"\?/,
    );
    assert.match(
      run.stdout,
      /services\[1\]: "risk-awarness" is not a service in the taxonomy \(did you mean "risk-awareness"\?/,
    );
  });

  it('exits 2 on usage mistakes: no file, a missing file, an unknown option', () => {
    assert.equal(mrcKit('validate').code, 2);
    const missing = mrcKit('validate', join(dir, 'nope.json'));
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no such file/);
    assert.equal(mrcKit('validate', '--colour', 'x').code, 2);
    assert.equal(mrcKit('frobnicate').code, 2);
  });

  it('prints a JSON report with --json even when the file is missing or the download fails', async () => {
    const missing = mrcKit('validate', join(dir, 'nope.json'), '--json');
    assert.equal(missing.code, 2);
    const report = JSON.parse(missing.stdout) as { valid: boolean; error: string; source: string };
    assert.equal(report.valid, false);
    assert.match(report.error, /nope\.json: no such file/);
    assert.equal(report.source, join(dir, 'nope.json'));
    // Nothing listens on this port: the download fails, which is bad input (exit 1).
    const unreachable = mrcKit('validate', 'http://127.0.0.1:9/dataset.json', '--json');
    assert.equal(unreachable.code, 1);
    assert.match((JSON.parse(unreachable.stdout) as { error: string }).error, /could not be fetched/);
  });

  it('writes no colour or progress codes when its output is not a terminal, even without NO_COLOR', () => {
    const path = file('plain.json', JSON.stringify(withProblems));
    const run = mrcKitWith({}, 'validate', path);
    assert.equal(run.code, 1);
    assert.ok(run.stdout.includes('duplicate id'));
    assert.ok(!(run.stdout + run.stderr).includes('\u001b['), 'no escape sequences');
  });

  it('has --help on the command and every sub-command, with exit 0', () => {
    for (const sub of [[], ['validate'], ['convert'], ['export'], ['split'], ['stats']]) {
      const run = mrcKit(...sub, '--help');
      assert.equal(run.code, 0, sub.join(' '));
      assert.match(run.stdout, new RegExp(`Usage: mrc-kit${sub[0] ? ' ' + sub[0] : ''}`));
      assert.match(run.stdout, /Exit codes: 0 valid, 1 invalid/);
    }
  });
});
