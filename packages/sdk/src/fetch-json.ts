import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { DatasetError } from './errors.js';

export interface FetchOptions {
  /** Time allowed for each attempt, in milliseconds. Default 15 000. */
  timeoutMs?: number;
  /** Time allowed for the whole load, retries included. Default 45 000. */
  totalTimeoutMs?: number;
  /** How many times a failed request (408, 429, 5xx, network) is tried again. Default 2. */
  retries?: number;
  signal?: AbortSignal;
  /** A fetch implementation (for tests or older runtimes). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
}

/**
 * Fetches and parses one JSON document, turning every failure into a {@link DatasetError} that says
 * what happened in words a webmaster can act on. Retries follow Retry-After on 429 and 503.
 */
export async function fetchJson(url: string, options: FetchOptions = {}): Promise<unknown> {
  let text: string;
  let contentType: string;
  try {
    const response = await ky.get(url, {
      timeout: options.timeoutMs ?? 15_000,
      totalTimeout: options.totalTimeoutMs ?? 45_000,
      retry: {
        limit: options.retries ?? 2,
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 30_000,
      },
      headers: { accept: 'application/json' },
      ...(options.signal && { signal: options.signal }),
      ...(options.fetch && { fetch: options.fetch }),
    });
    contentType = response.headers.get('content-type') ?? '';
    text = await response.text();
  } catch (error) {
    throw new DatasetError(`Could not load ${url}: ${explain(error)}.`, url, { cause: error });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const what = /html/i.test(contentType) || /^\s*</.test(text) ? 'a web page, not JSON' : 'not valid JSON';
    throw new DatasetError(`${url} sent ${what}${contentType ? ` (${contentType.split(';')[0]})` : ''}.`, url, {
      cause: error,
    });
  }
}

function explain(error: unknown): string {
  if (isHTTPError(error)) {
    const { status, statusText } = error.response;
    return `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  }
  if (isTimeoutError(error)) return 'no answer in time (the connection may be slow or down)';
  if (isNetworkError(error)) return 'the network is unavailable or the server cannot be reached';
  if (error instanceof DOMException && error.name === 'AbortError') return 'the request was cancelled';
  return error instanceof Error ? error.message : String(error);
}
