/** How long data served from the kept copy is used before a call tries the network again, by default. */
export const RETRY_STALE_AFTER_MS = 30_000;

export interface Memo<T> {
  /** The value: loaded on the first call, then shared, concurrent calls included. */
  get(): Promise<T>;
  /** The last value loaded, without loading anything. */
  peek(): T | undefined;
}

export interface StaleRule<T> {
  /** Whether a value is a stand-in (the kept copy, served because the network failed). */
  isStale(value: T): boolean;
  /** How long a stand-in is used before the next call loads again. */
  retryAfterMs: number;
}

/**
 * Keeps the first success of `load` and shares it. A failure is forgotten, so the next call tries
 * again: on a flaky connection one failed request (a module, a file) must not break a page for
 * good. With a stale rule, a stand-in is kept only for a while, so a page open for hours moves
 * back to fresh data once the network returns.
 */
export function memo<T>(load: () => Promise<T>, stale?: StaleRule<T>): Memo<T> {
  let pending: Promise<T> | undefined;
  let last: T | undefined;
  let staleSince: number | undefined;
  return {
    get() {
      if (pending && stale && staleSince !== undefined && Date.now() - staleSince >= stale.retryAfterMs) {
        pending = undefined;
      }
      if (pending) return pending;
      staleSince = undefined;
      const attempt: Promise<T> = load().then(
        (value) => {
          if (pending === attempt) {
            last = value;
            if (stale?.isStale(value)) staleSince = Date.now();
          }
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
  };
}
