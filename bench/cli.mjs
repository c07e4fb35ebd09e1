// npm run bench (last part): writes 100,000 centres as centres.csv, hours.csv and contacts.csv,
// converts them with `mrc-kit convert --from csv` in a child process, and prints the time and
// the peak memory (resident set) of that process. Figures only: nothing here passes or fails.
import { spawnSync } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';

const CENTRES = 100_000;
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
const started = process.hrtime.bigint();
const run = spawnSync(
  process.execPath,
  [
    '--conditions=mrc-source',
    '--import',
    rss,
    '--import',
    'tsx',
    'packages/cli/test/support/run-from-source.ts',
    'convert',
    '--from',
    'csv',
    dir,
    '-o',
    out,
    '--publisher',
    'Benchmark',
  ],
  { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, NO_COLOR: '1' } },
);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
const lines = run.stderr.trim().split('\n');
const peakKb = Number(/^peak-rss (\d+)$/m.exec(run.stderr)?.[1] ?? Number.NaN);
console.log(lines.filter((l) => !l.startsWith('peak-rss')).at(-1));
console.log(
  `mrc-kit convert --from csv: ${CENTRES.toLocaleString('en-US')} centres (${(bytes / 1e6).toFixed(1)} MB of CSV) in ${seconds.toFixed(1)} s, peak RSS ${(peakKb / 1024).toFixed(0)} MB, output ${(statSync(out).size / 1e6).toFixed(1)} MB`,
);
rmSync(dir, { recursive: true, force: true });
process.exit(run.status === 0 ? 0 : 1);
