import * as z from 'zod/mini';
import { DATASET_FORMAT, type LoadResult, type Publisher } from '../dataset.js';
import { DatasetError } from '../errors.js';
import type { Hotline } from '../hotline.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { DEFAULT_TAXONOMY } from '../taxonomy.js';
import { isLanguageTag } from '../text.js';
import { isIsoDate } from './common.js';
import { parseHotline } from './hotline.js';
import { localizedTextSchema } from './text.js';

const publisherSchema = z.object({ name: localizedTextSchema, url: z.optional(z.string()) });

function describeTopLevel(input: unknown): string {
  if (input === null) return 'null';
  if (Array.isArray(input)) return 'a list';
  return typeof input === 'object' ? 'an object without "format"' : `a ${typeof input}`;
}

/**
 * Validates a parsed JSON value as an mrc-kit dataset. Every record is checked on its own: a bad
 * record is skipped and reported; the good ones are kept. Throws {@link DatasetError} only when the
 * value is not a dataset at all.
 */
export function validateDataset(input: unknown, source?: string): LoadResult {
  if (input === null || typeof input !== 'object' || Array.isArray(input) || !('format' in input)) {
    throw new DatasetError(
      `Expected an mrc-kit dataset: a JSON object with "format": "${DATASET_FORMAT}", but got ${describeTopLevel(input)}.`,
      source,
    );
  }
  const doc = input as Record<string, unknown>;
  if (doc.format !== DATASET_FORMAT) {
    throw new DatasetError(
      `Unsupported dataset format ${JSON.stringify(doc.format)}: this version of mrc-kit reads "${DATASET_FORMAT}".`,
      source,
    );
  }
  const warnings: DataWarning[] = [];

  let defaultLocale = 'en';
  if (typeof doc.defaultLocale === 'string' && isLanguageTag(doc.defaultLocale)) defaultLocale = doc.defaultLocale;
  else {
    warnings.push({
      path: '$.defaultLocale',
      reason: `${doc.defaultLocale === undefined ? 'missing' : JSON.stringify(doc.defaultLocale) + ' is not a language tag'}; "en" assumed`,
      action: 'repaired',
    });
  }

  const publisherResult = publisherSchema.safeParse(doc.publisher);
  const publisher: Publisher = publisherResult.success ? publisherResult.data : { name: 'Unknown publisher' };
  if (!publisherResult.success) {
    warnings.push({ path: '$.publisher', reason: 'missing or without a name', action: 'repaired' });
  }

  let updated: string | undefined;
  if (typeof doc.updated === 'string' && isIsoDate(doc.updated)) updated = doc.updated;
  else if (doc.updated !== undefined) {
    warnings.push({ path: '$.updated', reason: 'not a date written YYYY-MM-DD; ignored', action: 'repaired' });
  }

  const hotlines: Hotline[] = [];
  if (doc.hotlines !== undefined && !Array.isArray(doc.hotlines)) {
    warnings.push({ path: '$.hotlines', reason: 'must be a list of hotlines; ignored', action: 'skipped' });
  } else if (Array.isArray(doc.hotlines)) {
    const seen = new Set<string>();
    doc.hotlines.forEach((record: unknown, i) => {
      const hotline = parseHotline(record, ['hotlines', i], warnings);
      if (!hotline) return;
      if (seen.has(hotline.id)) {
        warnings.push({
          path: jsonPath(['hotlines', i, 'id']),
          reason: `duplicate id "${hotline.id}"; the first record with it is kept`,
          action: 'skipped',
        });
        return;
      }
      seen.add(hotline.id);
      hotlines.push(hotline);
    });
  }

  return {
    dataset: {
      format: DATASET_FORMAT,
      publisher,
      ...(updated !== undefined && { updated }),
      defaultLocale,
      taxonomy: [...DEFAULT_TAXONOMY],
      centres: [],
      hotlines,
    },
    warnings,
  };
}
