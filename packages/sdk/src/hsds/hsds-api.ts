import type { LoadResult } from '../model/dataset.js';
import { DatasetError } from '../model/errors.js';
import { fetchJson, type FetchOptions } from '../loading/fetch-json.js';
import { jsonPath, type DataWarning } from '../model/problems.js';
import { checkOptions, importHsds, type ImportHsdsOptions } from './import.js';
import { isRec, type Rec } from './read.js';

export interface LoadHsdsOptions extends ImportHsdsOptions {
  /** A fetch implementation (tests, older runtimes). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
  /** Time allowed for each request, in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** How many times a failed request (408, 429, 5xx, network) is tried again. Default 2. */
  retries?: number;
  /** Records asked for per page (`per_page`). Default 100. */
  perPage?: number;
  signal?: AbortSignal;
  /** Called as pages arrive: how many have been read so far, and how many there are. */
  onProgress?: (page: number, totalPages: number) => void;
}

/** Requests in flight at once: enough to hide latency, few enough not to hammer a small server. */
const CONCURRENCY = 4;
/** A directory that claims more pages than this is read only this far (100 000 records at 100 a page). */
const MAX_PAGES = 1000;

interface Page {
  contents: unknown[];
  totalPages?: number;
  pageNumber?: number;
}

/** Runs `task` over `items` with at most `limit` at a time, in order; the first failure stops the rest. */
async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const i = next++;
      try {
        results[i] = await task(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

function resolveBase(baseUrl: string): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  let href: string;
  try {
    href = new URL(baseUrl, base).href;
  } catch {
    throw new DatasetError(`${JSON.stringify(baseUrl)} is not a URL of an HSDS API.`, baseUrl);
  }
  return href.replace(/\/+$/, '');
}

/** The HSDS page envelope; a bare array is taken as a directory of one page. */
function readEnvelope(body: unknown, url: string): Page {
  if (Array.isArray(body)) return { contents: body, totalPages: 1 };
  if (isRec(body) && Array.isArray(body.contents)) {
    const int = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : undefined);
    const totalPages = int(body.total_pages);
    const pageNumber = int(body.page_number);
    return {
      contents: body.contents,
      ...(totalPages !== undefined && { totalPages }),
      ...(pageNumber !== undefined && { pageNumber }),
    };
  }
  throw new DatasetError(
    `${url} did not answer with an HSDS page ({ "contents": [...], "total_pages": … }): is this the base URL of an HSDS 3 API?`,
    url,
  );
}

/** A list entry with no lists of its own is the short form (one-to-one fields only): its full record must be fetched. */
function isShortForm(item: unknown): item is Rec & { id: string } {
  if (!isRec(item) || typeof item.id !== 'string' || item.id === '') return false;
  const location = isRec(item.location) ? item.location : undefined;
  return !Array.isArray(item.phones) && !Array.isArray(item.schedules) && !Array.isArray(location?.addresses);
}

async function readPage(n: number, of: number | undefined, ctx: PagingContext): Promise<Page> {
  const url = `${ctx.base}/service_at_locations?page=${n}&per_page=${ctx.perPage}&full=true`;
  let body: unknown;
  try {
    body = await fetchJson(url, ctx.fetchOptions);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const which = `page ${n}${of ? ` of ${of}` : ''}`;
    throw new DatasetError(`Could not load ${which} of the HSDS directory ${ctx.base}: ${message}`, url, {
      cause: error,
    });
  }
  const page = readEnvelope(body, url);
  if (page.pageNumber !== undefined && page.pageNumber !== n) {
    ctx.warnings.push({
      path: jsonPath([n - 1, 'page_number']),
      reason: `page ${n} was asked for and page ${page.pageNumber} came: the server may not know the "page" parameter`,
      action: 'repaired',
    });
  }
  return page;
}

interface PagingContext {
  base: string;
  perPage: number;
  fetchOptions: FetchOptions;
  warnings: DataWarning[];
  onProgress: ((page: number, totalPages: number) => void) | undefined;
}

/** Page 1, then the others up to its `total_pages`, a few at a time; progress counts pages read. */
async function readPages(ctx: PagingContext): Promise<Page[]> {
  const first = await readPage(1, undefined, ctx);
  let total = Math.max(first.totalPages ?? 1, 1);
  if (first.totalPages === undefined && first.contents.length >= ctx.perPage) {
    ctx.warnings.push({
      path: '$[0]',
      reason: 'the first page gives no total_pages: only that page was read',
      action: 'skipped',
    });
  }
  if (total > MAX_PAGES) {
    ctx.warnings.push({
      path: '$[0].total_pages',
      reason: `${total} pages: only the first ${MAX_PAGES} were read`,
      action: 'skipped',
    });
    total = MAX_PAGES;
  }
  ctx.onProgress?.(1, total);
  let done = 1;
  const numbers = Array.from({ length: total - 1 }, (_, i) => i + 2);
  const rest = await mapLimit(numbers, CONCURRENCY, async (n) => {
    const page = await readPage(n, total, ctx);
    ctx.onProgress?.(++done, total);
    return page;
  });
  return [first, ...rest];
}

/**
 * Reads an HSDS 3 API: pages through `GET {base}/service_at_locations` (`page`, `per_page`,
 * `full=true`), fetches the full record of every entry that comes in short form, and imports
 * everything with {@link importHsds}. Warnings point into the list of pages read: `$[2]` is page 3.
 *
 * Rejects with a {@link DatasetError} naming the page when a page cannot be loaded after the retries,
 * or when the answer is not an HSDS page. An empty directory gives an empty dataset and a warning.
 */
export async function loadHsds(baseUrl: string, options: LoadHsdsOptions = {}): Promise<LoadResult> {
  const { fetch, timeoutMs, retries, signal, onProgress, perPage = 100, ...importOptions } = options;
  if (!Number.isInteger(perPage) || perPage < 1) {
    throw new RangeError(`perPage must be a whole number above 0, not ${perPage}`);
  }
  // Bad options fail before the first request, not after the whole directory was downloaded.
  checkOptions(importOptions);
  const base = resolveBase(baseUrl);
  const fetchOptions: FetchOptions = {
    ...(fetch && { fetch }),
    ...(timeoutMs !== undefined && { timeoutMs }),
    ...(retries !== undefined && { retries }),
    ...(signal && { signal }),
  };
  const warnings: DataWarning[] = [];
  const pages = await readPages({ base, perPage, fetchOptions, warnings, onProgress });
  await completeShortForms(pages, base, fetchOptions, warnings);
  if (pages.every((p) => p.contents.length === 0)) {
    const { dataset } = importHsds([], importOptions);
    return { dataset, warnings: [{ path: '$', reason: `${base} lists no service_at_locations`, action: 'skipped' }] };
  }
  const result = importHsds(
    pages.map((p) => ({ contents: p.contents })),
    importOptions,
  );
  return { dataset: result.dataset, warnings: [...warnings, ...result.warnings] };
}

/**
 * Replaces each short-form entry with its full record (`GET /service_at_locations/{id}`). One that
 * cannot be loaded is reported and imported as it is; when none can be, the load fails, since the
 * server is then most likely unreachable and an empty directory would be a wrong answer.
 */
async function completeShortForms(
  pages: Page[],
  base: string,
  options: FetchOptions,
  warnings: DataWarning[],
): Promise<void> {
  const wanted = pages.flatMap((page, p) =>
    page.contents.flatMap((item, i) => (isShortForm(item) ? [{ page: p, index: i, id: item.id }] : [])),
  );
  if (wanted.length === 0) return;
  let failures = 0;
  let lastError: unknown;
  await mapLimit(wanted, CONCURRENCY, async ({ page, index, id }) => {
    const url = `${base}/service_at_locations/${encodeURIComponent(id)}`;
    try {
      const full = await fetchJson(url, options);
      if (!isRec(full)) throw new DatasetError(`${url} did not answer with a service_at_location object`, url);
      pages[page]!.contents[index] = full;
    } catch (error) {
      if (options.signal?.aborted) throw error;
      failures += 1;
      lastError = error;
      const message = error instanceof Error ? error.message : String(error);
      warnings.push({
        path: jsonPath([page, 'contents', index]),
        reason: `${message} The short list entry is used instead.`,
        action: 'repaired',
      });
    }
  });
  if (failures === wanted.length) {
    const message = lastError instanceof Error ? lastError.message : String(lastError);
    throw new DatasetError(`Could not load any full record from the HSDS directory ${base}: ${message}`, base, {
      cause: lastError,
    });
  }
}
