import ky, { isHTTPError, isNetworkError, isTimeoutError } from 'ky';
import { DatasetError, type DatasetErrorKind } from '../model/errors.js';
import type { OfflineEntry, OfflineStore } from './offline-store.js';

export interface FetchOptions {
  /**
   * Time allowed for each attempt to answer, and for any silence while the body arrives, in
   * milliseconds. Default 15 000. A large file on a slow but working connection is not cut off.
   */
  timeoutMs?: number;
  /** Time allowed for the whole load until the server answers, retries included. Default 45 000. */
  totalTimeoutMs?: number;
  /** How many times a failed request (408, 429, 5xx, network) is tried again. Default 2. */
  retries?: number;
  signal?: AbortSignal;
  /** A fetch implementation (for tests or older runtimes). Default: the global fetch. */
  fetch?: typeof globalThis.fetch;
}

export interface FetchJsonOptions<T = unknown> extends FetchOptions {
  /** Where the last good copy is kept and revalidated. Nothing is kept without one. */
  store?: OfflineStore | false;
  /**
   * Turns the parsed JSON into the value returned (a validator, say). When it rejects with a
   * {@link DatasetError} the body counts as unusable: it is not stored, and a kept copy is used.
   */
  read?: (json: unknown) => T | Promise<T>;
  /** The URL carries what the person typed or where they are: see {@link PersonalRequest}. */
  personal?: PersonalRequest;
}

/**
 * A request whose URL carries what the person typed or where they are (a search on an API). It is
 * never kept (neither in the offline store, whose key is the URL, nor in the browser's HTTP cache),
 * and its errors name `shownUrl`, the URL without those parameters, and carry no cause: the HTTP
 * client's own errors repeat the full URL.
 */
export interface PersonalRequest {
  shownUrl: string;
}

/** A document and where it came from. */
export interface FetchedJson<T = unknown> {
  json: T;
  /** When the server gave or confirmed the body (for a kept copy: when it was last confirmed). */
  fetchedAt: Date;
  /** The body came from the offline store (confirmed unchanged, or because the server failed). */
  fromCache: boolean;
  /** The server confirmed the kept copy is current (304 Not Modified). */
  revalidated: boolean;
  /** Why a kept copy was used instead of the server's answer: the error, in plain words. */
  staleReason?: string;
}

/**
 * Fetches and parses one JSON document, turning every failure into a {@link DatasetError} that says
 * what happened in words a webmaster can act on. Retries follow Retry-After on 429 and 503.
 * Nothing is stored; see {@link fetchJsonWithMeta} for the offline copy.
 */
export async function fetchJson(
  url: string,
  options: FetchOptions & Pick<FetchJsonOptions, 'personal'> = {},
): Promise<unknown> {
  return (await fetchJsonWithMeta(url, { ...options, store: false })).json;
}

/**
 * Like {@link fetchJson}, with an offline copy: with a store, the request asks the server whether
 * the kept copy changed (ETag / Last-Modified), and when the server cannot give a usable answer
 * (network down, time-out, 408, 429 or 5xx after the retries, a body that is not JSON or that
 * `read` rejects) the kept copy is returned instead, with the reason. A 403, 404 or 410 is the
 * publisher's answer and is never masked by an old copy.
 */
export async function fetchJsonWithMeta<T = unknown>(
  url: string,
  options: FetchJsonOptions<T> = {},
): Promise<FetchedJson<T>> {
  const read = options.read ?? ((json: unknown) => json as T);
  const personal = options.personal;
  const shown = personal?.shownUrl ?? url;
  const store = options.store && !personal && isStorable(url) ? options.store : undefined;
  const kept = store ? await store.get(url).catch(() => undefined) : undefined;
  const keep = (entry: OfflineEntry) => void store?.put(url, entry).catch(() => undefined);
  let ask = kept && mayRevalidate(url) ? kept : undefined;
  try {
    for (;;) {
      const answer = await download(url, options, ask, personal);
      if (answer.notModified && kept) {
        const savedAt = Date.now();
        let json: T;
        try {
          json = await decode(kept.body, 'application/json', shown, read);
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          // The kept copy no longer reads (a newer kit, a damaged store): fetch the whole document.
          ask = undefined;
          continue;
        }
        keep({ ...kept, ...answer.validators, savedAt });
        return { json, fetchedAt: new Date(savedAt), fromCache: true, revalidated: true };
      }
      const savedAt = Date.now();
      const json = await decode(answer.text, answer.contentType, shown, read, personal !== undefined);
      keep({ body: answer.text, ...answer.validators, savedAt });
      return { json, fetchedAt: new Date(savedAt), fromCache: false, revalidated: false };
    }
  } catch (error) {
    if (!kept || !(error instanceof DatasetError) || !keptCopyMayServe(error, options.signal)) throw error;
    let json: T;
    try {
      json = await decode(kept.body, 'application/json', shown, read);
    } catch {
      throw error;
    }
    return { json, fetchedAt: new Date(kept.savedAt), fromCache: true, revalidated: false, staleReason: error.message };
  }
}

interface Answer {
  notModified: boolean;
  text: string;
  contentType: string;
  validators: Pick<OfflineEntry, 'etag' | 'lastModified'>;
}

async function download(
  url: string,
  options: FetchOptions,
  kept: OfflineEntry | undefined,
  personal: PersonalRequest | undefined,
): Promise<Answer> {
  const timeout = options.timeoutMs ?? 15_000;
  try {
    const response = await ky.get(url, {
      timeout,
      totalTimeout: options.totalTimeoutMs ?? 45_000,
      retry: {
        limit: options.retries ?? 2,
        statusCodes: [408, 429, 500, 502, 503, 504],
        afterStatusCodes: [429, 503],
        maxRetryAfter: 30_000,
      },
      // 304 is an answer only to a question that was asked.
      throwHttpErrors: (status) => !(kept && status === 304),
      headers: {
        accept: 'application/json',
        ...(kept?.etag && { 'if-none-match': kept.etag }),
        ...(kept?.lastModified && { 'if-modified-since': kept.lastModified }),
      },
      ...(personal && { cache: 'no-store' as const }),
      ...(options.signal && { signal: options.signal }),
      ...(options.fetch && { fetch: options.fetch }),
    });
    const etag = response.headers.get('etag');
    const lastModified = response.headers.get('last-modified');
    const validators = { ...(etag && { etag }), ...(lastModified && { lastModified }) };
    if (response.status === 304) {
      await response.body?.cancel().catch(() => undefined);
      return { notModified: true, text: '', contentType: '', validators };
    }
    const text = await readText(response, timeout);
    return { notModified: false, text, contentType: response.headers.get('content-type') ?? '', validators };
  } catch (error) {
    const shown = personal?.shownUrl ?? url;
    throw new DatasetError(`Could not load ${shown}: ${explain(error)}.`, shown, {
      kind: kindOf(error),
      ...(!personal && { cause: error }),
    });
  }
}

async function decode<T>(
  text: string,
  contentType: string,
  url: string,
  read: (json: unknown) => T | Promise<T>,
  personal = false,
): Promise<T> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const page = /html/i.test(contentType) || /^\s*</.test(text);
    const what = page ? 'a web page, not JSON' : 'not valid JSON';
    // The parser's message quotes the body, which may echo the search.
    const options = { kind: page ? ('web-page' as const) : ('invalid' as const), ...(!personal && { cause: error }) };
    throw new DatasetError(`${url} sent ${what}${contentType ? ` (${contentType.split(';')[0]})` : ''}.`, url, options);
  }
  return read(json);
}

class StalledError extends Error {
  override name = 'StalledError';
}
class BrokenBodyError extends Error {
  override name = 'BrokenBodyError';
}

/**
 * Reads the body as UTF-8 text, giving up only when nothing arrives for `idleMs`: a big file on a
 * slow line keeps loading, a connection that went silent mid-way ends instead of hanging.
 */
async function readText(response: Response, idleMs: number): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (;;) {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const stalled = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new StalledError()), idleMs);
    });
    let chunk: ReadableStreamReadResult<Uint8Array>;
    try {
      chunk = await Promise.race([reader.read(), stalled]);
    } catch (error) {
      void reader.cancel().catch(() => undefined);
      if (error instanceof StalledError || (error instanceof DOMException && error.name === 'AbortError')) throw error;
      throw new BrokenBodyError(String(error), { cause: error });
    } finally {
      clearTimeout(timer);
    }
    if (chunk.done) return text + decoder.decode();
    text += decoder.decode(chunk.value, { stream: true });
  }
}

function explain(error: unknown): string {
  if (isHTTPError(error)) {
    const { status, statusText } = error.response;
    return `the server answered ${status}${statusText ? ` ${statusText}` : ''}`;
  }
  if (isTimeoutError(error) || error instanceof StalledError) {
    return 'no answer in time (the connection may be slow or down)';
  }
  if (isNetworkError(error)) return 'the network is unavailable or the server cannot be reached';
  if (error instanceof BrokenBodyError) return 'the connection broke while the data was arriving';
  if (error instanceof DOMException && error.name === 'AbortError') return 'the request was cancelled';
  return error instanceof Error ? error.message : String(error);
}

/** The kind of a failure to download, as {@link explain} tells it. */
function kindOf(error: unknown): DatasetErrorKind {
  if (isHTTPError(error)) return 'server';
  if (isTimeoutError(error) || error instanceof StalledError) return 'timeout';
  if (isNetworkError(error) || error instanceof BrokenBodyError) return 'network';
  if (error instanceof DOMException && error.name === 'AbortError') return 'network';
  // Anything else (a URL that is not one, say) is the page's data source at fault.
  return 'invalid';
}

/** Whether a failure is the kind a kept copy should cover: the network or the server failed. */
function keptCopyMayServe(error: DatasetError, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted) return false;
  const cause = error.cause;
  if (isHTTPError(cause)) {
    const { status } = cause.response;
    return status === 408 || status === 429 || status >= 500;
  }
  return true;
}

/** Only documents fetched over HTTP are kept (a blob: or data: URL is already on the device). */
function isStorable(url: string): boolean {
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * In a browser, If-None-Match and If-Modified-Since are not CORS-safelisted: sent to another origin
 * they would add a preflight that many static hosts refuse, breaking a load that works without
 * them. There, the browser's own HTTP cache revalidates instead; the headers go only to the page's
 * own origin, and always outside browsers.
 */
function mayRevalidate(url: string): boolean {
  const origin = (globalThis as { location?: { origin?: string } }).location?.origin;
  if (origin === undefined) return true;
  try {
    return new URL(url).origin === origin;
  } catch {
    return false;
  }
}
