import { join } from 'node:path';
import { hsdsExporter, servicePage } from '../hsds/export.js';
import { addTextLanguages } from '../hsds/text-languages.js';
import { loadDatasetShowingProgress } from '../load-dataset.js';
import type { Io } from '../output.js';
import type { Problem } from '../problems.js';
import { finish } from './finish.js';
import { Produced, writeJson } from '../write-json.js';

/**
 * `mrc-kit export --to hsds <dataset> -o dir/`: `services.<language>.json`, one HSDS 3 page of
 * services per language of the texts (HSDS holds one language per field). Problems of the dataset
 * and what HSDS cannot hold are reported on stderr.
 *
 * The dataset is read a part at a time, never held whole: once to check it and find its languages,
 * then once per language, each batch of centres turned into services as the file takes them.
 */
export async function exportHsdsCommand(target: string, options: { output: string }, io: Io): Promise<number> {
  const inCentres = new Set<string>();
  let centres = 0;
  const { result, problems } = await loadDatasetShowingProgress(io, 'Checking the dataset', target, {
    spill: (batch) => {
      centres += batch.length;
      addTextLanguages(batch, inCentres);
    },
  });
  const { dataset } = result;
  // The default language first, then the others in the order the texts name them.
  const languages = new Set([dataset.defaultLocale, ...inCentres]);
  addTextLanguages(dataset.hotlines, languages);
  const written: string[] = [];
  // Every language loses the same things: what HSDS cannot hold is reported once.
  let lost: Problem[] = [];
  for (const [i, locale] of [...languages].entries()) {
    const exporter = hsdsExporter(dataset, locale);
    if (i === 0) lost = exporter.problems;
    const file = join(options.output, `services.${locale}.json`);
    const services = new Produced(async (emit) => {
      // Read again, the file's problems are not placed again: they were reported above.
      await loadDatasetShowingProgress(io, `Writing ${file}`, target, {
        place: false,
        spill: async (batch, first) => {
          for (const [j, centre] of batch.entries()) await emit(exporter.centre(centre, first + j));
        },
      });
      for (const [j, hotline] of dataset.hotlines.entries()) await emit(exporter.hotline(hotline, j));
    });
    await writeJson(file, servicePage(services, centres + dataset.hotlines.length));
    written.push(file);
  }
  // What HSDS cannot hold is reported as repaired: it never fails the export by itself.
  return finish(io, {
    problems: [...problems, ...lost],
    summary: () =>
      `wrote ${written.join(', ')}: ${centres} centres, ${dataset.hotlines.length} hotlines; ${lost.length} values HSDS cannot hold`,
  });
}
