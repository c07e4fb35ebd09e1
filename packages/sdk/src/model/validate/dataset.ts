import * as z from './zod.js';
import { DATASET_FORMAT, type LoadResult, type Publisher } from '../dataset.js';
import { DatasetError } from '../errors.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { isLanguageTag } from '../text.js';
import { isIsoDate } from './iso-date.js';
import { parseCentre } from './centre.js';
import { parseChecklist } from './checklist.js';
import { parseWebPage } from './fields.js';
import { show } from './issues.js';
import { parseHotline } from './hotline.js';
import { parseQuiz } from './quiz.js';
import { parseLanguageNames } from './language-names.js';
import { parseTaxonomy } from './taxonomy.js';
import { localizedTextSchema } from './text.js';

/** Who publishes the data; the web page is checked on its own. */
export const publisherSchema = z.object({ name: localizedTextSchema, url: z.optional(z.unknown()) });

/**
 * Validates each record of a list on its own; a record whose id was already taken is skipped, so
 * an id always names one record. For a part of a longer list: `taken`, the ids kept before it;
 * `first`, the index of its first record in the whole list. Yields after each record, so that a
 * caller may pause between records ({@link validateDatasetInSlices}).
 */
function* parseRecords<T extends { id: string }>(
  list: unknown,
  key: string,
  warnings: DataWarning[],
  parse: (record: unknown, path: PropertyKey[]) => T | undefined,
  { taken, first = 0 }: { taken?: ReadonlySet<string>; first?: number } = {},
): Generator<void, T[]> {
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    warnings.push({ path: `$.${key}`, reason: `must be a list of ${key}; ignored`, action: 'skipped' });
    return [];
  }
  const records: T[] = [];
  const seen = new Set<string>();
  for (let at = 0; at < list.length; at++) {
    if (!(at in list)) continue; // a hole in a sparse list, as forEach skips it
    const i = first + at;
    const record = parse(list[at] as unknown, [key, i]);
    yield;
    if (!record) continue;
    if (seen.has(record.id) || taken?.has(record.id)) {
      warnings.push({
        path: jsonPath([key, i, 'id']),
        reason: `duplicate id "${record.id}"; the first record with it is kept`,
        action: 'skipped',
      });
      continue;
    }
    seen.add(record.id);
    records.push(record);
  }
  return records;
}

function describeTopLevel(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object without "format"' : `a ${typeof input}`;
}

export interface ValidateOptions {
  /**
   * Ids of service terms defined elsewhere that centres may also use: a shard of a sharded dataset
   * may name the terms its index defines.
   */
  knownTermIds?: Iterable<string>;
  /**
   * Ids of centres checked elsewhere, for a document without centres: the places of its checklists
   * are checked against them (a large dataset read a part at a time).
   */
  knownCentreIds?: Iterable<string>;
  /**
   * For the centres of a large dataset checked a part at a time: the ids of the centres kept from
   * the parts before (a centre with one of them is a duplicate, reported as in the whole file), and
   * the index in the whole list of this part's first centre (for the paths of warnings).
   */
  earlierCentreIds?: ReadonlySet<string>;
  firstCentre?: number;
}

/**
 * Validates a parsed JSON value as an mrc-kit dataset. Every record is checked on its own: a bad
 * record is skipped and reported; the good ones are kept. Throws {@link DatasetError} only when the
 * value is not a dataset at all.
 */
export function validateDataset(input: unknown, source?: string, options: ValidateOptions = {}): LoadResult {
  const steps = validation(input, source, options);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** How long the validation runs before it lets the page do other work (input, painting). */
const SLICE_MS = 25;

/** Lets the page's other work run: the next task (`scheduler.yield()` where there is one). */
function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * {@link validateDataset} in slices of about 25 ms, with the page free to answer in between: what
 * the loader uses in a browser, where a large dataset would otherwise hold the page still. The
 * result, and what it throws, are exactly those of `validateDataset`.
 */
export async function validateDatasetInSlices(
  input: unknown,
  source?: string,
  options: ValidateOptions = {},
): Promise<LoadResult> {
  const steps = validation(input, source, options);
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > SLICE_MS) {
      await nextTask();
      sliceStart = performance.now();
    }
  }
}

/** The one validation, a step a record: `validateDataset` runs it at once, `validateDatasetInSlices` with pauses. */
function* validation(
  input: unknown,
  source: string | undefined,
  options: ValidateOptions,
): Generator<void, LoadResult> {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !('format' in input)) {
    throw new DatasetError(
      `Expected an mrc-kit dataset: a JSON object with "format": "${DATASET_FORMAT}", but got ${describeTopLevel(input)}.`,
      source,
    );
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== DATASET_FORMAT) {
    throw new DatasetError(
      `Unsupported dataset format ${show(doc.format)}: this version of mrc-kit reads "${DATASET_FORMAT}".`,
      source,
    );
  }
  const warnings: DataWarning[] = [];

  let defaultLocale = 'en';
  if (typeof doc.defaultLocale === 'string' && isLanguageTag(doc.defaultLocale)) defaultLocale = doc.defaultLocale;
  else {
    warnings.push({
      path: '$.defaultLocale',
      reason: `${doc.defaultLocale === undefined ? 'missing' : show(doc.defaultLocale) + ' is not a language tag'}; "en" assumed`,
      action: 'repaired',
    });
  }

  const publisherResult = publisherSchema.safeParse(doc.publisher);
  let publisher: Publisher = { name: 'Unknown publisher' };
  if (publisherResult.success) {
    const url = parseWebPage(publisherResult.data.url, ['publisher', 'url'], warnings);
    publisher = { name: publisherResult.data.name, ...(url !== undefined && { url }) };
  } else warnings.push({ path: '$.publisher', reason: 'missing or without a name', action: 'repaired' });

  let updated: string | undefined;
  if (typeof doc.updated === 'string' && isIsoDate(doc.updated)) updated = doc.updated;
  else if (doc.updated !== undefined) {
    warnings.push({ path: '$.updated', reason: 'not a date written YYYY-MM-DD; ignored', action: 'repaired' });
  }

  const taxonomy = parseTaxonomy(doc.taxonomy, warnings);
  const languageNames = parseLanguageNames(doc.languageNames, warnings);
  const taxonomyIds = new Set([...(options.knownTermIds ?? []), ...taxonomy.map((term) => term.id)]);
  const centres = yield* parseRecords(
    doc.centres,
    'centres',
    warnings,
    (record, path) => parseCentre(record, path, warnings, taxonomyIds),
    { ...(options.earlierCentreIds && { taken: options.earlierCentreIds }), first: options.firstCentre ?? 0 },
  );
  const hotlines = yield* parseRecords(doc.hotlines, 'hotlines', warnings, (record, path) =>
    parseHotline(record, path, warnings),
  );
  // A quiz's hotlines are checked against the document's; a document without hotlines (an API's answer) has none to check against.
  const quizReferences = {
    serviceIds: taxonomyIds,
    ...(doc.hotlines !== undefined && { hotlineIds: new Set(hotlines.map((h) => h.id)) }),
  };
  const quizzes = yield* parseRecords(doc.quizzes, 'quizzes', warnings, (record, path) =>
    parseQuiz(record, path, warnings, quizReferences),
  );
  // Places are checked against the document's centres; an index of shards holds none to check against.
  const centreIds =
    doc.centres !== undefined
      ? new Set(centres.map((c) => c.id))
      : options.knownCentreIds && new Set(options.knownCentreIds);
  const checklists = yield* parseRecords(doc.checklists, 'checklists', warnings, (record, path) =>
    parseChecklist(record, path, warnings, centreIds),
  );

  return {
    dataset: {
      format: DATASET_FORMAT,
      publisher,
      ...(updated !== undefined && { updated }),
      defaultLocale,
      taxonomy,
      ...(languageNames !== undefined && { languageNames }),
      centres,
      hotlines,
      quizzes,
      checklists,
    },
    warnings,
  };
}
