import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { basename } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import type { Problem } from '../problems.js';
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
}

/** The separator of a CSV file: the one of `;` and `,` found more often outside quotes in its first line. */
export async function detectSeparator(path: string): Promise<';' | ','> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    let semicolons = 0;
    let commas = 0;
    let quoted = false;
    for (const char of text) {
      if (char === '"') quoted = !quoted;
      else if (!quoted && (char === '\n' || char === '\r')) break;
      else if (!quoted && char === ';') semicolons++;
      else if (!quoted && char === ',') commas++;
    }
    return semicolons > commas ? ';' : ',';
  } finally {
    await handle.close();
  }
}

/** Reads the header, reporting unknown, repeated and missing columns. Returns undefined when unusable. */
function readHeader(cells: string[], layout: TableLayout, file: string, problems: Problem[]): Header | undefined {
  const header = new Header(file);
  const known = new Set([...layout.required, ...layout.optional]);
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
      reason: `missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: the file is skipped (see docs/templates/${basename(file)})`,
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
 * follows). A value beyond the header's last column is reported; a file that stops parsing (an
 * unclosed quote) is reported at the line where it stopped.
 */
export async function* readRows(
  path: string,
  layout: TableLayout,
  problems: Problem[],
  options: ReadTableOptions = {},
): AsyncGenerator<Row & { header: Header }, Header | undefined> {
  const file = layout.file;
  const delimiter = await detectSeparator(path);
  const parser = createReadStream(path).pipe(
    parse({ bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }),
  );
  let header: Header | undefined;
  let previousLine = 0;
  let lastLine = 0;
  let width = 0;
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { lines: number; bytes: number };
    }>) {
      options.onBytes?.(info.bytes);
      const line = info.lines;
      lastLine = line;
      if (!header) {
        header = readHeader(record, layout, file, problems);
        if (!header) return undefined;
        previousLine = line;
        width = record.length;
        continue;
      }
      const cells = record.map((cell) => cell.trim());
      const afterBlank = line - previousLine > 1;
      if (cells.every((cell) => cell === '')) continue;
      previousLine = line;
      const extra = cells.findIndex((cell, i) => cell !== '' && i >= width);
      if (extra >= 0) {
        problems.push({
          where: `${file}:${line}:${extra + 1}`,
          reason: 'a value beyond the last column of the header; ignored (is a separator inside an unquoted text?)',
          action: 'repaired',
        });
      }
      const columns = header.columns;
      yield { line, afterBlank, header, get: (column) => cells[(columns.get(column) ?? 0) - 1] ?? '' };
    }
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The parser stops where it gave up, often the end of the file: the trouble starts after the last good row.
    const reason =
      error.code === 'CSV_QUOTE_NOT_CLOSED'
        ? 'a quote (") opened on this row or a later one is never closed'
        : error.message.replace(/^Invalid [^:]*: /, '');
    problems.push({
      where: `${file}:${lastLine + 1}`,
      reason: `${reason}: the rest of the file cannot be read`,
      action: 'skipped',
    });
  } finally {
    parser.destroy();
  }
  if (!header) problems.push({ where: file, reason: 'the file is empty: no header row', action: 'skipped' });
  return header;
}
