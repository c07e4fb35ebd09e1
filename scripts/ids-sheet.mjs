// Writes docs/templates/ids.md, the ids a spreadsheet may use in its code columns (services,
// audiences, kinds of centre and contact, appointment), from the SDK's own lists, so that the sheet
// the templates point to can never drift from what `mrc-kit convert` accepts. It reads the SDK's
// sources (with tsx), so it needs no build:
//
//   npm run ids-sheet              writes the file
//   npm run ids-sheet -- --check   fails when it is stale (part of npm test)
import { readFileSync, writeFileSync } from 'node:fs';
import prettier from 'prettier';
import {
  APPOINTMENT_POLICIES,
  AUDIENCES,
  CENTRE_KINDS,
  CHANNEL_KINDS,
  DEFAULT_TAXONOMY,
} from '../packages/sdk/src/index.ts';

const out = 'docs/templates/ids.md';

/** A text of the taxonomy in one language, or nothing. */
const textIn = (text, tag) => (typeof text === 'string' ? (tag === 'en' ? text : '') : (text?.[tag] ?? ''));
const cell = (text) => text.replaceAll('|', '\\|');

const tags = [
  ...new Set(DEFAULT_TAXONOMY.flatMap((term) => (typeof term.name === 'string' ? ['en'] : Object.keys(term.name)))),
];
const services = [
  `| id | ${tags.map((tag) => `name (${tag})`).join(' | ')} |`,
  `| --- | ${tags.map(() => '---').join(' | ')} |`,
  ...DEFAULT_TAXONOMY.map(
    (term) => `| \`${term.id}\` | ${tags.map((tag) => cell(textIn(term.name, tag))).join(' | ')} |`,
  ),
].join('\n');
const list = (ids) => ids.map((id) => `\`${id}\``).join(', ');

const text = `<!-- Written by scripts/ids-sheet.mjs from the SDK's taxonomy and lists: do not edit. -->

# Ids for the code columns of the templates

Cells of these columns take one of these ids (a list cell takes several, separated by \`|\`).
Service ids are written exactly as here; the other codes are read without case, with spaces or
underscores for hyphens (\`Mobile team\` is \`mobile-team\`). \`mrc-kit convert\` answers any other
value with the nearest ids. See [publishing](../publishing.md#the-csv-layout) for every column.

## Services: \`services\` in centres.csv

The ${DEFAULT_TAXONOMY.length} default services. Your own services are the ids of the rows of \`services.csv\`; a row
there with one of these ids renames it.

${services}

## Audiences: \`audiences\` in centres.csv

${list(AUDIENCES)}

## Kinds of centre: \`kind\` in centres.csv

${list(CENTRE_KINDS)} (blank is \`centre\`)

## Appointment: \`appointment\` in centres.csv

${list(APPOINTMENT_POLICIES)}

## Kinds of contact: \`kind\` in contacts.csv

${list(CHANNEL_KINDS)}
`;

const formatted = await prettier.format(text, { ...(await prettier.resolveConfig(out)), filepath: out });
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(out, 'utf8');
  } catch {
    // Not written yet: stale.
  }
  if (current !== formatted) {
    console.error(`${out} is not up to date: run npm run ids-sheet`);
    process.exit(1);
  }
} else {
  writeFileSync(out, formatted);
  console.log(`wrote ${out}`);
}
