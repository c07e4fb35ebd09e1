import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DATASET_FORMAT, parseCentre, validateDataset, type DataWarning, type LoadResult } from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import { publishedCentre } from '../published.js';
import { Cells } from './cells.js';
import { readDays } from './days.js';
import { CENTRES, CONTACTS, HOTLINES, HOURS, SERVICES, TABLES, type TableLayout } from './layout.js';
import { readRows, type Header } from './read-table.js';
import type { RecordSource, Sources } from './sources.js';
import { checkSwapped, CountryMiddles } from './swapped.js';

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

type RawRecord = Record<string, unknown>;

/** A centre or hotline being built, and the rows it comes from. */
interface Owner {
  record: RawRecord;
  source: RecordSource;
}

/** What hours.csv and contacts.csv give one centre or hotline, until its own row is read. */
interface Children {
  weekly?: RawRecord[];
  exceptions?: RawRecord[];
  channels?: RawRecord[];
  source: Omit<RecordSource, 'row'>;
}

/** The rows of hours.csv and contacts.csv read so far, by the id of the centre or hotline they name. */
interface Waiting {
  centre: Map<string, Children>;
  hotline: Map<string, Children>;
}

const present = <T extends RawRecord>(record: T): T =>
  Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;

/**
 * Reads a folder of CSV files in the documented layout into a checked dataset. Files are
 * streamed row by row: services, hotlines, hours and contacts first (hours and contacts wait for
 * their centre), then the centres, each built and checked by the SDK as its row is read and
 * handed on to be written, so that no more than one centre is held at a time, raw or checked.
 * Each row or cell that cannot be used is reported with its file, row and column.
 */
export async function convertCsv(folder: string, options: CsvOptions): Promise<CsvConversion> {
  const problems: Problem[] = [];
  const sources: Sources = { centres: [], hotlines: [], terms: [], headers: {} };
  const locale = options.defaultLocale;
  const taxonomy: RawRecord[] = [];
  const hotlines = new Map<string, Owner>();
  const waiting: Waiting = { centre: new Map(), hotline: new Map() };

  const paths = new Map<TableLayout, string>();
  for (const table of TABLES) {
    const path = join(folder, table.file);
    if (existsSync(path)) paths.set(table, path);
  }
  if (!paths.has(CENTRES) && !paths.has(HOTLINES)) {
    problems.push({
      where: folder,
      reason: 'neither centres.csv nor hotlines.csv is in this folder (see docs/templates/)',
      action: 'skipped',
    });
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
    above = ownerOf(c, hotlines, above, waiting);
    if (above) addHours(c, above, locale);
  }
  above = undefined;
  for await (const c of rows(CONTACTS)) {
    sources.headers.contacts ??= c.header;
    above = ownerOf(c, hotlines, above, waiting);
    if (!above) continue;
    const owner = above;
    (owner.channels ??= []).push(
      present({
        kind: c.code('kind')?.toLowerCase(),
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
      checkSwapped(owner.record, places, c, problems);
      const index = sources.centres.push(owner.source) - 1;
      const centre = parseCentre(owner.record, ['centres', index], warnings, taxonomyIds);
      if (!centre) continue;
      kept++;
      yield publishedCentre(centre);
    }
    reportOrphans(waiting.centre, sources, problems);
    waiting.centre.clear();
  }
  return { base, centres: centres(), kept: () => kept, warnings, problems, sources };
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

function skipRow(c: Cells, column: string, reason: string): undefined {
  c.problems.push({ where: c.at(column), reason: `${reason}; row skipped`, action: 'skipped' });
  return undefined;
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
  if (taken !== undefined) return skipRow(c, 'id', `id "${id}" is already used on row ${taken}`);
  rows.set(id, c.row.line);
  return id;
}

function hoursFields(c: Cells, locale: string): RawRecord {
  return present({
    timeZone: c.code('time_zone'),
    alwaysOpen: c.flag('always_open'),
    note: c.localized('hours_note', locale),
  });
}

function centreFields(c: Cells, locale: string): RawRecord {
  const lat = c.number('lat');
  const lng = c.number('lng');
  let position: { lat: number; lng: number } | undefined;
  if (lat !== undefined && lng !== undefined) position = { lat, lng };
  else if (
    (lat === undefined) !== (lng === undefined) &&
    (c.text('lat') === undefined || c.text('lng') === undefined)
  ) {
    const [given, blank] = lat === undefined ? ['lng', 'lat'] : ['lat', 'lng'];
    c.problems.push({
      where: c.at(blank),
      reason: `${blank}: blank while ${given} is given; a position needs both, so it is left out`,
      action: 'repaired',
    });
  }
  const wheelchair = c.flag('wheelchair');
  const notes = c.localized('accessibility', locale);
  return present({
    name: c.localized('name', locale),
    kind: c.code('kind')?.toLowerCase() ?? 'centre',
    operator: c.localized('operator', locale),
    description: c.localized('description', locale),
    country: c.code('country')?.toUpperCase(),
    region: c.localized('region', locale),
    city: c.localized('city', locale),
    address: c.localized('address', locale),
    position,
    services: c.list('services'),
    audiences: c.list('audiences'),
    languages: c.list('languages'),
    appointment: c.code('appointment')?.toLowerCase(),
    accessibility: wheelchair === undefined && notes === undefined ? undefined : present({ wheelchair, notes }),
    url: c.text('url'),
    lastVerified: c.date('last_verified'),
    hours: hoursFields(c, locale),
  });
}

function hotlineFields(c: Cells, locale: string): RawRecord {
  return present({
    name: c.localized('name', locale),
    description: c.localized('description', locale),
    operator: c.localized('operator', locale),
    countries: c.list('countries')?.map((code) => code.toUpperCase()),
    topics: c.list('topics'),
    languages: c.list('languages'),
    free: c.flag('free'),
    anonymous: c.flag('anonymous'),
    emergency: c.flag('emergency'),
    url: c.text('url'),
    lastVerified: c.date('last_verified'),
    hours: hoursFields(c, locale),
  });
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
    return skipRow(c, 'hotline_id', `no row of hotlines.csv has the id "${hotlineId}"`);
  }
  const [map, id] = centreId !== undefined ? [waiting.centre, centreId] : [waiting.hotline, hotlineId!];
  let found = map.get(id);
  if (!found) map.set(id, (found = { source: {} }));
  return found;
}

function addHours(c: Cells, hours: Children, locale: string): void {
  const { source } = hours;
  const days = c.list('days');
  const date = c.date('date');
  if (days && (date !== undefined || c.text('date') !== undefined)) {
    return void skipRow(c, 'date', 'a row gives either weekly days or a date, not both');
  }
  const opens = c.time('opens');
  const closes = c.time('closes');
  const note = c.localized('note', locale);
  if (days) {
    const read = readDays(days);
    if ('wrong' in read) {
      return void skipRow(
        c,
        'days',
        `"${read.wrong}" is not a day: write mo, tu, we, th, fr, sa, su or a range such as mo-fr`,
      );
    }
    if (opens === undefined || closes === undefined) {
      const missing = opens === undefined ? 'opens' : 'closes';
      return void skipRow(c, missing, 'a weekly period needs opens and closes (HH:MM)');
    }
    if (note !== undefined) c.reject('note', 'a note belongs to a dated row; weekly hours have one note, hours_note');
    (hours.weekly ??= []).push({ days: read.days, opens, closes });
    (source.weekly ??= []).push(c.row.line);
    return;
  }
  if (date === undefined) {
    const column = c.text('date') === undefined ? 'days' : 'date';
    return void skipRow(c, column, 'the row needs days (weekly hours) or a date (an exception)');
  }
  const to = c.date('to');
  const closed = c.flag('closed') === true;
  if (!closed && (opens === undefined || closes === undefined)) {
    const missing = opens === undefined ? 'opens' : 'closes';
    return void skipRow(c, missing, 'a dated row is closed (closed = yes) or has opens and closes');
  }
  // Several rows of one date (09:00–12:00, 14:00–17:00) make one exception with several periods.
  const same = hours.exceptions?.find((e) => e.date === date && e.to === to && e.closed === undefined && !closed);
  if (same) {
    (same.periods as RawRecord[]).push({ opens, closes });
    return;
  }
  (hours.exceptions ??= []).push(
    present({ date, to, closed: closed || undefined, periods: closed ? undefined : [{ opens, closes }], note }),
  );
  (source.exceptions ??= []).push(c.row.line);
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
