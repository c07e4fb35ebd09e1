import type { LoadResult } from './dataset.js';
import type { FetchOptions } from './fetch-json.js';

export type LoadOptions = FetchOptions;

/**
 * Loads a dataset from an object, or from a URL (relative URLs resolve against the page). Resolves
 * with the valid records and a warning for each skipped or repaired one; rejects with a
 * {@link DatasetError} when the input cannot be fetched or is not a dataset at all.
 */
export async function loadDataset(input: unknown, options: LoadOptions = {}): Promise<LoadResult> {
  if (typeof input === 'string' || input instanceof URL) {
    const url = resolveUrl(input);
    // The HTTP client loads only when a URL is given, and the validator (zod) only when data loads,
    // in parallel with the download: a page pays for neither before it needs them.
    const [{ fetchJson }, { validateDataset }] = await Promise.all([
      import('./fetch-json.js'),
      import('./validate/dataset.js'),
    ]);
    return validateDataset(await fetchJson(url, options), url);
  }
  const { validateDataset } = await import('./validate/dataset.js');
  return validateDataset(input);
}

function resolveUrl(input: string | URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  try {
    return new URL(input, base).href;
  } catch {
    return String(input);
  }
}
