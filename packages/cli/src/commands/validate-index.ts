import { dirname, join } from 'node:path';
import { DatasetError, parseDatasetIndex, validateDataset, type TaxonomyTerm } from '@mrc-kit/sdk';
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
): Promise<{ kept: Record<string, number>; problems: PlacedProblem[]; taxonomy: readonly TaxonomyTerm[] }> {
  // The SDK's own reading of an index, with shard files beside an index on disk as well as URLs.
  const index = parseDatasetIndex(doc, target, { resolveShard: shardTarget });
  // No `centres` key: with one, the SDK would check the checklists' links to centres against an
  // empty list, while the centres are in the shards.
  const { centres: _none, ...rest } = index.envelope;
  const envelope = validateDataset(rest, target);
  const problems = placeWarnings([...index.warnings, ...envelope.warnings], text, target);
  const indexProblem = (path: string, reason: string) =>
    problems.push(...placeWarnings([{ path, reason, action: 'skipped' }], text, target));
  const kept = recordCounts(envelope.dataset);
  const knownTermIds = envelope.dataset.taxonomy.map((term) => term.id);
  // Where each shard stands in the index, to place what is wrong with it.
  const listed = new Map<string, { at: string; url: string }>();
  (doc.shards as unknown[]).forEach((entry, i) => {
    const url = (entry as { url?: unknown } | null)?.url;
    const file = typeof url === 'string' ? shardTarget(url, target) : undefined;
    if (typeof url === 'string' && file && !listed.has(file)) listed.set(file, { at: `$.shards[${i}]`, url });
  });
  for (const { url: file, country } of index.shards) {
    const { at, url } = listed.get(file)!;
    try {
      const shardText = await readText(file);
      const result = validateDataset(parseJson(shardText, file), file, { knownTermIds });
      problems.push(...placeWarnings(result.warnings, shardText, file));
      const strangers = result.dataset.centres.filter((c) => c.country !== country).length;
      if (strangers > 0) {
        indexProblem(
          `${at}.country`,
          `${strangers} centre${strangers > 1 ? 's' : ''} of ${url} are not in ${country}: a search by country would miss them`,
        );
      }
      kept.centres = (kept.centres ?? 0) + result.dataset.centres.length;
    } catch (error) {
      if (!(error instanceof UsageError || error instanceof InputError || error instanceof DatasetError)) throw error;
      indexProblem(`${at}.url`, `${file} cannot be used: ${error.message}`);
    }
  }
  return { kept, problems, taxonomy: envelope.dataset.taxonomy };
}
