import { dirname, join } from 'node:path';
import { DATASET_FORMAT, DATASET_INDEX_FORMAT, DatasetError, validateDataset } from '@mrc-kit/sdk';
import { recordCounts } from '../counts.js';
import { parseJson } from '../json-text.js';
import { placeWarnings, type PlacedProblem } from '../load-dataset.js';
import { InputError, UsageError } from '../output.js';
import { isUrl, readText } from '../read-input.js';

/** Where a shard's file is: relative to the index, whether the index is a file or a URL. */
function shardTarget(url: string, index: string): string {
  if (isUrl(index)) return new URL(url, index).href;
  return isUrl(url) ? url : join(dirname(index), url);
}

/**
 * Checks a dataset index and every shard it lists, as the SDK reads them: the index's envelope
 * (publisher, taxonomy, hotlines, quizzes…) as a dataset without centres, and each shard as a
 * dataset that may use the index's service terms and holds the centres of its country only.
 */
export async function validateIndex(
  doc: Record<string, unknown>,
  text: string,
  target: string,
): Promise<{ kept: Record<string, number>; problems: PlacedProblem[] }> {
  if (doc.format !== DATASET_INDEX_FORMAT) {
    throw new DatasetError(
      `Unsupported dataset index format: this version of mrc-kit reads "${DATASET_INDEX_FORMAT}".`,
    );
  }
  if (!Array.isArray(doc.shards)) throw new DatasetError('The dataset index has no "shards" list.');
  const { shards, ...rest } = doc;
  // No `centres` key: with one, the SDK would check the checklists' links to centres against an
  // empty list, while the centres are in the shards.
  const envelope = validateDataset({ ...rest, format: DATASET_FORMAT }, target);
  const problems = placeWarnings(envelope.warnings, text, target);
  const indexProblem = (path: string, reason: string) =>
    problems.push(...placeWarnings([{ path, reason, action: 'skipped' }], text, target));
  const kept = recordCounts(envelope.dataset);
  const knownTermIds = envelope.dataset.taxonomy.map((term) => term.id);
  for (const [i, entry] of (shards as unknown[]).entries()) {
    const { url, country } = (entry ?? {}) as { url?: unknown; country?: unknown };
    if (typeof url !== 'string' || typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) {
      indexProblem(
        `$.shards[${i}]`,
        'a shard entry needs "country" (ISO 3166-1, such as "SN") and the "url" of its file',
      );
      continue;
    }
    const file = shardTarget(url, target);
    try {
      const shardText = await readText(file);
      const result = validateDataset(parseJson(shardText, file), file, { knownTermIds });
      problems.push(...placeWarnings(result.warnings, shardText, file));
      const strangers = result.dataset.centres.filter((c) => c.country !== country.toUpperCase()).length;
      if (strangers > 0) {
        indexProblem(
          `$.shards[${i}].country`,
          `${strangers} centre${strangers > 1 ? 's' : ''} of ${url} are not in ${country.toUpperCase()}: a search by country would miss them`,
        );
      }
      kept.centres = (kept.centres ?? 0) + result.dataset.centres.length;
    } catch (error) {
      if (!(error instanceof UsageError || error instanceof InputError || error instanceof DatasetError)) throw error;
      indexProblem(`$.shards[${i}].url`, `${file} cannot be used: ${error.message}`);
    }
  }
  return { kept, problems };
}
