// One HTTP request, small enough to travel with every element: a page's first dataset request
// starts from here as soon as an element asks for data, while the loader's code (retries, the
// kept copy, the validator, the search engine) is still downloading. On 2G that code takes seconds
// to arrive. This early request asks plainly, without the kept copy's validators (reading them would
// bring the store's code along): the browser's HTTP cache revalidates it, and a body equal to the
// kept copy is recognised as such.
import type { OfflineEntry } from './offline-store.js';

interface RequestOptions {
  /** Time allowed for the server to answer (status and headers), in milliseconds. Default 15 000. */
  timeoutMs?: number;
  signal?: AbortSignal;
  /** A fetch implementation (for tests or older runtimes). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export interface StartOptions extends RequestOptions {
  /** The URL carries what the person typed: never kept, neither here nor in the HTTP cache. */
  personal?: boolean;
}

/** A request under way: the server's answer to its first attempt, and when it was sent. */
export interface StartedRequest {
  readonly response: Promise<Response>;
  /** `Date.now()` when the request was sent: the server has been waited for since. */
  readonly at: number;
}

/** The server said nothing (no status, no headers) in the time allowed. */
export class NoAnswerError extends Error {
  override name = 'NoAnswerError';
}

/** Asks the server for the document now; the promise is never left unhandled if nobody reads it. */
export function startRequest(url: string, options: StartOptions = {}): StartedRequest {
  const at = Date.now();
  const response = send(url, options);
  response.catch(() => undefined);
  return { response, at };
}

/** One GET of a JSON document: `kept` (when given) turns it into the question "has it changed?". */
export function send(url: string, options: StartOptions, kept?: OfflineEntry): Promise<Response> {
  const controller = new AbortController();
  const outer = options.signal;
  if (outer?.aborted) controller.abort(outer.reason);
  const forward = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', forward, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, options.timeoutMs ?? 15_000);
  const headers: Record<string, string> = { accept: 'application/json' };
  if (kept?.etag) headers['if-none-match'] = kept.etag;
  if (kept?.lastModified) headers['if-modified-since'] = kept.lastModified;
  return (options.fetch ?? globalThis.fetch)(url, {
    headers,
    signal: controller.signal,
    ...(options.personal && { cache: 'no-store' as const }),
  }).then(
    (response) => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
      return response;
    },
    (error: unknown) => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', forward);
      throw timedOut ? new NoAnswerError('no answer in time') : error;
    },
  );
}

/**
 * In a browser, If-None-Match and If-Modified-Since are not CORS-safelisted: sent to another origin
 * they would add a preflight that many static hosts refuse, breaking a load that works without
 * them. There, the browser's own HTTP cache revalidates instead; the headers go only to the page's
 * own origin, and always outside browsers.
 */
export function mayRevalidate(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (origin === undefined) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
