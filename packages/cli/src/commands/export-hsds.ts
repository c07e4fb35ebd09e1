import { join } from 'node:path';
import { exportHsds, localesOf, servicePage } from '../hsds/export.js';
import { loadDatasetFile } from '../load-dataset.js';
import type { Io } from '../output.js';
import type { Problem } from '../problems.js';
import { finish } from './finish.js';
import { writeJson } from '../write-json.js';

/**
 * `mrc-kit export --to hsds <dataset> -o dir/`: `services.<language>.json`, one HSDS 3 page of
 * services per language of the texts (HSDS holds one language per field). Problems of the dataset
 * and what HSDS cannot hold are reported on stderr.
 */
export async function exportHsdsCommand(target: string, options: { output: string }, io: Io): Promise<number> {
  const { result, problems } = await loadDatasetFile(target);
  const written: string[] = [];
  // Every language loses the same things: what HSDS cannot hold is reported once.
  let lost: Problem[] = [];
  for (const [i, locale] of localesOf(result.dataset).entries()) {
    const exported = exportHsds(result.dataset, locale);
    if (i === 0) lost = exported.problems;
    const file = join(options.output, `services.${locale}.json`);
    await writeJson(file, servicePage(exported.services));
    written.push(file);
  }
  // What HSDS cannot hold is reported as repaired: it never fails the export by itself.
  return finish(io, {
    problems: [...problems, ...lost],
    summary: () =>
      `wrote ${written.join(', ')}: ${result.dataset.centres.length} centres, ${result.dataset.hotlines.length} hotlines; ${lost.length} values HSDS cannot hold`,
  });
}
