import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { importHsds, loadHsds, type ImportHsdsOptions, type LoadResult } from '@mrc-kit/sdk';
import { isTabular, readTabular } from '../hsds/tabular.js';
import { mergeTranslations } from '../hsds/translations.js';
import { restoreIds } from '../hsds/restore-ids.js';
import { locator, parseJson } from '../json-text.js';
import type { Io } from '../output.js';
import { UsageError } from '../output.js';
import type { Problem } from '../problems.js';
import type { ConvertOptions } from '../program.js';
import { progressBar } from '../progress.js';
import { isFolder, isUrl, stripBom } from '../read-input.js';
import { checkDate, checkLocale } from './checks.js';
import { reportConversion } from './finish.js';
import { recordCounts } from '../counts.js';
import { publishedDataset } from '../published.js';
import { writeJson } from '../write-json.js';

interface Imported {
  result: LoadResult;
  problems: Problem[];
}

/** A JSON file and where each path in it is, for placing the importer's warnings. */
async function readJsonFile(path: string): Promise<{ json: unknown; place: (p: string) => string }> {
  const text = stripBom(await readFile(path, 'utf8'));
  const json = parseJson(text, path);
  const locate = locator(text);
  return {
    json,
    place: (p) => {
      const at = locate(p);
      return at ? `${path}:${at.line}:${at.column}` : path;
    },
  };
}

function placed(result: LoadResult, place: (path: string) => string | undefined): Imported {
  return {
    result,
    problems: result.warnings.map((w) => ({ ...w, where: place(w.path) ?? w.path })),
  };
}

// `services.fr.json`: one language of an export in several languages.
const LANGUAGE_FILE = /^(.+)\.([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)\.json$/;

/** A folder of HSDS JSON files: one language each (as `export` writes them), or records to import together. */
async function importJsonFolder(
  folder: string,
  files: string[],
  options: ImportHsdsOptions,
  base: string,
): Promise<Imported> {
  const byLanguage = files.map((f) => LANGUAGE_FILE.exec(f)).filter((m) => m !== null);
  if (byLanguage.length === files.length && new Set(byLanguage.map((m) => m[1])).size === 1 && files.length > 0) {
    const sorted = byLanguage.sort(
      (a, b) => Number(b[2] === base) - Number(a[2] === base) || a[2]!.localeCompare(b[2]!),
    );
    const imports = await Promise.all(
      sorted.map(async (m) => {
        const file = await readJsonFile(join(folder, m[0]));
        return { tag: m[2]!, file, result: importHsds(file.json, { ...options, defaultLocale: m[2]! }) };
      }),
    );
    const [first, ...rest] = imports;
    const merged = mergeTranslations(
      first!.result,
      first!.tag,
      rest.map((i) => [i.tag, i.result]),
    );
    const withIds = restoreIds(merged, [first!.file.json]);
    return placed(withIds, first!.file.place);
  }
  const read = await Promise.all(files.map((f) => readJsonFile(join(folder, f))));
  // The API description that often sits beside HSDS data is not data.
  const data = read.filter((r) => !(r.json && typeof r.json === 'object' && 'openapi' in r.json));
  const result = restoreIds(
    importHsds(
      data.map((r) => r.json),
      options,
    ),
    data.map((r) => r.json),
  );
  // The files were imported as one list: `$[2].location` is `$.location` of the third file.
  const problems = result.warnings.map((w) => {
    const match = /^\$\[(\d+)\](.*)$/.exec(w.path);
    const file = match && data[Number(match[1])];
    return file ? { ...w, path: `$${match[2]}`, where: file.place(`$${match[2]}`) } : { ...w, where: w.path };
  });
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
  let imported: Imported;
  if (isUrl(input)) {
    const bar = progressBar(io, 'Reading HSDS pages');
    const result = await loadHsds(input, { ...importOptions, onProgress: (page, pages) => bar.update(page, pages) });
    bar.stop();
    imported = placed(result, (path) => `${input} ${path}`);
  } else if (await isFolder(input)) {
    if (isTabular(input)) {
      const tabular = await readTabular(input);
      imported = placed(importHsds(tabular.records, importOptions), (path) => tabular.placeOf(path));
    } else {
      const files = (await readdir(input)).filter((f) => f.endsWith('.json') && f !== 'datapackage.json').sort();
      if (files.length === 0)
        throw new UsageError(`${input}: no HSDS JSON files and no HSDS CSV tables in this folder`);
      imported = await importJsonFolder(input, files, importOptions, options.defaultLocale);
    }
  } else {
    const file = await readJsonFile(input);
    imported = placed(restoreIds(importHsds(file.json, importOptions), [file.json]), file.place);
  }
  await writeJson(options.output, publishedDataset(imported.result.dataset));
  const counts = recordCounts(imported.result.dataset);
  return reportConversion(options.output, counts, imported.problems, options.strict, io);
}
