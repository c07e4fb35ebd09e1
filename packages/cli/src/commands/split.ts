import { join } from 'node:path';
import { DATASET_FORMAT, DATASET_INDEX_FORMAT, type Centre, type TaxonomyTerm } from '@mrc-kit/sdk';
import { loadDatasetShowingProgress } from '../load-dataset.js';
import type { Io } from '../output.js';
import { finish } from './finish.js';
import { MappedList, ownTerms, publishedCentre, publishedDataset } from '../published.js';
import { writeJson } from '../write-json.js';

type Bbox = [number, number, number, number];

/**
 * `[minLng, minLat, maxLng, maxLat]` around every position of the shard's centres and stops, or
 * undefined when a centre has no position at all: the SDK skips a shard whose box is out of reach,
 * and such a centre must not be skipped with it.
 */
export function bboxOf(centres: readonly Centre[]): Bbox | undefined {
  let box: Bbox | undefined;
  for (const centre of centres) {
    const positions = [centre.position, ...centre.stops.map((s) => s.position)].filter((p) => p !== undefined);
    if (positions.length === 0) return undefined;
    for (const { lat, lng } of positions) {
      box = box
        ? [Math.min(box[0], lng), Math.min(box[1], lat), Math.max(box[2], lng), Math.max(box[3], lat)]
        : [lng, lat, lng, lat];
    }
  }
  return box;
}

function termsUsedBy(centres: readonly Centre[], terms: readonly TaxonomyTerm[]): TaxonomyTerm[] {
  const used = new Set(centres.flatMap((centre) => centre.services));
  return terms.filter((term) => used.has(term.id));
}

/**
 * `mrc-kit split <dataset> --by country -o dir/`: one dataset per country (`xx.json`) and
 * `index.json`, which holds the publisher, taxonomy, hotlines and every other list (quizzes,
 * checklists) and lists the shards; what the SDK reads with `createClient({ src: '…/index.json' })`.
 */
export async function splitCommand(target: string, options: { output: string }, io: Io): Promise<number> {
  const { result, problems } = await loadDatasetShowingProgress(io, 'Reading the dataset', target);
  // Lists the command does not split (quizzes, checklists) go into the index as the SDK checked them.
  const published = publishedDataset(result.dataset);
  const byCountry = new Map<string, Centre[]>();
  for (const centre of result.dataset.centres) {
    const list = byCountry.get(centre.country);
    if (list) list.push(centre);
    else byCountry.set(centre.country, [centre]);
  }
  const { dataset } = result;
  const shards = [];
  for (const country of [...byCountry.keys()].sort()) {
    const file = `${country.toLowerCase()}.json`;
    await writeJson(join(options.output, file), {
      format: DATASET_FORMAT,
      publisher: dataset.publisher,
      updated: dataset.updated,
      defaultLocale: dataset.defaultLocale,
      // The publisher's terms its centres use: the SDK reads them from the index, and with them a
      // shard is also a valid dataset on its own.
      taxonomy: termsUsedBy(byCountry.get(country)!, ownTerms(dataset.taxonomy)),
      centres: new MappedList(byCountry.get(country)!, publishedCentre),
    });
    const bbox = bboxOf(byCountry.get(country)!);
    shards.push({
      country,
      url: file,
      centres: byCountry.get(country)!.length,
      ...(bbox && { bbox }),
      ...(dataset.updated !== undefined && { updated: dataset.updated }),
    });
  }
  const { centres: _centres, ...envelope } = published;
  await writeJson(join(options.output, 'index.json'), { ...envelope, format: DATASET_INDEX_FORMAT, shards });
  return finish(io, {
    problems,
    summary: ({ skipped, repaired }) =>
      `wrote ${join(options.output, 'index.json')} and ${shards.length} shard${shards.length === 1 ? '' : 's'} (${dataset.centres.length} centres); ${skipped} skipped, ${repaired} repaired`,
  });
}
