import { statSync } from 'node:fs';
import { DATASET_FORMAT, parseCentre, validateDataset, type DataWarning, type LoadResult } from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import { present } from '../present.js';
import { publishedCentre } from '../published.js';
import { Cells } from './cells.js';
import { findTables } from './files.js';
import { addHours } from './hours-rows.js';
import { CENTRES, CONTACTS, HOTLINES, HOURS, SERVICES, type TableLayout } from './layout.js';
import { readRows, type Header } from './read-table.js';
import { centreFields, hotlineFields } from './fields.js';
import { spelledCode } from './spellings.js';
import { skipRow, type Children, type RawRecord } from './rows.js';
import type { RecordSource, Sources } from './sources.js';
import { checkSwapped, CountryMiddles, type CountryAt } from './swapped.js';

/**
 * Country borders (@rapideditor/country-coder: the borders the iD map editor uses, held locally,
 * a point looked up in about a microsecond). Loaded only by the CSV converter, which checks
 * positions: reading them takes a moment that other commands need not pay.
 */
async function bordersOfCountries(): Promise<CountryAt> {
  const { iso1A2Code } = await import('@rapideditor/country-coder');
  return (lng, lat) => iso1A2Code([lng, lat]) ?? undefined;
}

export interface CsvOptions {
  defaultLocale: string;
  publisher?: string;
  publisherUrl?: string;
  /** YYYY-MM-DD. */
  updated?: string;
  /** Bytes read so far of all the files, and their total size. */
  onProgress?: (bytes: number, total: number) => void;
}

export interface CsvConversion {
  /** Everything but the centres, checked by the SDK; its `centres` list is empty. */
  base: LoadResult;
  /**
   * The checked centres in their published form, each built and checked as its row is read:
   * iterate once, to write them. Their warnings join `warnings` as they come.
   */
  centres: AsyncIterable<Record<string, unknown>>;
  /** How many centres the iteration has yielded so far. */
  kept(): number;
  /** Warnings of the SDK's checks, with JSON paths into the dataset built (see placeOf). */
  warnings: DataWarning[];
  /** Problems the CSV reading found itself, at their cells. */
  problems: Problem[];
  /** The rows each record came from, to place the SDK's warnings. */
  sources: Sources;
}

/** A centre or hotline being built, and the rows it comes from. */
interface Owner {
  record: RawRecord;
  source: RecordSource;
}

/** The rows of hours.csv and contacts.csv read so far, by the id of the centre or hotline they name. */
interface Waiting {
  centre: Map<string, Children>;
  hotline: Map<string, Children>;
}

/**
 * Reads a folder of CSV files in the documented layout into a checked dataset. Files are
 * streamed row by row: services, hotlines, hours and contacts first (the hours and contacts rows
 * wait, by centre id, for their centre), then the centres, each built and checked by the SDK as
 * its row is read and handed on to be written: the centres themselves are never all in memory,
 * only the rows of hours.csv and contacts.csv whose centre has not come yet.
 * Each row or cell that cannot be used is reported with its file, row and column.
 */
export async function convertCsv(folder: string, options: CsvOptions): Promise<CsvConversion> {
  const problems: Problem[] = [];
  const sources: Sources = { centres: [], hotlines: [], terms: [], headers: {} };
  const locale = options.defaultLocale;
  const taxonomy: RawRecord[] = [];
  const hotlines = new Map<string, Owner>();
  const waiting: Waiting = { centre: new Map(), hotline: new Map() };

  const paths = await findTables(folder, problems);
  const lost = { centre: new LostRows(CENTRES), hotline: new LostRows(HOTLINES) };
  if (!paths.has(CENTRES) && !paths.has(HOTLINES)) {
    const neither: Problem = {
      where: folder,
      reason: 'neither centres.csv nor hotlines.csv is in this folder (see docs/templates/)',
      action: 'skipped',
    };
    problems.push(neither);
    lost.centre.cause = lost.hotline.cause = neither;
  }
  // centres.csv is read twice: first its positions only, for the swapped-position check.
  const total =
    [...paths.values()].reduce((sum, p) => sum + statSync(p).size, 0) +
    (paths.has(CENTRES) ? statSync(paths.get(CENTRES)!).size : 0);
  let done = 0;
  async function* rows(table: TableLayout, found: Problem[] = problems): AsyncGenerator<Cells> {
    const path = paths.get(table);
    if (!path) return;
    for await (const row of readRows(path, table, found, {
      onBytes: (bytes) => options.onProgress?.(done + bytes, total),
      onUnread: (problem) => {
        if (found !== problems) return;
        if (table === CENTRES) lost.centre.cause = problem;
        if (table === HOTLINES) lost.hotline.cause = problem;
      },
    })) {
      yield new Cells(row, row.header, found);
    }
    done += statSync(path).size;
    options.onProgress?.(done, total);
  }

  for await (const c of rows(SERVICES)) {
    sources.headers.services ??= c.header;
    const id = c.text('id');
    if (id === undefined) {
      skipRow(c, 'id', 'the service has no id');
      continue;
    }
    taxonomy.push(present({ id, name: c.localized('name', locale), description: c.localized('description', locale) }));
    sources.terms.push({ row: c.row.line });
  }

  /** The centres or hotlines of a file, each with a checked id, and the cells of its row. */
  async function* owners(table: TableLayout, kind: 'centre' | 'hotline', fields: typeof centreFields) {
    const seen = new Map<string, number>();
    let previous: number | undefined;
    for await (const c of rows(table)) {
      sources.headers[kind === 'centre' ? 'centres' : 'hotlines'] ??= c.header;
      const id = readId(c, kind, seen, previous);
      previous = c.row.line;
      if (id !== undefined) yield { owner: { record: { id, ...fields(c, locale) }, source: { row: c.row.line } }, c };
    }
  }

  for await (const { owner } of owners(HOTLINES, 'hotline', hotlineFields)) {
    hotlines.set(owner.record.id, owner);
    sources.hotlines.push(owner.source);
  }

  let above: Children | undefined;
  for await (const c of rows(HOURS)) {
    sources.headers.hours ??= c.header;
    above = ownerOf(c, hotlines, above, waiting, lost.hotline, paths.has(HOTLINES));
    if (above) addHours(c, above, locale);
  }
  above = undefined;
  for await (const c of rows(CONTACTS)) {
    sources.headers.contacts ??= c.header;
    above = ownerOf(c, hotlines, above, waiting, lost.hotline, paths.has(HOTLINES));
    if (!above) continue;
    const owner = above;
    (owner.channels ??= []).push(
      present({
        kind: c.code('kind', spelledCode),
        value: c.text('value'),
        label: c.localized('label', locale),
        languages: c.list('languages'),
        free: c.flag('free'),
        note: c.localized('note', locale),
      }),
    );
    (owner.source.channels ??= []).push(c.row.line);
  }

  // Everything but the centres is checked first: its taxonomy is what centres may name.
  for (const [id, owner] of hotlines) {
    adopt(owner, waiting.hotline.get(id), 'hotline', sources.headers.hotlines!, problems);
  }
  const base = validateDataset(
    {
      format: DATASET_FORMAT,
      publisher: present({ name: options.publisher, url: options.publisherUrl }),
      updated: options.updated ?? new Date().toISOString().slice(0, 10),
      defaultLocale: locale,
      taxonomy,
      centres: [],
      hotlines: [...hotlines.values()].map((h) => h.record),
    },
    folder,
  );
  hotlines.clear();
  const taxonomyIds = new Set(base.dataset.taxonomy.map((term) => term.id));
  const warnings = [...base.warnings];

  // The first pass: where each country's centres are, to notice a pin far away from them.
  const places = new CountryMiddles();
  const countryAt = await bordersOfCountries();
  for await (const c of rows(CENTRES, [])) {
    const lat = c.number('lat');
    const lng = c.number('lng');
    const country = c.code('country')?.toUpperCase();
    if (lat !== undefined && lng !== undefined && country !== undefined) places.add(country, lat, lng);
  }

  let kept = 0;
  async function* centres(): AsyncGenerator<Record<string, unknown>> {
    for await (const { owner, c } of owners(CENTRES, 'centre', centreFields)) {
      const id = owner.record.id;
      adopt(owner, waiting.centre.get(id), 'centre', c.header, problems);
      waiting.centre.delete(id);
      checkSwapped(owner.record, places, countryAt, c, problems);
      const index = sources.centres.push(owner.source) - 1;
      const centre = parseCentre(owner.record, ['centres', index], warnings, taxonomyIds);
      if (!centre) continue;
      kept++;
      yield publishedCentre(centre);
    }
    if (lost.centre.cause === undefined && paths.has(CENTRES)) reportOrphans(waiting.centre, sources, problems);
    else for (const left of waiting.centre.values()) lost.centre.count(left, sources);
    waiting.centre.clear();
    lost.centre.tell(problems);
    lost.hotline.tell(problems);
  }
  return { base, centres: centres(), kept: () => kept, warnings, problems, sources };
}

/**
 * Rows of hours.csv and contacts.csv that name a centre (or hotline) of a file that could not be
 * read, or is not in the folder: one cause, so one message, not one per row. They are told with
 * the file's own problem (`centres.csv:1: missing column country: …`), or in one line of their own.
 */
class LostRows {
  /** The problem that stopped the reading of the file, if any. */
  cause: Problem | undefined;
  private readonly rows = new Map<string, number>();
  constructor(private readonly table: TableLayout) {}

  add(file: string, n = 1): undefined {
    this.rows.set(file, (this.rows.get(file) ?? 0) + n);
    return undefined;
  }

  /** The rows waiting for one centre that never came. */
  count(left: Children, sources: Sources): void {
    const hours = (left.source.weekly?.length ?? 0) + (left.source.exceptions?.length ?? 0);
    if (hours > 0) this.add(sources.headers.hours!.file, hours);
    if (left.source.channels?.length) this.add(sources.headers.contacts!.file, left.source.channels.length);
  }

  tell(problems: Problem[]): void {
    if (this.rows.size === 0) return;
    const total = [...this.rows.values()].reduce((sum, n) => sum + n, 0);
    const files = [...this.rows.keys()].join(' and ');
    const records = this.table === CENTRES ? 'centres' : 'hotlines';
    const rows = `${total} row${total === 1 ? '' : 's'} of ${files}`;
    if (this.cause) {
      const [names, are] = total === 1 ? ['names', 'is'] : ['name', 'are'];
      this.cause.reason += `; ${rows} that ${names} its ${records} ${are} skipped with it`;
    } else {
      const column = this.table === CENTRES ? 'centre_id' : 'hotline_id';
      problems.push({
        where: this.table.file,
        reason: `there is no ${this.table.file} in the folder, but ${rows} ${total === 1 ? 'names' : 'name'} ${records} (${column}); skipped`,
        action: 'skipped',
      });
    }
    this.rows.clear();
  }
}

/** Rows of hours.csv and contacts.csv whose centre never came. */
function reportOrphans(children: ReadonlyMap<string, Children>, sources: Sources, problems: Problem[]): void {
  for (const [id, left] of children) {
    const rows: [Header | undefined, number[] | undefined][] = [
      [sources.headers.hours, [...(left.source.weekly ?? []), ...(left.source.exceptions ?? [])]],
      [sources.headers.contacts, left.source.channels],
    ];
    for (const [header, lines] of rows) {
      for (const line of lines ?? []) {
        problems.push({
          where: header!.at(line, 'centre_id'),
          reason: `no row of centres.csv has the id "${id}"; row skipped`,
          action: 'skipped',
        });
      }
    }
  }
}

/** The id of a centre or hotline row, checked for blanks and repeats. */
function readId(
  c: Cells,
  kind: 'centre' | 'hotline',
  rows: Map<string, number>,
  previousRow: number | undefined,
): string | undefined {
  const id = c.text('id');
  if (id === undefined) {
    // A row without id right under another looks like the rest of a merged cell.
    const continues = previousRow !== undefined && !c.row.afterBlank;
    return skipRow(
      c,
      'id',
      continues
        ? `the id is blank, as if this row continued the ${kind} on row ${previousRow} (merged cells?): ${kind === 'centre' ? 'centres' : 'hotlines'}.csv has one row per ${kind}; put more hours in hours.csv and more contacts in contacts.csv`
        : `the ${kind} has no id`,
    );
  }
  const taken = rows.get(id);
  if (taken !== undefined) {
    // Rows of hours.csv and contacts.csv name a centre by its id alone: they cannot say which of the two they meant.
    return skipRow(
      c,
      'id',
      `id "${id}" is already used on row ${taken}: give this ${kind} an id of its own (the rows of hours.csv and contacts.csv with this id all go to the ${kind} on row ${taken})`,
    );
  }
  rows.set(id, c.row.line);
  return id;
}

/**
 * The centre or hotline an hours or contacts row belongs to, as the rows waiting for it. A row
 * with neither id continues the owner of the row right above it (a merged cell exported as
 * blanks); after a blank line, or on the first row, that is ambiguous and the row is skipped.
 * Hotlines are known by now; a centre id is checked when centres.csv is read.
 */
function ownerOf(
  c: Cells,
  hotlines: ReadonlyMap<string, Owner>,
  above: Children | undefined,
  waiting: Waiting,
  lostHotlines: LostRows,
  hasHotlines: boolean,
): Children | undefined {
  const centreId = c.text('centre_id');
  const hotlineId = c.text('hotline_id');
  if (centreId !== undefined && hotlineId !== undefined) {
    return skipRow(c, 'hotline_id', 'both centre_id and hotline_id are filled: a row belongs to one of them');
  }
  if (centreId === undefined && hotlineId === undefined) {
    if (above !== undefined && !c.row.afterBlank) return above;
    const reason =
      above !== undefined
        ? 'centre_id and hotline_id are blank after a blank line, so it is unclear whose row this is'
        : 'centre_id and hotline_id are blank and there is no row above to continue';
    return skipRow(c, 'centre_id', reason);
  }
  if (hotlineId !== undefined && !hotlines.has(hotlineId)) {
    // Told once, with the reason hotlines.csv could not be read (or is not there).
    if (lostHotlines.cause !== undefined || !hasHotlines) return lostHotlines.add(c.header.file);
    return skipRow(c, 'hotline_id', `no row of hotlines.csv has the id "${hotlineId}"`);
  }
  const [map, id] = centreId !== undefined ? [waiting.centre, centreId] : [waiting.hotline, hotlineId!];
  let found = map.get(id);
  if (!found) map.set(id, (found = { source: {} }));
  return found;
}

/** Gives a centre or hotline the rows of hours.csv and contacts.csv that name it. */
function adopt(
  owner: Owner,
  children: Children | undefined,
  kind: 'centre' | 'hotline',
  header: Header,
  problems: Problem[],
): void {
  const hours = owner.record.hours as RawRecord;
  owner.record.channels = children?.channels ?? [];
  if (children) Object.assign(owner.source, children.source);
  if (children?.weekly) hours.weekly = children.weekly;
  if (children?.exceptions) hours.exceptions = children.exceptions;
  const hasTimes = hours.weekly !== undefined || hours.exceptions !== undefined || hours.alwaysOpen === true;
  if (hasTimes && hours.timeZone === undefined) {
    problems.push({
      where: header.at(owner.source.row, 'time_zone'),
      reason: `time_zone: this ${kind} has hours but no time zone: write its IANA zone, such as Africa/Dakar; hours left out`,
      action: 'repaired',
    });
    delete owner.record.hours;
    return;
  }
  // A time zone alone says nothing about when the place is open: the hours stay unknown.
  if (!hasTimes) delete owner.record.hours;
}
