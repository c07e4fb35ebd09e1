/**
 * The last good copy of each dataset file, kept so that a page still shows centres and helplines
 * when the network fails. Only dataset documents are stored, keyed by their URL: never a position,
 * a query or anything else about the person using the page.
 */
export interface OfflineEntry {
  /** The document exactly as the server sent it. */
  body: string;
  /** The server's validators, sent back to ask "has it changed?". */
  etag?: string;
  lastModified?: string;
  /** When the server last gave or confirmed this body (milliseconds since 1970). */
  savedAt: number;
}

/** Where copies are kept. Implementations never reject: a store that cannot store stores nothing. */
export interface OfflineStore {
  get(key: string): Promise<OfflineEntry | undefined>;
  put(key: string, entry: OfflineEntry): Promise<void>;
}

/** A store that lives as long as the page or process: for tests, Node and short-lived scripts. */
export class MemoryStore implements OfflineStore {
  readonly #entries = new Map<string, OfflineEntry>();

  get(key: string): Promise<OfflineEntry | undefined> {
    const entry = this.#entries.get(key);
    return Promise.resolve(entry && { ...entry });
  }

  put(key: string, entry: OfflineEntry): Promise<void> {
    this.#entries.set(key, { ...entry });
    return Promise.resolve();
  }
}

const DATABASE = 'mrc-kit';
const OBJECT_STORE = 'datasets';
/**
 * Some browsers leave an IndexedDB request pending for ever (a database blocked by another tab, a
 * broken profile): after this long the store gives up, so that storage never delays the data.
 */
const GIVE_UP_MS = 3000;

/**
 * How many copies are kept. A page uses one dataset, or an index and the shards of a few countries;
 * 30 leaves room for several pages and for the files a publisher has since moved, and the oldest go.
 */
const MAX_ENTRIES = 30;
const DAY_MS = 24 * 60 * 60 * 1000;
/**
 * A copy the server has not confirmed for this long is dropped. An old copy is what helps a person
 * offline, so the limit is long (about half a year: a season away, a return), and it is applied only
 * when another copy is stored, that is when the network works: a person offline for months keeps
 * every copy they had.
 */
const MAX_AGE_MS = 180 * DAY_MS;
/**
 * The record, beside the copies, of when each was last confirmed: eviction reads it instead of every
 * copy's body. Its key is no URL, so no dataset can take its place.
 */
const DIRECTORY = 'mrc-kit:saved-at';

export interface IndexedDbStoreOptions {
  /** Database name. Default `mrc-kit`. */
  name?: string;
  /** The IndexedDB factory. Default: the global `indexedDB`. */
  factory?: IDBFactory;
  /** At most this many copies are kept: the most recently confirmed. Default 30. */
  maxEntries?: number;
  /** A copy not confirmed for this long (milliseconds) is dropped when another is stored. Default 180 days. */
  maxAgeMs?: number;
}

/**
 * Keeps copies in the IndexedDB of the page's origin (database `mrc-kit`, object store `datasets`).
 * Every failure (private browsing, storage full, blocked or deleted database) is swallowed. Each
 * `put` also drops, in the same transaction, the copies beyond `maxEntries` (the least recently
 * confirmed first) and those not confirmed for `maxAgeMs`, counted back from the new copy's
 * `savedAt`; the copy being stored is always kept. Nothing is dropped when only reading.
 */
export class IndexedDbStore implements OfflineStore {
  readonly #name: string;
  readonly #factory: IDBFactory | undefined;
  readonly #limits: Limits;
  #db: Promise<IDBDatabase | undefined> | undefined;

  constructor(options: IndexedDbStoreOptions = {}) {
    this.#name = options.name ?? DATABASE;
    this.#factory = options.factory ?? (typeof indexedDB === 'undefined' ? undefined : indexedDB);
    this.#limits = {
      maxEntries: Math.max(1, options.maxEntries ?? MAX_ENTRIES),
      maxAgeMs: options.maxAgeMs ?? MAX_AGE_MS,
    };
  }

  async get(key: string): Promise<OfflineEntry | undefined> {
    const db = await this.#open();
    if (!db) return undefined;
    const value = await settle<unknown>((done) => {
      const request = db.transaction(OBJECT_STORE, 'readonly').objectStore(OBJECT_STORE).get(key);
      request.onsuccess = () => done(request.result);
      request.onerror = (event) => {
        event.preventDefault();
        done(undefined);
      };
    });
    return asEntry(value);
  }

  async put(key: string, entry: OfflineEntry): Promise<void> {
    const db = await this.#open();
    if (!db) return;
    await settle<undefined>((done) => {
      const transaction = db.transaction(OBJECT_STORE, 'readwrite');
      transaction.oncomplete = () => done(undefined);
      // A full disk or quota aborts the transaction: the old copy, if any, stays.
      transaction.onabort = () => done(undefined);
      transaction.onerror = (event) => event.preventDefault();
      const store = transaction.objectStore(OBJECT_STORE);
      store.put({ ...entry }, key);
      // Requests of one transaction run in order: the directory is read before the keys arrive.
      const directory = store.get(DIRECTORY);
      const keys = store.getAllKeys();
      keys.onsuccess = () => {
        const stored = keys.result.filter((k): k is string => typeof k === 'string' && k !== DIRECTORY);
        const { kept, dropped } = evict(asDirectory(directory.result), stored, key, entry.savedAt, this.#limits);
        for (const old of dropped) store.delete(old);
        store.put(kept, DIRECTORY);
      };
    });
  }

  #open(): Promise<IDBDatabase | undefined> {
    const factory = this.#factory;
    if (!factory) return Promise.resolve(undefined);
    this.#db ??= settle<IDBDatabase | undefined>(
      (done) => {
        const request = factory.open(this.#name, 1);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(OBJECT_STORE)) request.result.createObjectStore(OBJECT_STORE);
        };
        request.onsuccess = () => {
          const db = request.result;
          // Let another tab upgrade or delete the database instead of blocking it.
          db.onversionchange = () => {
            db.close();
            this.#db = undefined;
          };
          db.onclose = () => (this.#db = undefined);
          done(db);
        };
        request.onerror = (event) => {
          event.preventDefault();
          done(undefined);
        };
        request.onblocked = () => done(undefined);
      },
      // A connection that opens after the store gave up is closed at once, not leaked.
      (late) => late?.close(),
    ).then((db) => {
      // A failure is not remembered: the next call tries again (the user may leave private mode
      // in another tab, or free some space).
      if (!db) this.#db = undefined;
      return db;
    });
    return this.#db;
  }
}

let shared: OfflineStore | undefined;

/** The store `loadDataset` uses unless told otherwise: IndexedDB where the runtime has it, else none. */
export function defaultStore(): OfflineStore | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  shared ??= new IndexedDbStore();
  return shared;
}

/** The store an option names: `false` none, a store itself, or by default {@link defaultStore}. */
export function storeOf(option: OfflineStore | false | undefined): OfflineStore | undefined {
  return option === false ? undefined : (option ?? defaultStore());
}

/**
 * Runs a callback-style IndexedDB operation and resolves with its result, or with `undefined` when
 * it throws or does not finish in time. `late` receives a result that arrives after the time limit.
 */
function settle<T>(start: (done: (value: T) => void) => void, late?: (value: T) => void): Promise<T | undefined> {
  return new Promise((resolve) => {
    let finished = false;
    const timer = setTimeout(() => {
      finished = true;
      resolve(undefined);
    }, GIVE_UP_MS);
    const done = (value: T) => {
      if (finished) {
        late?.(value);
        return;
      }
      finished = true;
      clearTimeout(timer);
      resolve(value);
    };
    try {
      start(done);
    } catch {
      // Private modes and closed databases throw synchronously (InvalidStateError, SecurityError).
      done(undefined as T);
    }
  });
}

interface Limits {
  maxEntries: number;
  maxAgeMs: number;
}

/**
 * Which copies stay once `key` was stored at `now`: none older than `maxAgeMs`, at most `maxEntries`,
 * the most recently confirmed first. A copy the directory does not know (stored by an older kit)
 * counts as confirmed now: it is kept this time and ages from here.
 */
function evict(
  known: Record<string, number>,
  stored: readonly string[],
  key: string,
  now: number,
  { maxEntries, maxAgeMs }: Limits,
): { kept: Record<string, number>; dropped: string[] } {
  const dates = new Map(stored.map((k) => [k, known[k] ?? now]));
  dates.set(key, now);
  const order = [...dates]
    .filter(([k, date]) => k === key || now - date <= maxAgeMs)
    .sort(([a, da], [b, db]) => (a === key ? -1 : b === key ? 1 : db - da))
    .slice(0, maxEntries);
  const kept = Object.fromEntries(order);
  return { kept, dropped: stored.filter((k) => !(k in kept)) };
}

function asDirectory(value: unknown): Record<string, number> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter((pair): pair is [string, number] => Number.isFinite(pair[1])));
}

/** A stored value is trusted only if it still has the shape of an entry (older kits, hand edits). */
function asEntry(value: unknown): OfflineEntry | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { body, etag, lastModified, savedAt } = value as Record<string, unknown>;
  if (typeof body !== 'string' || typeof savedAt !== 'number' || !Number.isFinite(savedAt)) return undefined;
  return {
    body,
    savedAt,
    ...(typeof etag === 'string' && { etag }),
    ...(typeof lastModified === 'string' && { lastModified }),
  };
}
