import { validateDataset, type Centre, type DataWarning, type LoadResult } from '@mrc-kit/sdk';
import { JsonStreamError, streamList } from './hsds/json-stream.js';
import { locateAll, parseJson, type Location } from './json-text.js';
import type { Problem } from './problems.js';
import { isUrl, readText, requireFile } from './read-input.js';
import { stat } from 'node:fs/promises';
import { InputError, type Io } from './output.js';
import { progressBar } from './progress.js';

export type PlacedProblem = Problem & Partial<Location>;

/** Places each warning of `source` at the line and column its JSON path points to in `text`. */
export function placeWarnings(warnings: readonly DataWarning[], text: string, source: string): PlacedProblem[] {
  if (warnings.length === 0) return [];
  const locate = locateAll(
    text,
    warnings.map((w) => w.path),
  );
  return warnings.map((w) => {
    const at = locate(w.path);
    return { ...w, where: at ? `${source}:${at.line}:${at.column}` : source, ...at };
  });
}

/** Hears how far the reading of a file is: `done` of `total`, in bytes read. */
type Progress = (done: number, total: number) => void;

/** Takes checked centres as they come; `first` is the index of the first in the dataset. */
type Spill = (centres: Centre[], first: number) => void | Promise<void>;

/** A result whose centres are handed to `spill`, if there is one, rather than kept. */
async function spilled(result: LoadResult, spill: Spill | undefined): Promise<LoadResult> {
  if (!spill) return result;
  await spill(result.dataset.centres, 0);
  return { ...result, dataset: { ...result.dataset, centres: [] } };
}

/** Centres checked at once when a dataset file is read a part at a time. */
const BATCH = 2000;

const CENTRE_PATH = /^\$\.centres\[(\d+)\]/;
/** Lists the SDK checks after the centres: their warnings come after the centres' too. */
const AFTER_CENTRES = /^\$\.(hotlines|quizzes|checklists)\b/;

/**
 * Checks a dataset file a batch of centres at a time: first the rest of the document (its terms,
 * hotlines, quizzes, checklists) is read past the centres, then the centres are read and checked
 * 2,000 at a time against its terms, then the rest is checked against every centre kept. The
 * warnings are the SDK's, in its order, with the paths they have in the whole file. Only the
 * checked centres are held, never the file's text or its parsed JSON as well.
 */
async function validateInParts(
  path: string,
  { spill, onProgress, rest: read }: Omit<LoadOptions, 'place'>,
): Promise<LoadResult> {
  // The file is read twice: the rest (unless read already), then the centres.
  const size = onProgress ? (await stat(path)).size : 0;
  const rest = read ?? (await readDatasetRest(path, onProgress && ((bytes: number) => onProgress(bytes, 2 * size))));
  // A file without a list of centres to stream is small: it is checked whole.
  if (rest.kind === 'document') return spilled(validateDataset(rest.value, path), spill);
  // A top-level list of centres is no dataset: the SDK says so.
  if (rest.path === '$') return validateDataset([], path);
  const { centres: _, ...head } = Object.fromEntries(rest.members);
  // Throws now, before any centre is read, when the file is not a dataset at all.
  validateDataset('format' in head ? { format: head.format } : {}, path);
  const centres: Centre[] = [];
  const warnings: DataWarning[] = [];
  const ids = new Set<string>();
  let batch: unknown[] = [];
  let first = 0;
  let kept = 0;
  const check = async () => {
    const part = { format: head.format, defaultLocale: head.defaultLocale, taxonomy: head.taxonomy, centres: batch };
    // Warnings come with their paths in the whole file, a duplicate of an earlier part's id included.
    const result = validateDataset(part, path, { earlierCentreIds: ids, firstCentre: first });
    for (const w of result.warnings) if (CENTRE_PATH.test(w.path)) warnings.push(w);
    const fresh = result.dataset.centres;
    for (const centre of fresh) ids.add(centre.id);
    first += batch.length;
    batch = [];
    if (spill) await spill(fresh, kept);
    else centres.push(...fresh);
    kept += fresh.length;
  };
  await streamList(
    path,
    async (record) => {
      batch.push(record);
      if (batch.length === BATCH) await check();
    },
    { member: 'centres', ...(onProgress && { onProgress: (bytes: number) => onProgress(size + bytes, 2 * size) }) },
  );
  if (batch.length > 0) await check();
  const others = validateDataset(head, path, { knownCentreIds: ids });
  return {
    dataset: { ...others.dataset, centres },
    warnings: [
      ...others.warnings.filter((w) => !AFTER_CENTRES.test(w.path)),
      ...warnings,
      ...others.warnings.filter((w) => AFTER_CENTRES.test(w.path)),
    ],
  };
}

/**
 * The rest of a dataset file, read past its centres, which are only counted: what the file is (a
 * dataset with a list of centres, or a document to read whole) and its other members.
 */
export type DatasetRest = Awaited<ReturnType<typeof streamList>>;

export function readDatasetRest(path: string, onProgress?: (bytes: number) => void): Promise<DatasetRest> {
  return streamList(path, undefined, { member: 'centres', ...(onProgress && { onProgress }) });
}

/** How a dataset file is read: see {@link loadDatasetFile}. */
export interface LoadOptions {
  spill?: Spill;
  onProgress?: Progress;
  /** The rest of the file, when it was read already (see {@link readDatasetRest}). */
  rest?: DatasetRest;
  /** False when the problems were placed already (the file is read again): they are not returned. */
  place?: boolean;
}

/**
 * A dataset file or URL, checked by the SDK, with its problems placed at their line and column. A
 * file is read as a stream, a part at a time, and read again only when there are problems to
 * place; a URL is read whole. With `spill`, the checked centres are handed to it as they come
 * (with the index of the first in the dataset) and the result holds none: a dataset of 100,000
 * centres is then never held whole. `onProgress` hears how far the reading of a file is.
 */
export async function loadDatasetFile(
  target: string,
  { place = true, ...reading }: LoadOptions = {},
): Promise<{ result: LoadResult; problems: Problem[] }> {
  if (isUrl(target)) {
    const text = await readText(target);
    const result = await spilled(validateDataset(parseJson(text, target), target), reading.spill);
    return { result, problems: place ? placeWarnings(result.warnings, text, target) : [] };
  }
  await requireFile(target);
  let result: LoadResult;
  try {
    result = await validateInParts(target, reading);
  } catch (error) {
    // A file that is not JSON is read whole to place its mistake; one that is, but cannot be
    // read as a stream, says why.
    if (error instanceof JsonStreamError) {
      parseJson(await readText(target), target);
      throw new InputError(`${target}: ${error.message}`);
    }
    throw error;
  }
  if (result.warnings.length === 0 || !place) return { result, problems: [] };
  return { result, problems: placeWarnings(result.warnings, await readText(target), target) };
}

/** {@link loadDatasetFile} with a progress bar on a terminal, gone before anything else is printed. */
export async function loadDatasetShowingProgress(
  io: Io,
  label: string,
  target: string,
  options: Omit<LoadOptions, 'onProgress'> = {},
): Promise<{ result: LoadResult; problems: Problem[] }> {
  const bar = progressBar(io, label);
  try {
    return await loadDatasetFile(target, { ...options, onProgress: (done, total) => bar.update(done, total) });
  } finally {
    bar.stop();
  }
}
