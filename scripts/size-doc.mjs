// npm run size: writes docs/size.md from the build's own measure (packages/widgets/dist/size.json,
// written by `npm run build`). Sizes are given in KB to one decimal: gzip output differs by a few
// bytes from one zlib to another, and the page must not change with the machine that wrote it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const source = 'packages/widgets/dist/size.json';
if (!existsSync(source)) {
  console.error(`${source} is missing: run \`npm run build\` first`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(source, 'utf8'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
// In code unit order: localeCompare would sort by the collation of the machine's locale.
const byName = (record) => Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const entries = byName(report.entries).map(
  ([file, s]) => `| \`${file}\` | ${s.files} | ${kb(s.min)} | ${kb(s.gzip)} | ${s.budget ? kb(s.budget) : '–'} |`,
);
const lazy = byName(report.lazy).map(
  ([file, s]) => `| \`${file}\` | ${kb(s.min)} | ${kb(s.gzip)} | ${s.budget ? kb(s.budget) : '–'} |`,
);

writeFileSync(
  'docs/size.md',
  `# Bundle sizes

Written by \`npm run size\` after \`npm run build\`; do not edit by hand. Sizes of the CDN files in
\`packages/widgets/dist/cdn/\`: each entry counted **with every chunk it imports statically** (what a
page must download before the element works), minified, and gzip at level 9, in KB of 1,024 bytes.
The build measures them on every run (exact bytes in \`packages/widgets/dist/size.json\`) and fails
when an entry exceeds its budget. \`mrc-kit.js\` (every element) is one file of its own, smaller than
its parts would be apart; the per-element files share their chunks with each other. A page uses one or
the other. \`mrc-kit-sw.js\` is the offline service worker, which only a host that registers it loads
([offline](offline.md)).

| entry | files | minified | gzip | gzip budget |
| --- | --- | --- | --- | --- |
${entries.join('\n')}

Loaded on demand only, when a page needs them: the interface strings of a language other than English
(\`chunks/<tag>.js\`, one per language, at most 5 KB gzip each: the build fails beyond it); the kit's names
of languages in the page's interface language (\`names-<tag>\`), only when the data has a language the
browser cannot name ([localisation](localisation.md)); the validator (with zod)
when data loads, in parallel with the download; the loader (\`fetch-json\`: retries, time-outs, the kept copy) for a URL, whose first request starts before it arrives;
the search index on the first centre search; the HSDS importer or the REST API client for those sources;
and the parts of an element that are not on its first screen, when the person gets there: a centre's
details and the person's list (\`finder-side\`), the finder's filters (when first opened; in
\`mrc-kit.js\` only: the element's own file keeps them, too small for a request of their own), its map
(\`map-view\`, with Leaflet, only with the \`map\` attribute), the search kept in the address
(\`url-sync\`, only with \`sync-url\`), "Use my location" (\`ask-position\`), the quiz's questions
(\`quiz-question\` and \`quiz-texts\`, when the person starts it or is about to press "Start") and its
results (\`quiz-finish\`, while the person answers), and a checklist step's details (\`checklist-step-body\`:
facts, documents, tasks and places, closed until the person opens the step; requested as soon as the steps
show, and printing waits for it). Each brings its own styles. While one is on its way
the element shows placeholders (a moment at most on a revisit: the browser keeps the file), and one that
cannot be loaded shows the element's error state with "Try again" (and \`mrc-error\` to the page):

| chunk | minified | gzip | gzip budget |
| --- | --- | --- | --- |
${lazy.join('\n')}
`,
);
console.log('wrote docs/size.md');
