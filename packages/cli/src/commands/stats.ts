import { resolveText, type Centre, type Dataset, type Hotline, type LocalizedText } from '@mrc-kit/sdk';
import { recordCounts } from '../counts.js';
import { loadDatasetShowingProgress } from '../load-dataset.js';
import { EXIT, type Io } from '../output.js';
import { printProblems } from '../problems.js';

export interface Stats {
  records: Record<string, number>;
  centresByCountry: Record<string, number>;
  hotlinesByCountry: Record<string, number>;
  centresByService: Record<string, number>;
  centresByKind: Record<string, number>;
  /** Centres and hotlines speaking each language. */
  byLanguage: Record<string, number>;
  lacking: {
    hours: number;
    /** Fixed centres and mobile teams with neither a position nor a positioned stop (online services need none). */
    position: number;
    lastVerified: number;
    /** Centres and hotlines whose name has no text in each language used anywhere in the dataset. */
    translation: Record<string, number>;
  };
  /** The least recently verified records, oldest first. */
  oldestVerified: { id: string; type: 'centre' | 'hotline'; lastVerified: string }[];
}

const OLDEST_SHOWN = 5;

function add(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1;
}

const sorted = (counts: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).sort(([a, x], [b, y]) => y - x || a.localeCompare(b)));

/** The language tags a text is written in; a plain string is in the dataset's default language. */
function tagsOf(text: LocalizedText | undefined, defaultLocale: string): string[] {
  if (text === undefined) return [];
  if (typeof text === 'string') return [defaultLocale];
  return Object.entries(text)
    .filter(([, value]) => value.trim() !== '')
    .map(([tag]) => tag.toLowerCase());
}

export function computeStats(dataset: Dataset): Stats {
  const stats: Stats = {
    records: recordCounts(dataset),
    centresByCountry: {},
    hotlinesByCountry: {},
    centresByService: {},
    centresByKind: {},
    byLanguage: {},
    lacking: { hours: 0, position: 0, lastVerified: 0, translation: {} },
    oldestVerified: [],
  };
  const locales = new Set<string>([dataset.defaultLocale.toLowerCase()]);
  const records: (Centre | Hotline)[] = [...dataset.centres, ...dataset.hotlines];
  for (const record of records) for (const tag of tagsOf(record.name, dataset.defaultLocale)) locales.add(tag);
  for (const locale of locales) stats.lacking.translation[locale] = 0;

  const verified: Stats['oldestVerified'] = [];
  const common = (record: Centre | Hotline, type: 'centre' | 'hotline') => {
    for (const lang of record.languages) add(stats.byLanguage, lang);
    if (!record.hours) stats.lacking.hours++;
    if (record.lastVerified) verified.push({ id: record.id, type, lastVerified: record.lastVerified });
    else stats.lacking.lastVerified++;
    const tags = new Set(tagsOf(record.name, dataset.defaultLocale));
    for (const locale of locales) if (!tags.has(locale)) stats.lacking.translation[locale]!++;
  };
  for (const centre of dataset.centres) {
    add(stats.centresByCountry, centre.country);
    add(stats.centresByKind, centre.kind);
    for (const service of centre.services) add(stats.centresByService, service);
    const placed = centre.position !== undefined || centre.stops.some((s) => s.position !== undefined);
    if (centre.kind !== 'online' && !placed) stats.lacking.position++;
    common(centre, 'centre');
  }
  for (const hotline of dataset.hotlines) {
    for (const country of hotline.countries) add(stats.hotlinesByCountry, country);
    common(hotline, 'hotline');
  }
  verified.sort((a, b) => a.lastVerified.localeCompare(b.lastVerified) || a.id.localeCompare(b.id));
  stats.oldestVerified = verified.slice(0, OLDEST_SHOWN);
  return {
    ...stats,
    centresByCountry: sorted(stats.centresByCountry),
    hotlinesByCountry: sorted(stats.hotlinesByCountry),
    centresByService: sorted(stats.centresByService),
    centresByKind: sorted(stats.centresByKind),
    byLanguage: sorted(stats.byLanguage),
  };
}

function table(title: string, counts: Record<string, number>, names?: (key: string) => string): string {
  const rows = Object.entries(counts);
  if (rows.length === 0) return `${title}: none\n`;
  const width = Math.max(...rows.map(([key]) => (names ? names(key) : key).length));
  return `${title}:\n${rows.map(([key, n]) => `  ${(names ? names(key) : key).padEnd(width)}  ${n}`).join('\n')}\n`;
}

/** `mrc-kit stats <dataset>`: figures on stdout (as JSON with `json`), the dataset's own problems on stderr. */
export async function statsCommand(target: string, options: { json?: boolean }, io: Io): Promise<number> {
  const { result, problems } = await loadDatasetShowingProgress(io, 'Reading the dataset', target);
  const stats = computeStats(result.dataset);
  printProblems(problems, io);
  if (options.json) {
    io.stdout.write(JSON.stringify(stats, null, 2) + '\n');
    return EXIT.ok;
  }
  const { dataset } = result;
  const serviceName = (id: string) => {
    const term = dataset.taxonomy.find((t) => t.id === id);
    return term ? `${id} (${resolveText(term.name, 'en', [dataset.defaultLocale])})` : id;
  };
  const lines = [
    table('Records', stats.records),
    table('Centres by country', stats.centresByCountry),
    table('Centres by kind', stats.centresByKind),
    table('Centres by service', stats.centresByService, serviceName),
    table('Hotlines by country served', stats.hotlinesByCountry),
    table('Centres and hotlines by language spoken', stats.byLanguage),
    `Lacking: ${stats.lacking.hours} without hours, ${stats.lacking.position} without a position, ${stats.lacking.lastVerified} never verified\n`,
    table('Names lacking a translation, by language', stats.lacking.translation),
    stats.oldestVerified.length === 0
      ? 'Oldest verified: none has a date\n'
      : `Oldest verified:\n${stats.oldestVerified.map((v) => `  ${v.lastVerified}  ${v.type} ${v.id}`).join('\n')}\n`,
  ];
  io.stdout.write(lines.join('\n'));
  return EXIT.ok;
}
