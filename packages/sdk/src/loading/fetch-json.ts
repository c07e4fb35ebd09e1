import { DatasetError, type DatasetErrorKind } from '../model/errors.js';
import type { OfflineEntry, OfflineStore } from './offline-store.js';
import { mayRevalidate, NoAnswerError, send, type StartedRequest } from './request.js';

export interface FetchOptions {
  /**
   * Time allowed for each attempt to answer, and for any silence while the body arrives, in
   * milliseconds. Default 15 000. A large file on a slow but working connection is not cut off.
   */
  timeoutMs?: number;
  /** Time allowed for the whole load until the server answers, retries included. Default 45 000. */
  totalTimeoutMs?: number;
  /**
   * How many times a failed request (408, 429, 5xx, network) is tried again. Default 2. A server
   * that asks (Retry-After) for a longer wait than {@link LONGEST_WAIT_MS} is not asked again.
   */
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
  /** The request for this URL, already under way (started before this code arrived): its first attempt. */
  started?: StartedRequest;
  /**
   * Given, a kept copy is returned as soon as it is read (`pending`) when the server has not
   * answered within `keptAfterMs`; what the server then says reaches `later`: the fresh document,
   * the kept copy confirmed (304) or standing in for a failure (`staleReason`), or the error that no
   * copy may mask (a 404, say).
   */
  later?: (outcome: FetchedJson<T> | Error) => void;
  /**
   * With `later`: how long the server is waited for before the kept copy is shown, counted from
   * when the request was sent (a request started early may have waited long enough already). Default 500.
   */
  keptAfterMs?: number;
}

/**
 * A request whose URL carries what the person typed or where they are (a search on an API). It is
 * never kept (neither in the offline store, whose key is the URL, nor in the browser's HTTP cache),
 * and its errors name `shownUrl`, the URL without those parameters, and carry no cause: the
 * runtime's own errors may repeat the full URL.
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
  /** The kept copy, returned while the server is still being asked (see `later`). */
  pending?: boolean;
}

/** The longest wait a server may ask for (Retry-After) and still be asked again: 10 s. */
export const LONGEST_WAIT_MS = 10_000;

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
 * publisher's answer and is never masked by an old copy. With `later`, the kept copy is returned
 * at once when the server is slow, and the server's answer follows.
 */
export async function fetchJsonWithMeta<T = unknown>(
  url: string,
  options: FetchJsonOptions<T> = {},
): Promise<FetchedJson<T>> {
  const read = options.read ?? ((json: unknown) => json as T);
  const personal = options.personal;
  const shown = personal?.shownUrl ?? url;
  const store = options.store && !personal && isStorable(url) ? options.store : undefined;
  const request = { ...options, personal: personal !== undefined };
  const waitFrom = options.started?.at ?? Date.now();
  const keptAfterMs = options.keptAfterMs ?? 500;
  const keptRead = store ? store.get(url).catch(() => undefined) : Promise.resolve(undefined);
  // A request started early asked plainly; one started here asks whether the kept copy changed.
  const validated = (entry: OfflineEntry | undefined) => (entry && mayRevalidate(url) ? entry : undefined);
  const firstResponse = options.started?.response ?? keptRead.then((entry) => send(url, request, validated(entry)));
  firstResponse.catch(() => undefined);
  const kept = await keptRead;
  const keep = (entry: OfflineEntry) => void store?.put(url, entry).catch(() => undefined);
  // The kept copy is read at most once: shown early, confirmed or standing in, it is one value.
  let keptJson: Promise<T> | undefined;
  const readKept = (entry: OfflineEntry) => (keptJson ??= decode(entry.body, 'application/json', shown, read));

  const fromNetwork = async (): Promise<FetchedJson<T>> => {
    let attempt: Promise<Response> | undefined = firstResponse;
    let ask = validated(kept);
    for (;;) {
      const answer = await download(url, options, attempt, ask, personal);
      if (answer.notModified && kept) {
        const savedAt = Date.now();
        let json: T;
        try {
          json = await readKept(kept);
        } catch (error) {
          if (!(error instanceof DatasetError)) throw error;
          // The kept copy no longer reads (a newer kit, a damaged store): fetch the whole document.
          attempt = undefined;
          ask = undefined;
          continue;
        }
        keep({ ...kept, ...answer.validators, savedAt });
        return { json, fetchedAt: new Date(savedAt), fromCache: true, revalidated: true };
      }
      const savedAt = Date.now();
      // The same body as the kept copy (the browser's cache revalidated it): the same value.
      const json =
        kept && answer.text === kept.body
          ? await readKept(kept)
          : await decode(answer.text, answer.contentType, shown, read, personal !== undefined);
      keep({ body: answer.text, ...answer.validators, savedAt });
      return { json, fetchedAt: new Date(savedAt), fromCache: false, revalidated: false };
    }
  };
  const standIn = async (error: unknown): Promise<FetchedJson<T>> => {
    if (!kept || !(error instanceof DatasetError) || !keptCopyMayServe(error, options.signal)) throw error;
    let json: T;
    try {
      json = await readKept(kept);
    } catch {
      throw error;
    }
    return { json, fetchedAt: new Date(kept.savedAt), fromCache: true, revalidated: false, staleReason: error.message };
  };
  const outcome = fromNetwork().catch(standIn);
  const later = options.later;
  if (!kept || !later) return outcome;

  // The server has a moment to answer; after that, the kept copy is shown while it is still asked.
  const quick = await Promise.race([
    outcome.then(
      (value) => ({ value }),
      (error: unknown) => ({ error }),
    ),
    new Promise<undefined>((resolve) => setTimeout(resolve, Math.max(0, waitFrom + keptAfterMs - Date.now()))),
  ]);
  if (quick) {
    if ('error' in quick) throw quick.error;
    return quick.value;
  }
  let json: T;
  try {
    json = await readKept(kept);
  } catch {
    return outcome;
  }
  outcome.then(later, (error: unknown) => later(error instanceof Error ? error : new Error(String(error))));
  return { json, fetchedAt: new Date(kept.savedAt), fromCache: true, revalidated: false, pending: true };
}

interface Answer {
  notModified: boolean;
  text: string;
  contentType: string;
  validators: Pick<OfflineEntry, 'etag' | 'lastModified'>;
}

/** Statuses worth asking again: the server or something on the way may answer next time. */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** The server answered with an error status. */
class StatusError extends Error {
  override name = 'StatusError';
  constructor(
    readonly status: number,
    readonly statusText: string,
  ) {
    super(`status ${status}`);
  }
}

/**
 * Gets the document, trying again after a failure that may pass (408, 429, 5xx, the network, no
 * answer), after the wait the server asks for (Retry-After) or a growing pause (0.3 s, 0.6 s…).
 * `first`, when given, is the first attempt, already under way; `ask` is sent as the question
 * "has it changed?" (a 304 is an answer only to a question that was asked).
 */
async function download(
  url: string,
  options: FetchOptions,
  first: Promise<Response> | undefined,
  ask: OfflineEntry | undefined,
  personal: PersonalRequest | undefined,
): Promise<Answer> {
  const timeout = options.timeoutMs ?? 15_000;
  const retries = options.retries ?? 2;
  const deadline = Date.now() + (options.totalTimeoutMs ?? 45_000);
  const request = { ...options, personal: personal !== undefined };
  if (!isUrl(url)) {
    const shown = personal?.shownUrl ?? url;
    throw new DatasetError(`Could not load ${shown}: it is not a URL.`, shown, { kind: 'invalid' });
  }
  try {
    for (let attempt = 0; ; attempt++) {
      let response: Response;
      try {
        response = await (attempt === 0 && first ? first : send(url, request, ask));
      } catch (error) {
        if (options.signal?.aborted || attempt >= retries) throw error;
        await pause(backoff(attempt), deadline, error, options.signal);
        continue;
      }
      if (response.status === 304 && ask) {
        await response.body?.cancel().catch(() => undefined);
        return { notModified: true, text: '', contentType: '', validators: validatorsOf(response) };
      }
      if (response.ok && response.status !== 304) {
        const text = await readText(response, timeout);
        return {
          notModified: false,
          text,
          contentType: response.headers.get('content-type') ?? '',
          validators: validatorsOf(response),
        };
      }
      await response.body?.cancel().catch(() => undefined);
      const failure = new StatusError(response.status, response.statusText);
      if (!RETRY_STATUSES.has(response.status) || attempt >= retries) throw failure;
      await pause(retryAfterMs(response) ?? backoff(attempt), deadline, failure, options.signal);
    }
  } catch (error) {
    const shown = personal?.shownUrl ?? url;
    throw new DatasetError(`Could not load ${shown}: ${explain(error)}.`, shown, {
      kind: kindOf(error),
      ...(!personal && { cause: error }),
    });
  }
}

const backoff = (attempt: number) => 300 * 2 ** attempt;

/** Waits before the next attempt, or throws `failure` when the wait is longer than the kit would make. */
async function pause(ms: number, deadline: number, failure: unknown, signal: AbortSignal | undefined): Promise<void> {
  if (ms > LONGEST_WAIT_MS || Date.now() + ms > deadline) throw failure;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(failure);
      },
      { once: true },
    );
  });
}

/** The wait a 429 or 503 asks for (seconds, or an HTTP date), in milliseconds. */
function retryAfterMs(response: Response): number | undefined {
  if (response.status !== 429 && response.status !== 503) return undefined;
  const value = response.headers.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function validatorsOf(response: Response): Answer['validators'] {
  const etag = response.headers.get('etag');
  const lastModified = response.headers.get('last-modified');
  return { ...(etag && { etag }), ...(lastModified && { lastModified }) };
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
  if (error instanceof StatusError) {
    return `the server answered ${error.status}${error.statusText ? ` ${error.statusText}` : ''}`;
  }
  if (error instanceof NoAnswerError || error instanceof StalledError) {
    return 'no answer in time (the connection may be slow or down)';
  }
  if (error instanceof BrokenBodyError) return 'the connection broke while the data was arriving';
  if (error instanceof DOMException && error.name === 'AbortError') return 'the request was cancelled';
  // fetch rejects with a TypeError when the network is down or the server cannot be reached.
  if (error instanceof TypeError) return 'the network is unavailable or the server cannot be reached';
  return error instanceof Error ? error.message : String(error);
}

/** The kind of a failure to download, as {@link explain} tells it. */
function kindOf(error: unknown): DatasetErrorKind {
  if (error instanceof StatusError) return 'server';
  if (error instanceof NoAnswerError || error instanceof StalledError) return 'timeout';
  if (error instanceof BrokenBodyError) return 'network';
  if (error instanceof DOMException && error.name === 'AbortError') return 'network';
  // fetch rejects with a TypeError when the network is down or the server cannot be reached.
  if (error instanceof TypeError) return 'network';
  // Anything else (a URL that is not one, say) is the page's data source at fault.
  return 'invalid';
}

/** Whether a failure is the kind a kept copy should cover: the network or the server failed. */
function keptCopyMayServe(error: DatasetError, signal: AbortSignal | undefined): boolean {
  if (signal?.aborted) return false;
  const cause = error.cause;
  if (cause instanceof StatusError) return RETRY_STATUSES.has(cause.status) || cause.status >= 500;
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

/** Whether `url` is a URL at all (not `URL.canParse`, which older phones' browsers lack). */
function isUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}
