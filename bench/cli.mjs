// npm run bench (last part): writes 100,000 centres as centres.csv, hours.csv and contacts.csv,
// converts them with `mrc-kit convert --from csv`, exports the dataset with `export --to hsds` and
// converts that back with `convert --from hsds` (one file, then the folder of languages), then
// checks the dataset with `validate` and reads it with `stats`, each in a child process of the
// compiled command, and prints the time and the peak memory (resident set) of each. Figures only:
// nothing here passes or fails. MRC_BENCH_CENTRES sets another count.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

const CENTRES = Number(process.env.MRC_BENCH_CENTRES ?? 100_000);
const dir = mkdtempSync(join(tmpdir(), 'mrc-cli-bench-'));

async function writeCsv(file, header, row) {
  const out = createWriteStream(join(dir, file));
  out.write('\ufeff' + header + '\r\n');
  for (let i = 0; i < CENTRES; i++) if (!out.write(row(i) + '\r\n')) await new Promise((r) => out.once('drain', r));
  out.end();
  await finished(out);
}

// Deterministic spread over a few real countries, so positions, zones and phones are plausible.
const places = [
  ['SN', 14.69, -17.44, 'Africa/Dakar', '+221 33 8'],
  ['MA', 33.57, -7.59, 'Africa/Casablanca', '+212 522 '],
  ['GT', 14.63, -90.51, 'America/Guatemala', '+502 2'],
  ['TN', 36.81, 10.18, 'Africa/Tunis', '+216 71 '],
];
const place = (i) => places[i % places.length];
const jitter = (i, k) => (((i * 7919 + k * 104729) % 2000) - 1000) / 1000;

await writeCsv(
  'centres.csv',
  'id;name;name@fr;country;city;address;lat;lng;services;languages;time_zone;last_verified',
  (i) => {
    const [country, lat, lng, zone] = place(i);
    return `c-${i};Centre ${i};Centre n° ${i};${country};City ${i % 97};${i} Main Street;${(lat + jitter(i, 1)).toFixed(5).replace('.', ',')};${(lng + jitter(i, 2)).toFixed(5).replace('.', ',')};pre-departure|employment;fr|en;${zone};2026-0${1 + (i % 9)}-15`;
  },
);
await writeCsv('hours.csv', 'centre_id;days;opens;closes', (i) => `c-${i};mo-fr;09:00;17:00`);
await writeCsv(
  'contacts.csv',
  'centre_id;kind;value',
  (i) => `c-${i};voice;${place(i)[4]}${String(100000 + i).slice(-6)}`,
);
const bytes = ['centres.csv', 'hours.csv', 'contacts.csv'].reduce((n, f) => n + statSync(join(dir, f)).size, 0);

const out = join(dir, 'dataset.json');
// The child reports its own peak resident set (getrusage ru_maxrss, kilobytes) as it exits.
const rss = join(dir, 'peak-rss.mjs');
writeFileSync(
  rss,
  "process.on('exit', () => process.stderr.write(`peak-rss ${process.resourceUsage().maxRSS}\\n`));\n",
);

// The command as a publisher runs it: the compiled package (a TypeScript loader would add its own
// time and memory to every figure).
const built = spawnSync('npx', ['tsc', '-b', 'packages/sdk', 'packages/cli'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(1);

/** Runs `mrc-kit …args` in a child process: its last line on stderr, time and peak RSS. */
function measure(args) {
  const started = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['--import', rss, 'packages/cli/bin/mrc-kit.js', ...args], {
    encoding: 'utf8',
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
    maxBuffer: 1 << 30,
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const peakKb = Number(/^peak-rss (\d+)$/m.exec(run.stderr)?.[1] ?? Number.NaN);
  const last = run.stderr
    .trim()
    .split('\n')
    .filter((l) => !l.startsWith('peak-rss'))
    .at(-1);
  return { status: run.status, last, seconds, peak: `peak RSS ${(peakKb / 1024).toFixed(0)} MB` };
}

const sizeOf = (file) => `${(statSync(file).size / 1e6).toFixed(1)} MB`;
const n = CENTRES.toLocaleString('en-US');
let failed = false;

const csv = measure(['convert', '--from', 'csv', dir, '-o', out, '--publisher', 'Benchmark']);
console.log(csv.last);
console.log(
  `mrc-kit convert --from csv: ${n} centres (${(bytes / 1e6).toFixed(1)} MB of CSV) in ${csv.seconds.toFixed(1)} s, ${csv.peak}, output ${sizeOf(out)}`,
);
failed ||= csv.status !== 0;

// The HSDS paths: the dataset exported as HSDS 3 JSON (one file per language), then read back.
const hsds = join(dir, 'hsds');
const exported = measure(['export', '--to', 'hsds', out, '-o', hsds]);
console.log(exported.last);
console.log(
  `mrc-kit export --to hsds: ${n} centres in ${exported.seconds.toFixed(1)} s, ${exported.peak}, output ${sizeOf(join(hsds, 'services.en.json'))} per language`,
);
failed ||= exported.status !== 0;

const back = join(dir, 'back.json');
const english = join(hsds, 'services.en.json');
const one = measure(['convert', '--from', 'hsds', english, '-o', back, '--today', '2026-01-01']);
console.log(one.last);
console.log(
  `mrc-kit convert --from hsds (one file, ${sizeOf(english)}): ${n} centres in ${one.seconds.toFixed(1)} s, ${one.peak}`,
);
failed ||= one.status !== 0;

const folder = measure(['convert', '--from', 'hsds', hsds, '-o', back, '--today', '2026-01-01']);
console.log(folder.last);
console.log(
  `mrc-kit convert --from hsds (the folder, one file per language): ${n} centres in ${folder.seconds.toFixed(1)} s, ${folder.peak}`,
);
failed ||= folder.status !== 0;

const validated = measure(['validate', out]);
console.log(`mrc-kit validate: ${n} centres in ${validated.seconds.toFixed(1)} s, ${validated.peak}`);
failed ||= validated.status !== 0;

const stats = measure(['stats', out]);
console.log(`mrc-kit stats: ${n} centres in ${stats.seconds.toFixed(1)} s, ${stats.peak}`);
failed ||= stats.status !== 0;

if (process.env.MRC_BENCH_KEEP) console.log(dir);
else rmSync(dir, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
