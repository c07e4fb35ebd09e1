import type { DataWarning, TaxonomyTerm } from '@mrc-kit/sdk';
import { withHint } from '../hints.js';
import { convertCsv } from '../csv/build-dataset.js';
import { placeOf, type Sources } from '../csv/sources.js';
import { UsageError, type Io } from '../output.js';
import { byPlace, type Problem } from '../problems.js';
import type { ConvertOptions } from './convert-options.js';
import { progressBar } from '../progress.js';
import { isFolder } from '../read-input.js';
import { checkDate, checkLocale } from './checks.js';
import { reportConversion } from './finish.js';
import { recordCounts } from '../counts.js';
import { publishedDataset } from '../published.js';
import { writeJsonPending } from '../write-json.js';

/**
 * A warning of the SDK's checks, told in the sheets' terms: at its file, row and column rather
 * than at a JSON path into the dataset built (whose indexes are not row numbers), saying when a
 * whole centre or hotline was left out. The publisher comes from the command line.
 */
function inSheets(warning: DataWarning, sources: Sources, taxonomy: readonly TaxonomyTerm[]): Problem {
  const problem = placed(warning, sources);
  // An unknown service or code comes with the nearest valid ids.
  return { ...problem, reason: withHint(problem.reason, taxonomy) };
}

function placed(warning: DataWarning, sources: Sources): Problem {
  if (warning.path.startsWith('$.publisher')) {
    return { ...warning, where: '--publisher', reason: `${warning.reason}: name the publisher with --publisher "…"` };
  }
  const where = placeOf(warning.path, sources);
  if (where === undefined) return { ...warning, where: warning.path };
  const whole = /^\$\.(centres|hotlines)\[\d+\]$/.exec(warning.path);
  const reason =
    whole && warning.action === 'skipped'
      ? `${warning.reason}; the ${whole[1]!.slice(0, -1)} is left out`
      : warning.reason;
  return { where, reason, action: warning.action };
}

/** A spreadsheet's name for its n-th column (1-based): A…Z, AA… */
export function columnLetter(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}

/**
 * Names a cell's column as the spreadsheet shows it, by its letter and its name in the header:
 * `column E (lat): …`.
 */
function withColumnLetter(problem: Problem, sources: Sources): Problem {
  const cell = /^(.+\.csv):\d+:(\d+)$/i.exec(problem.where);
  if (!cell) return problem;
  const index = Number(cell[2]);
  const header = Object.values(sources.headers).find((h) => h.file === cell[1]);
  const name = [...(header?.columns ?? [])].find(([, i]) => i === index)?.[0];
  const label = `column ${columnLetter(index)}${name === undefined ? '' : ` (${name})`}`;
  // Reasons about one cell start with its column's name, which the label now gives.
  const reason =
    name !== undefined && problem.reason.startsWith(`${name}: `)
      ? problem.reason.slice(name.length + 2)
      : problem.reason;
  return { ...problem, reason: `${label}: ${reason}` };
}

/** `mrc-kit convert --from csv <folder> -o dataset.json`. */
export async function convertCsvCommand(folder: string, options: ConvertOptions, io: Io): Promise<number> {
  if (!(await isFolder(folder))) {
    throw new UsageError(`${folder}: give the folder that holds centres.csv, hours.csv, contacts.csv…`);
  }
  checkLocale(options.defaultLocale);
  if (options.updated !== undefined) checkDate('--updated', options.updated);
  const bar = progressBar(io, 'Reading CSV');
  const conversion = await convertCsv(folder, {
    defaultLocale: options.defaultLocale,
    ...(options.publisher !== undefined && { publisher: options.publisher }),
    ...(options.publisherUrl !== undefined && { publisherUrl: options.publisherUrl }),
    ...(options.updated !== undefined && { updated: options.updated }),
    onProgress: (bytes, total) => bar.update(bytes, total),
  });
  // The centres are read, checked and written one by one.
  const written = await writeJsonPending(
    options.output,
    { ...publishedDataset(conversion.base.dataset), centres: conversion.centres },
    options.strict === true,
  );
  bar.stop();
  const { warnings, problems, sources } = conversion;
  const all: Problem[] = [...problems, ...warnings.map((w) => inSheets(w, sources, conversion.base.dataset.taxonomy))]
    .map((p) => withColumnLetter(p, sources))
    .sort(byPlace);
  const counts = { ...recordCounts(conversion.base.dataset), centres: conversion.kept() };
  return reportConversion(options.output, counts, all, options.strict, written, io);
}
