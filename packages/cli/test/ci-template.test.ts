// The example CI job of docs/templates/ci/ runs the real command: its steps are run here, as a CI
// would, on the templates (they pass) and on the templates with a column removed (the job stops
// at its first step, with one message naming the column). docs/publishing.md shows that very file.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { tempDir } from './support/cli.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const templates = join(root, 'docs/templates');
const workflowFile = join(templates, 'ci/github-actions.yml');
const entry = fileURLToPath(new URL('./support/run-from-source.ts', import.meta.url));
const NPX = 'npx --yes @mrc-kit/cli ';

/** The words of a command line as a POSIX shell splits them (double quotes only, as the example uses). */
function words(line: string): string[] {
  return [...line.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
}

/** The `run:` lines of the job, each a command of the mrc-kit package. */
function commands(): string[][] {
  const workflow = parse(readFileSync(workflowFile, 'utf8')) as {
    jobs: Record<string, { steps: { run?: string }[] }>;
  };
  const runs = Object.values(workflow.jobs).flatMap((job) => job.steps.flatMap((s) => (s.run ? [s.run.trim()] : [])));
  assert.ok(runs.length >= 2);
  return runs.map((run) => {
    assert.ok(run.startsWith(NPX), run);
    assert.ok(!/[|&;<>$`\\\n]/.test(run), `one plain command: ${run}`);
    return words(run.slice(NPX.length));
  });
}

/** Runs the job's steps in `folder`, as the CI does: in order, stopping at the first that fails. */
function runJob(folder: string) {
  const steps = [];
  for (const args of commands()) {
    const run = spawnSync(
      process.execPath,
      ['--conditions=mrc-source', '--import', import.meta.resolve('tsx'), entry, ...args],
      {
        cwd: folder,
        encoding: 'utf8',
        env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined },
      },
    );
    steps.push({ args, code: run.status, output: run.stdout + run.stderr });
    if (run.status !== 0) break;
  }
  return steps;
}

/** A copy of the CSV templates in `sheets/` of a folder of its own, as the example expects them. */
function repository(): string {
  const folder = tempDir();
  mkdirSync(join(folder, 'sheets'));
  for (const file of readdirSync(templates).filter((f) => f.endsWith('.csv'))) {
    cpSync(join(templates, file), join(folder, 'sheets', file));
  }
  return folder;
}

describe('the example CI job', () => {
  it('passes the templates, and writes the dataset', () => {
    const folder = repository();
    const steps = runJob(folder);
    assert.deepEqual(
      steps.map((s) => s.code),
      commands().map(() => 0),
      steps.map((s) => s.output).join('\n'),
    );
    assert.ok(existsSync(join(folder, 'dataset.json')));
  });

  it('stops at its first step on a sheet without its country column, with one message naming it', () => {
    const folder = repository();
    const centres = join(folder, 'sheets/centres.csv');
    const [header, ...rows] = readFileSync(centres, 'utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\n');
    // The template's cells hold no commas inside quotes, so a plain split finds its columns.
    const at = header!.split(',').indexOf('country');
    assert.ok(at > 0);
    const drop = (line: string) =>
      line
        .split(',')
        .filter((_, i) => i !== at)
        .join(',');
    writeFileSync(centres, [header, ...rows].map((line) => drop(line!)).join('\n') + '\n');
    const steps = runJob(folder);
    assert.equal(steps.length, 1, 'the job stops at the conversion');
    assert.equal(steps[0]!.code, 1);
    const lines = steps[0]!.output.trim().split('\n');
    assert.equal(lines.length, 2, steps[0]!.output);
    assert.match(lines[0]!, /^centres\.csv:1: missing column country: the file is skipped/);
    assert.match(lines[1]!, /^nothing written to dataset\.json \(--strict\): /);
    assert.ok(!existsSync(join(folder, 'dataset.json')));
  });

  it('is the job docs/publishing.md shows, whose commands README.md names too', () => {
    const job = readFileSync(workflowFile, 'utf8');
    const publishing = readFileSync(join(root, 'docs/publishing.md'), 'utf8');
    assert.ok(publishing.includes('```yaml\n' + job + '```\n'), 'docs/publishing.md shows the file as it is');
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    for (const args of commands()) {
      const local = `npx mrc-kit ${args.map((w) => (w.includes(' ') ? `"${w}"` : w)).join(' ')}`;
      assert.ok(readme.includes(local), `README.md names ${local}`);
    }
  });
});
