// The SDK's one cache of what it loads, and the one place where a source's URL is resolved.
//
// Why here, in the loading room: only this room knows both what a source is (its kind and its URL,
// resolved once against the page) and how long what it brought may be kept (a failure never, a kept
// copy that stood in for the network only for a while). So it owns the whole chain, from the top:
// - the page's shared clients, one per kind of source and resolved URL (`sharedClient`): elements and
//   hosts ask for one and keep none of their own, so four elements on one file load it once;
// - inside a client, its source's documents and shards, each kept by a `memo`;
// - the search index of a loaded set of centres, kept beside that set (local-client.ts) and dropped
//   with it.
// Nothing outside loading/ keeps loaded data.
import type { MrcClient } from './mrc-client.js';

/** How long data served from the kept copy is used before a call tries the network again, by default. */
export const RETRY_STALE_AFTER_MS = 30_000;

export interface Memo<T> {
  /** The value: loaded on the first call, then shared, concurrent calls included. */
  get(): Promise<T>;
  /** The last value loaded, without loading anything. */
  peek(): T | undefined;
  /** When the value is a stand-in, loads again now (the network is back, say); else does nothing. */
  refresh(): void;
}

export interface StaleRule<T> {
  /** Whether a value is a stand-in (the kept copy, served because the network failed). */
  isStale(value: T): boolean;
  /** How long a stand-in is used before the next call loads again. */
  retryAfterMs: number;
}

/**
 * Gives a load a way to replace the value it gave: a later answer (fresh data after a kept copy
 * shown at once), or an error that withdraws it. Ignored once a newer load has started.
 */
export type Revise<T> = (next: T | Error) => void;

/**
 * Keeps the first success of `load` and shares it. A failure is forgotten, so the next call tries
 * again: on a flaky connection one failed request (a module, a file) must not break a page for
 * good. With a stale rule, a stand-in is kept only for a while, so a page open for hours moves
 * back to fresh data once the network returns. `changed` hears of every value that replaces one
 * already given (undefined: withdrawn, the next call loads again).
 */
export function memo<T>(
  load: (revise: Revise<T>) => Promise<T>,
  stale?: StaleRule<T>,
  changed?: (previous: T, next: T | undefined) => void,
): Memo<T> {
  let pending: Promise<T> | undefined;
  let last: T | undefined;
  let staleSince: number | undefined;
  const settle = (value: T) => {
    const previous = last;
    last = value;
    staleSince = stale?.isStale(value) ? Date.now() : undefined;
    if (previous !== undefined && previous !== value) changed?.(previous, value);
  };
  const self: Memo<T> = {
    get() {
      if (pending && stale && staleSince !== undefined && Date.now() - staleSince >= stale.retryAfterMs) {
        pending = undefined;
      }
      if (pending) return pending;
      staleSince = undefined;
      let attempt: Promise<T> | undefined;
      const revise: Revise<T> = (next) => {
        if (attempt === undefined || pending !== attempt) return;
        if (next instanceof Error) {
          pending = undefined;
          staleSince = undefined;
          if (last !== undefined) changed?.(last, undefined);
          return;
        }
        pending = Promise.resolve(next);
        attempt = pending;
        settle(next);
      };
      attempt = load(revise).then(
        (value) => {
          if (pending === attempt) settle(value);
          return value;
        },
        (error: unknown) => {
          if (pending === attempt) pending = undefined;
          throw error;
        },
      );
      pending = attempt;
      return attempt;
    },
    peek: () => last,
    refresh() {
      if (staleSince === undefined) return;
      pending = undefined;
      self.get().catch(() => undefined);
    },
  };
  return self;
}

/**
 * A URL as the page means it: relative URLs resolve against the document (in Node, they stay as
 * given and fail when fetched, with the usual error). The SDK resolves each source's URL here, once.
 */
export function resolveUrl(input: string | URL): string {
  const base = typeof document !== 'undefined' ? document.baseURI : undefined;
  try {
    return new URL(input, base).href;
  } catch {
    return String(input);
  }
}

// The page's shared clients, by kind of source and resolved URL; they live as long as the page.
const shared = new Map<string, MrcClient>();

/** The page's client for this source: made by `create` (given the resolved URL) the first time. */
export function sharedClient(kind: string, address: string | URL, create: (url: string) => MrcClient): MrcClient {
  const url = resolveUrl(address);
  const key = `${kind} ${url}`;
  let client = shared.get(key);
  if (!client) {
    client = create(url);
    shared.set(key, client);
  }
  return client;
}
