import { validateDataset, type DataWarning, type LoadResult } from '@mrc-kit/sdk';
import { locateAll, parseJson, type Location } from './json-text.js';
import type { Problem } from './problems.js';
import { readText } from './read-input.js';

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

/** A dataset file or URL, checked by the SDK, with its problems placed at their line and column. */
export async function loadDatasetFile(
  target: string,
): Promise<{ result: LoadResult; problems: Problem[]; json: Record<string, unknown> }> {
  const text = await readText(target);
  const json = parseJson(text, target);
  const result = validateDataset(json, target);
  return { result, problems: placeWarnings(result.warnings, text, target), json: json as Record<string, unknown> };
}
