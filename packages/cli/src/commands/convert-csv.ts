import { convertCsv } from '../csv/build-dataset.js';
import { placeOf } from '../csv/sources.js';
import { UsageError, type Io } from '../output.js';
import { byPlace, type Problem } from '../problems.js';
import type { ConvertOptions } from '../program.js';
import { progressBar } from '../progress.js';
import { isFolder } from '../read-input.js';
import { checkDate, checkLocale } from './checks.js';
import { reportConversion } from './finish.js';
import { recordCounts } from '../counts.js';
import { publishedDataset } from '../published.js';
import { writeJson } from '../write-json.js';

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
  await writeJson(options.output, { ...publishedDataset(conversion.base.dataset), centres: conversion.centres });
  bar.stop();
  const { warnings, problems, sources } = conversion;
  const all: Problem[] = [
    ...problems,
    ...warnings.map((w) => ({ ...w, where: placeOf(w.path, sources) ?? w.path })),
  ].sort(byPlace);
  const counts = { ...recordCounts(conversion.base.dataset), centres: conversion.kept() };
  return reportConversion(options.output, counts, all, options.strict, io);
}
