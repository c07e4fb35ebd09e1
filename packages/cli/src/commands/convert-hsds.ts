import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DatasetError, loadHsds, type ImportHsdsOptions, type LoadResult } from '@mrc-kit/sdk';
import { isTabular, readTabular } from '../hsds/tabular.js';
import { Translations } from '../hsds/translations.js';
import { importBatches, importHsdsFile } from '../hsds/batches.js';
import { JsonStreamError } from '../hsds/json-stream.js';
import { importOwnHsds } from '../hsds/own-export.js';
import { locateAll, parseJson } from '../json-text.js';
import type { Io } from '../output.js';
import { InputError, UsageError } from '../output.js';
import { byPlace, type Problem } from '../problems.js';
import type { ConvertOptions } from './convert-options.js';
import { bytesBar, progressBar } from '../progress.js';
import { isFolder, isUrl, stripBom } from '../read-input.js';
import { checkDate, checkLocale } from './checks.js';
import { reportConversion } from './finish.js';
import { recordCounts } from '../counts.js';
import { MappedList, publishedCentre, publishedDataset } from '../published.js';
import { Spool } from '../spool.js';
import { writeJsonPending } from '../write-json.js';

interface Imported {
  result: LoadResult;
  problems: Problem[];
}

interface JsonFile {
  path: string;
  /** UTF-8, without a byte-order mark. */
  bytes: Buffer;
}

async function readJsonFile(path: string): Promise<JsonFile> {
  const bytes = await readFile(path);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { path, bytes: bom ? bytes.subarray(3) : bytes };
}

/**
 * A syntax error is reported at its line and column; a file that parses whole but could not be
 * read as a stream says why; anything else is thrown as it is.
 */
function located(file: JsonFile, error: unknown): never {
  if (error instanceof SyntaxError) {
    parseJson(stripBom(file.bytes.toString('utf8')), file.path);
    throw new InputError(`${file.path}: ${error.message}`);
  }
  throw error;
}

const parsed = (file: JsonFile): unknown => {
  try {
    return JSON.parse(file.bytes.toString('utf8'));
  } catch (error) {
    located(file, error);
  }
};

/**
 * Reads an HSDS JSON file as a stream; a syntax error is reported at its line and column, and a
 * file that is not HSDS at all by its name.
 */
async function streamed<T>(path: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    // Only a broken file is read whole, to place its mistake.
    if (error instanceof JsonStreamError) located(await readJsonFile(path), new SyntaxError(error.message));
    if (error instanceof DatasetError) throw new InputError(`${path}: ${error.message}`);
    throw error;
  }
}

/** Places warnings whose paths point into `file` at their line and column there, in one pass. */
function inFile(file: JsonFile, warnings: readonly { path: string }[]): (path: string) => string {
  const locate = locateAll(
    file.bytes,
    warnings.map((w) => w.path),
  );
  return (path) => {
    const at = locate(path);
    return at ? `${file.path}:${at.line}:${at.column}` : file.path;
  };
}

/** Like {@link inFile} for a file read as a stream: it is read again only when there are warnings to place. */
async function inStreamedFile(path: string, warnings: readonly { path: string }[]): Promise<(path: string) => string> {
  if (warnings.length === 0) return () => path;
  return inFile(await readJsonFile(path), warnings);
}

/** The warnings at their places; in file order when they are places in files (`file:line:column`). */
function placed(result: LoadResult, place: (path: string) => string | undefined, inOrder = true): Imported {
  const problems = result.warnings.map((w) => ({ ...w, where: place(w.path) ?? w.path }));
  return { result, problems: inOrder ? problems.sort(byPlace) : problems };
}

// `services.fr.json`: one language of an export in several languages.
const LANGUAGE_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.json$/;

/**
 * Imports an HSDS JSON file a batch at a time, its centres written to `spool` as they come (with
 * the texts of `translations` added), so that neither the file nor its dataset is ever held
 * whole. Its warnings are placed at their line and column in the file.
 */
async function importSpooled(
  path: string,
  options: ImportHsdsOptions,
  spool: Spool,
  onProgress: (bytes: number) => void,
  translations?: Translations,
): Promise<Imported> {
  const result = await streamed(path, () =>
    importHsdsFile(
      path,
      options,
      (centres) =>
        spool.write(centres.map((c) => publishedCentre(translations ? translations.merged('centres', c) : c))),
      onProgress,
    ),
  );
  const dataset = translations ? translations.mergedDataset(result.dataset) : result.dataset;
  return placed({ dataset, warnings: result.warnings }, await inStreamedFile(path, result.warnings));
}

/** A folder of HSDS JSON files: one language each (as `export` writes them), or records to import together. */
async function importJsonFolder(
  folder: string,
  files: string[],
  options: ImportHsdsOptions,
  baseLocale: string,
  spool: Spool,
  io: Io,
): Promise<Imported> {
  const byLanguage = files.map((f) => LANGUAGE_FILE.exec(f)).filter((m) => m !== null);
  if (byLanguage.length === files.length && new Set(byLanguage.map((m) => m[1])).size === 1 && files.length > 0) {
    const sorted = byLanguage.sort(
      (a, b) => Number(b[2] === baseLocale) - Number(a[2] === baseLocale) || a[2]!.localeCompare(b[2]!),
    );
    // The other languages are read first, a batch at a time, and only their texts kept; the
    // first file's records then take them as they are read. Its warnings are the ones reported.
    const [first, ...rest] = sorted;
    const translations = new Translations(first![2]!);
    const sizes = await Promise.all([...rest, first!].map(async (m) => (await stat(join(folder, m[0]))).size));
    const bar = bytesBar(
      io,
      'Reading HSDS',
      sizes.reduce((a, b) => a + b, 0),
    );
    let before = 0;
    // The bar is stopped before any problem or error is printed.
    try {
      for (const [i, m] of rest.entries()) {
        const path = join(folder, m[0]);
        await streamed(path, () =>
          importBatches(
            path,
            { ...options, defaultLocale: m[2]! },
            (batch) => translations.add(m[2]!, batch.dataset),
            bar.from(before),
          ),
        );
        before += sizes[i]!;
      }
      const path = join(folder, first![0]);
      return await importSpooled(
        path,
        { ...options, defaultLocale: first![2]! },
        spool,
        bar.from(before),
        translations,
      );
    } finally {
      bar.stop();
    }
  }
  const read = await Promise.all(files.map((f) => readJsonFile(join(folder, f))));
  // The API description that often sits beside HSDS data is not data.
  const json = read.map(parsed);
  const data = read.filter((_, i) => !(json[i] && typeof json[i] === 'object' && 'openapi' in json[i]));
  const result = importOwnHsds(
    json.filter((j) => !(j && typeof j === 'object' && 'openapi' in j)),
    options,
  );
  // The files were imported as one list: `$[2].location` is `$.location` of the third file.
  const inList = result.warnings.map((w) => {
    const match = /^\$\[(\d+)\](.*)$/.exec(w.path);
    const file = match ? data[Number(match[1])] : undefined;
    return { warning: w, file, path: file ? `$${match![2]}` : w.path };
  });
  const places = new Map(
    data.map((file) => [
      file,
      inFile(
        file,
        inList.filter((w) => w.file === file),
      ),
    ]),
  );
  const problems = inList
    .map(({ warning, file, path }) =>
      file ? { ...warning, path, where: places.get(file)!(path) } : { ...warning, where: warning.path },
    )
    .sort(byPlace);
  return { result, problems };
}

/** `mrc-kit convert --from hsds <file|folder|url> -o dataset.json`. */
export async function convertHsdsCommand(input: string, options: ConvertOptions, io: Io): Promise<number> {
  checkLocale(options.defaultLocale);
  if (options.today !== undefined) checkDate('--today', options.today);
  const importOptions: ImportHsdsOptions = {
    defaultLocale: options.defaultLocale,
    ...(options.country !== undefined && { defaultCountry: options.country }),
    ...(options.timeZone !== undefined && { timeZone: options.timeZone }),
    ...(options.today !== undefined && { today: options.today }),
  };
  const spool = await Spool.open();
  try {
    const imported = await importInput(input, options, importOptions, spool, io);
    const { dataset } = imported.result;
    // Centres imported a batch at a time are in the spool; others are in the dataset.
    const centres = spool.count > 0 ? await spool.texts() : new MappedList(dataset.centres, publishedCentre);
    const written = await writeJsonPending(
      options.output,
      { ...publishedDataset(dataset), centres },
      options.strict === true,
    );
    const counts = { ...recordCounts(dataset), centres: spool.count + dataset.centres.length };
    return await reportConversion(options.output, counts, imported.problems, options.strict, written, io);
  } finally {
    await spool.remove();
  }
}

/** Imports the HSDS at `input`: an API, a folder (JSON files or CSV tables) or a JSON file. */
async function importInput(
  input: string,
  options: ConvertOptions,
  importOptions: ImportHsdsOptions,
  spool: Spool,
  io: Io,
): Promise<Imported> {
  if (isUrl(input)) {
    const bar = progressBar(io, 'Reading HSDS pages');
    const result = await loadHsds(input, { ...importOptions, onProgress: (page, pages) => bar.update(page, pages) });
    bar.stop();
    return placed(result, (path) => `${input} ${path}`, false);
  }
  if (await isFolder(input)) {
    if (isTabular(input)) {
      const tabular = await readTabular(input);
      const result = placed(importOwnHsds(tabular.records, importOptions), (path) => tabular.placeOf(path));
      return { ...result, problems: [...tabular.problems, ...result.problems].sort(byPlace) };
    }
    const files = (await readdir(input)).filter((f) => f.endsWith('.json') && f !== 'datapackage.json').sort();
    if (files.length === 0) throw new UsageError(`${input}: no HSDS JSON files and no HSDS CSV tables in this folder`);
    return importJsonFolder(input, files, importOptions, options.defaultLocale, spool, io);
  }
  const bar = bytesBar(io, 'Reading HSDS', (await stat(input)).size);
  try {
    return await importSpooled(input, importOptions, spool, bar.from(0));
  } finally {
    bar.stop();
  }
}
