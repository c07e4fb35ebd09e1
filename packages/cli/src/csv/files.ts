import { readdir } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Problem } from '../problems.js';
import { TABLES, type TableLayout } from './layout.js';

/**
 * The table a file name stands for, matched without case: `hours.csv`, `Hours.csv`, and
 * `MRC data - hours.csv` as Google Sheets names the download of sheet "hours" of spreadsheet
 * "MRC data" (`<spreadsheet> - <sheet>.csv`). `centers.csv` is read as `centres.csv`.
 */
export function tableOf(name: string): TableLayout | undefined {
  const lower = name.toLowerCase().replace(/^.*\s-\s*/, '');
  const spelled = lower === 'centers.csv' ? 'centres.csv' : lower;
  return TABLES.find((table) => table.file === spelled);
}

/**
 * The CSV files of a folder for each table. Every other `.csv` file, and a second file for a
 * table that already has one, is reported as ignored, naming the names that are read: a file that
 * is silently left out would be data silently lost.
 */
export async function findTables(folder: string, problems: Problem[]): Promise<Map<TableLayout, string>> {
  const names = (await readdir(folder, { withFileTypes: true }))
    .filter((entry) => entry.isFile() && entry.name.toLowerCase().endsWith('.csv'))
    .map((entry) => entry.name)
    // The exact template name first: it wins over a Google Sheets download of the same table.
    .sort((a, b) => Number(tableOf(a)?.file !== a) - Number(tableOf(b)?.file !== b) || a.localeCompare(b));
  const found = new Map<TableLayout, string>();
  const expected = TABLES.map((t) => t.file).join(', ');
  for (const name of names) {
    const table = tableOf(name);
    const taken = table && found.get(table);
    if (table && !taken) {
      found.set(table, join(folder, name));
      continue;
    }
    problems.push({
      where: name,
      reason: table
        ? `a second file for ${table.file} (${basename(taken!)} is read); file ignored`
        : `not a file of the layout (${expected}, or "<spreadsheet> - <sheet>.csv" as Google Sheets names them); file ignored`,
      action: 'skipped',
    });
  }
  return found;
}
