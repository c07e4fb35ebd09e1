// npm run release:pack (after the build): the files of a release, in release/ (git-ignored):
// - the npm tarball of each publishable package (`npm pack`), as `changeset publish` would send them;
// - mrc-kit-cdn-<version>.tar.gz, for a webmaster who hosts the kit without npm: the CDN build
//   (cdn/), the JSON Schema of the dataset format, the spreadsheet templates, integrity.json (the
//   `sha384-…` value of every script, for `integrity` attributes and import maps) and SHA384SUMS
//   (every file of the archive, for `sha384sum -c`);
// - SHA384SUMS of the release files themselves.
// The archive is the same bytes for the same build: sorted names, fixed dates, owner and gzip header.
//   node scripts/release-pack.mjs [--out <folder>]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { filesUnder, sha384 } from './lib/files.mjs';

const PACKAGES = ['packages/sdk', 'packages/widgets', 'packages/react', 'packages/cli'];
const CDN = 'packages/widgets/dist/cdn';
const SCHEMA = 'packages/sdk/dist/dataset.schema.json';
const TEMPLATES = 'docs/templates';

const outIndex = process.argv.indexOf('--out');
const out = resolve(outIndex > 0 ? process.argv[outIndex + 1] : 'release');

for (const path of [`${CDN}/mrc-kit.js`, `${CDN}/mrc-kit-sw.js`, SCHEMA])
  if (!existsSync(path)) {
    console.error(`${path} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }

const { version } = JSON.parse(readFileSync('packages/widgets/package.json', 'utf8'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const sums = (dir, files) => files.map((f) => `${sha384(join(dir, f), 'hex')}  ${f}\n`).join('');

// The npm tarballs.
for (const dir of PACKAGES) {
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', out], {
      cwd: dir,
      encoding: 'utf8',
    }),
  );
  console.log(`${packed.filename}: ${packed.entryCount} files, ${(packed.size / 1024).toFixed(1)} KB`);
}

// The CDN archive, staged under its top folder.
const name = `mrc-kit-cdn-${version}`;
const stage = join(out, '.stage');
const top = join(stage, name);
cpSync(CDN, join(top, 'cdn'), { recursive: true });
cpSync(SCHEMA, join(top, 'dataset.schema.json'));
cpSync(TEMPLATES, join(top, 'templates'), { recursive: true });

const scripts = filesUnder(join(top, 'cdn')).filter((f) => f.endsWith('.js'));
const integrity = (f) => `sha384-${sha384(join(top, 'cdn', f), 'base64')}`;
/** Files a page names in a script tag (or registers, for the worker); the rest are chunks they import. */
const entries = scripts.filter((f) => !f.includes('/'));
const manifest = {
  name: '@mrc-kit/widgets',
  version,
  algorithm: 'sha384',
  // Paths are relative to cdn/, the folder to copy to a web server.
  entries: Object.fromEntries(entries.map((f) => [f, integrity(f)])),
  chunks: Object.fromEntries(scripts.filter((f) => f.includes('/')).map((f) => [f, integrity(f)])),
};
writeFileSync(join(top, 'integrity.json'), JSON.stringify(manifest, null, 2) + '\n');
writeFileSync(
  join(top, 'README.txt'),
  `mrc-kit ${version}: the CDN build of @mrc-kit/widgets, to host on your own server.

cdn/                 copy this folder to your server (for example as /mrc-kit/${version}/)
  mrc-kit.js         every element in one file; mrc-<element>.js: one element each
  mrc-kit-sw.js      the optional offline service worker (docs/offline.md)
dataset.schema.json  the JSON Schema of the dataset format (mrc-kit/dataset@1)
templates/           the spreadsheet templates (CSV), and semicolon/ for ';' spreadsheets
integrity.json       the sha384 integrity value of every script under cdn/
SHA384SUMS           every file of this archive: check it with \`sha384sum -c SHA384SUMS\`

  <script type="module" src="/mrc-kit/${version}/mrc-kit.js"
          integrity="${manifest.entries['mrc-kit.js']}" crossorigin></script>

An integrity attribute covers the one file it is on, not the chunks that file imports: an import
map can give theirs (see "What integrity covers" in docs/getting-started.md). docs/hosting.md says
how to serve a dataset.
`,
);
writeFileSync(join(top, 'SHA384SUMS'), sums(top, filesUnder(top)));

// Same bytes for the same build: sorted names, one date (SOURCE_DATE_EPOCH, else 2000-01-01), no owner.
const epoch = Number(process.env.SOURCE_DATE_EPOCH ?? 946684800);
const archive = join(out, `${name}.tar.gz`);
const tarBytes = execFileSync(
  'tar',
  [
    '--create',
    '--format=posix',
    '--pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime',
    '--sort=name',
    `--mtime=@${epoch}`,
    '--owner=0',
    '--group=0',
    '--numeric-owner',
    '--mode=go-w,a+rX',
    '--directory',
    stage,
    name,
  ],
  { maxBuffer: 256 * 1024 * 1024 },
);
writeFileSync(archive, gzipSync(tarBytes, { level: 9 }));
rmSync(stage, { recursive: true });

const released = readdirSync(out).sort();
writeFileSync(join(out, 'SHA384SUMS'), sums(out, released));
console.log(
  `${basename(archive)}: ${scripts.length} scripts (${entries.length} entries), ${(statSync(archive).size / 1024).toFixed(1)} KB`,
);
console.log(`wrote ${relative(process.cwd(), out) || '.'}/: ${[...released, 'SHA384SUMS'].join(', ')}`);
