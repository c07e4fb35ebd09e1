import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import type { Problem } from '../problems.js';
import { notUtf8 } from './encoding.js';
import type { TableLayout } from './layout.js';

/** A table's header: where each known column is (1-based, as spreadsheets count). */
export class Header {
  readonly columns = new Map<string, number>();
  constructor(readonly file: string) {}

  has(column: string): boolean {
    return this.columns.has(column);
  }

  /** The place of a cell, `file:row:column`; the row's place when the column is absent. */
  at(row: number, column?: string): string {
    const index = column === undefined ? undefined : this.columns.get(column);
    return index === undefined ? `${this.file}:${row}` : `${this.file}:${row}:${index}`;
  }

  /** The text columns present for `base`: the bare one (default language) and each `base@tag`. */
  languagesOf(base: string): [tag: string | undefined, column: string][] {
    const out: [string | undefined, string][] = [];
    for (const column of this.columns.keys()) {
      if (column === base) out.push([undefined, column]);
      else if (column.startsWith(`${base}@`)) out.push([column.slice(base.length + 1), column]);
    }
    return out;
  }
}

/** One data row: its line in the file and its cells by column name, trimmed. */
export interface Row {
  line: number;
  /** True when a blank line (or a row of empty cells) comes right before this row. */
  afterBlank: boolean;
  get(column: string): string;
}

export interface ReadTableOptions {
  /** Called with the bytes read so far, for a progress bar. */
  onBytes?: (bytes: number) => void;
  /**
   * Called with the problem that stopped the reading when the file, or its rest, cannot be read
   * (not UTF-8, no usable header, a quote never closed, empty), so that the rows of other files
   * that name its records can be told with it rather than one by one.
   */
  onUnread?: (problem: Problem) => void;
}

/**
 * The separator of a CSV file: the one named by a first line `sep=;` (as Excel writes and reads
 * it), else the one of `;` and `,` found more often outside quotes in its first line.
 */
async function separatorOf(path: string): Promise<{ delimiter: string; sepLine: boolean }> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer
      .subarray(0, bytesRead)
      .toString('utf8')
      .replace(/^\uFEFF/, '');
    const named = /^sep=(.)\r?\n/i.exec(text);
    if (named) return { delimiter: named[1]!, sepLine: true };
    let semicolons = 0;
    let commas = 0;
    let quoted = false;
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && char === ';') semicolons++;
      else if (!quoted && char === ',') commas++;
    }
    return { delimiter: semicolons > commas ? ';' : ',', sepLine: false };
  } finally {
    await handle.close();
  }
}

/** The separator of a CSV file (see {@link separatorOf}). */
export async function detectSeparator(path: string): Promise<string> {
  return (await separatorOf(path)).delimiter;
}

/** Reads the header, reporting unknown, repeated and missing columns. Returns undefined when unusable. */
function readHeader(cells: string[], layout: TableLayout, file: string, problems: Problem[]): Header | undefined {
  const header = new Header(file);
  const known = new Set([...layout.required, ...layout.optional]);
  const isKnown = (raw: string) => known.has(normaliseColumn(raw).split('@')[0]!);
  if (!cells.some(isKnown)) {
    problems.push({
      where: `${file}:1`,
      reason: `row 1 holds none of the column names (${layout.required.join(', ')}…): the header must be on row 1, with no title row above it; the file is skipped (see docs/templates/${layout.file})`,
      action: 'skipped',
    });
    return undefined;
  }
  cells.forEach((raw, i) => {
    const name = normaliseColumn(raw);
    const where = `${file}:1:${i + 1}`;
    if (name === '') return;
    const [base, tag] = name.split('@') as [string, string | undefined];
    if (!known.has(base) || (tag !== undefined && !layout.texts.includes(base))) {
      problems.push({ where, reason: `unknown column "${raw.trim()}"; ignored`, action: 'repaired' });
      return;
    }
    if (header.columns.has(name)) {
      problems.push({ where, reason: `column "${name}" appears twice; the first is used`, action: 'repaired' });
      return;
    }
    header.columns.set(name, i + 1);
  });
  const missing = layout.required.filter((c) => !header.has(c));
  if (missing.length > 0) {
    problems.push({
      where: `${file}:1`,
      reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: the file is skipped (see docs/templates/${layout.file})`,
      action: 'skipped',
    });
    return undefined;
  }
  return header;
}

/** Column names are matched without case and spaces (`Name @FR` is `name@fr`); the language keeps its case rules. */
function normaliseColumn(raw: string): string {
  const [base = '', tag] = raw.trim().split('@');
  const column = base
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return tag === undefined ? column : `${column}@${tag.trim().toLowerCase()}`;
}

/**
 * Streams the rows of one CSV file: separator detected, byte-order mark removed, any line end,
 * blank lines skipped. The header comes first (undefined when it is unusable, and nothing
 * follows). Row numbers are the spreadsheet's: a cell holding a line break is still one row. A
 * row that cannot be parsed, or with a value beyond the header's last column, is reported and
 * skipped; the others are read on. A quote in the middle of an unquoted cell (`Centre "Espoir"
 * annex`) is kept as text, as spreadsheet programs read it.
 */
export async function* readRows(
  path: string,
  layout: TableLayout,
  problems: Problem[],
  options: ReadTableOptions = {},
): AsyncGenerator<Row & { header: Header }, Header | undefined> {
  const file = basename(path);
  const encoding = await notUtf8(path);
  const unread = (problem: Problem) => {
    problems.push(problem);
    options.onUnread?.(problem);
  };
  if (encoding) {
    unread({ where: `${file}:${encoding.line}`, reason: `${encoding.reason}; the file is skipped`, action: 'skipped' });
    return undefined;
  }
  const { delimiter, sepLine } = await separatorOf(path);
  let skippedRecords = 0;
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      delimiter,
      // Excel's `sep=;` line is no row of the sheet: Excel hides it too.
      from_line: sepLine ? 2 : 1,
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      info: true,
      on_skip: (error: CsvError | undefined) => {
        skippedRecords++;
        if (!error) return;
        const place = error as CsvError & { records?: number; empty_lines?: number };
        const row = (place.records ?? 0) + (place.empty_lines ?? 0) + skippedRecords;
        const problem = { where: `${file}:${row}`, ...parseFailure(error) };
        if (error.code === 'CSV_QUOTE_NOT_CLOSED') unread(problem);
        else problems.push(problem);
      },
    }),
  );
  let header: Header | undefined;
  let width = 0;
  let blankBefore = false;
  let emptyLines = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { bytes: number; records: number; empty_lines: number };
    }>) {
      options.onBytes?.(info.bytes);
      // Records and skipped blank lines, not physical lines: a line break inside a cell is one row.
      const line = info.records + info.empty_lines + skippedRecords;
      if (info.empty_lines > emptyLines) blankBefore = true;
      emptyLines = info.empty_lines;
      if (!header) {
        const found: Problem[] = [];
        header = readHeader(record, layout, file, found);
        problems.push(...found);
        if (!header) {
          options.onUnread?.(found.at(-1)!);
          return undefined;
        }
        width = record.length;
        blankBefore = false;
        continue;
      }
      const cells = record.map((cell) => cell.trim());
      if (cells.every((cell) => cell === '')) {
        blankBefore = true;
        continue;
      }
      const afterBlank = blankBefore;
      blankBefore = false;
      const extra = cells.findIndex((cell, i) => cell !== '' && i >= width);
      if (extra >= 0) {
        problems.push({
          where: `${file}:${line}:${extra + 1}`,
          reason:
            'a value beyond the last column of the header: the values may be in the wrong columns (is a separator inside a text without quotes?); row skipped',
          action: 'skipped',
        });
        continue;
      }
      const columns = header.columns;
      yield { line, afterBlank, header, get: (column) => cells[(columns.get(column) ?? 0) - 1] ?? '' };
    }
  } finally {
    parser.destroy();
  }
  if (!header && skippedRecords === 0)
    unread({ where: file, reason: 'the file is empty: no header row', action: 'skipped' });
  return header;
}

/** What a parse error means for the person who wrote the file. */
function parseFailure(error: CsvError): Pick<Problem, 'reason' | 'action'> {
  if (error.code === 'CSV_QUOTE_NOT_CLOSED') {
    return {
      reason: 'a quote (") opened on this row is never closed: this row and the rest of the file cannot be read',
      action: 'skipped',
    };
  }
  return { reason: `${error.message.replace(/^Invalid [^:]*: /, '')}; row skipped`, action: 'skipped' };
}
