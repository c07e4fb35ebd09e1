/**
 * What the kit's offline service worker does, as a function any service worker can call
 * (docs/offline.md): it keeps the kit's own scripts and, when asked, the pages of its scope, so that
 * a page visited once loads again without a network. It never answers for anything else: not the
 * data (the SDK keeps the last good copy of each dataset, with its date, in IndexedDB), not a
 * request other than GET, not a URL outside the kit's folder or the worker's scope, and it keeps no
 * response another origin hides from it (opaque).
 */
import { targetLocales } from '../generated/locale-codes.js';
import type { ExtendableEventLike, FetchEventLike, WorkerScope } from './worker-scope.js';

/** The cache layout's version: caches of another version are deleted when a worker activates. */
const CACHE_VERSION = 1;
const PREFIX = 'mrc-kit-offline';
/** At most this many of the kit's files are kept: a release has about 50, old ones go first. */
export const MAX_KIT_FILES = 120;
/** At most this many pages (addresses without their query) are kept per scope. */
const MAX_PAGES = 20;
/**
 * With a kept copy in hand, the network has this long to start answering before the copy is used
 * (a captive Wi-Fi or a dead line can hang for minutes). The answer still updates the copy.
 */
const NETWORK_WAIT_MS = 6000;
/** Optional parts of the kit that are kept only once a page has used them: the map, HSDS, the API client. */
const OPTIONAL_CHUNKS = new Set(['finder-map', 'hsds-api', 'rest-api']);

export interface OfflineOptions {
  /**
   * The folder (or folders) the kit's CDN files are served from, for example
   * `https://cdn.example.org/mrc-kit/1.2.0/` or `/mrc-kit/`: only scripts under it are kept.
   */
  kit: string | string[];
  /** Whether the pages of the worker's scope are kept too (network first). Default false. */
  pages?: boolean;
}

export interface OfflineHandler {
  /**
   * The answer to a request the kit keeps, or `undefined` for every other request: pass that one
   * to your own handling (or none, and the browser asks the network as usual).
   */
  handle(event: FetchEventLike): Promise<Response> | undefined;
  /**
   * Fills the caches from the pages open in the worker's scope (the page that registered it, on its
   * first visit): the page itself, the kit's scripts it loads and the chunks they need. Also deletes
   * the caches of an older layout. Call it inside `activate`'s `waitUntil`.
   */
  activate(): Promise<void>;
}

/** Makes the handler for a worker (`self`). */
export function createOfflineHandler(scope: WorkerScope, options: OfflineOptions): OfflineHandler {
  const kitBases = [options.kit]
    .flat()
    .map((base) => new URL(base.endsWith('/') ? base : `${base}/`, scope.location.href))
    .filter((base) => base.protocol === 'https:' || base.protocol === 'http:')
    .map((base) => base.href);
  const pages = options.pages ?? false;
  /** The interface languages the kit has chunks for: a page's first visit keeps those it names. */
  const locales = new Set<string>(targetLocales);
  const scopeUrl = scope.registration.scope;
  const kitCache = `${PREFIX}:${CACHE_VERSION}:kit:${scopeUrl}`;
  const pageCache = `${PREFIX}:${CACHE_VERSION}:pages:${scopeUrl}`;

  const kitBase = (url: string) => kitBases.find((base) => url.startsWith(base));
  const inScope = (url: string) => url.startsWith(scopeUrl);
  /** Fetches, and keeps the answer: the worker stays alive until it is kept, even after the page was answered. */
  const fetchAndKeep = (event: ExtendableEventLike, request: Request, cacheName: string, key: string, max: number) => {
    const network = scope.fetch(request);
    event.waitUntil(network.then((response) => keep(cacheName, key, response.clone(), max)).catch(() => undefined));
    return network;
  };

  /** Keeps a response when it is whole, ours to read and meant to be kept; then trims the cache. */
  async function keep(cacheName: string, key: string, response: Response, max: number): Promise<void> {
    if (!keepable(response)) return;
    const cache = await scope.caches.open(cacheName);
    await cache.put(key, response);
    // Cache keys come in the order they were put: the oldest are dropped first.
    const keys = await cache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - max)).map((request) => cache.delete(request)));
  }

  async function kitFile(event: FetchEventLike, url: string, base: string): Promise<Response> {
    const cache = await scope.caches.open(kitCache);
    const kept = await cache.match(url);
    // Chunks carry a hash of their content in their names: a kept chunk is always right.
    if (kept && url.startsWith(`${base}chunks/`)) return kept;
    return networkFirst(fetchAndKeep(event, event.request, kitCache, url, MAX_KIT_FILES), kept);
  }

  async function page(event: FetchEventLike, url: string): Promise<Response> {
    const key = pageKey(url);
    const kept = await (await scope.caches.open(pageCache)).match(key);
    return networkFirst(fetchAndKeep(event, event.request, pageCache, key, MAX_PAGES), kept);
  }

  /** Keeps a page (with `pages`) and the kit's scripts it loads, with the chunks they import (see OPTIONAL_CHUNKS). */
  async function prefill(url: string): Promise<void> {
    const response = await scope.fetch(url);
    if (!response.ok) return;
    const html = await response.clone().text();
    if (pages) await keep(pageCache, pageKey(url), response, MAX_PAGES);
    const languages = new Set([...html.matchAll(/\slang=["']?([A-Za-z]{2,3})\b/g)].map((m) => m[1]!.toLowerCase()));
    const seen = new Set<string>();
    const walk = async (script: string): Promise<void> => {
      if (seen.has(script)) return;
      seen.add(script);
      const base = kitBase(script);
      if (!base) return;
      const answer = await scope.fetch(script, {
        cache: script.startsWith(`${base}chunks/`) ? 'force-cache' : 'default',
      });
      if (!answer.ok) return;
      const code = await answer.clone().text();
      await keep(kitCache, script, answer, MAX_KIT_FILES);
      const next = [...code.matchAll(/\b(?:from|import)\s*(\(?)\s*["']([^"']+\.js)["']/g)]
        .filter(([, dynamic, path]) => !dynamic || wanted(chunkName(path!), languages))
        .map(([, , path]) => new URL(path!, script).href);
      await Promise.all(next.map(walk));
    };
    const scripts = [...html.matchAll(/<(?:script|link)\b[^>]*?\s(?:src|href)=["']?([^"'\s>]+)/gi)].map(
      (m) => new URL(m[1]!.replaceAll('&amp;', '&'), url).href,
    );
    await Promise.all(scripts.filter((src) => kitBase(src) && src.endsWith('.js')).map(walk));
  }

  /** A chunk loaded on demand is kept at once unless it is optional or a language (its strings or its names of languages) the page does not use. */
  function wanted(name: string, languages: Set<string>): boolean {
    if (OPTIONAL_CHUNKS.has(name)) return false;
    // The names of languages in one interface language (`names-fr`), like its strings: for its pages only.
    const named = /^names-(\w+)$/.exec(name)?.[1];
    if (named !== undefined) return languages.has(named);
    return !locales.has(name) || languages.has(name.split('-')[0]!);
  }

  return {
    handle(event) {
      const { request } = event;
      if (request.method !== 'GET' || request.cache === 'no-store') return undefined;
      const url = request.url;
      if (request.mode === 'navigate') return pages && inScope(url) ? page(event, url) : undefined;
      const base = kitBase(url);
      if (!base || request.destination !== 'script' || !new URL(url).pathname.endsWith('.js')) return undefined;
      return kitFile(event, url, base);
    },
    async activate() {
      const current = new Set([kitCache, pageCache]);
      for (const name of await scope.caches.keys())
        if (name.startsWith(`${PREFIX}:`) && name.endsWith(`:${scopeUrl}`) && !current.has(name))
          await scope.caches.delete(name);
      if (kitBases.length === 0) return;
      const windows = await scope.clients.matchAll({ type: 'window', includeUncontrolled: true });
      // Same-origin windows outside the scope are listed too: they are not this worker's.
      const urls = new Set(
        windows
          .map((w) => w.url)
          .filter(inScope)
          .map(pageKey),
      );
      await Promise.all([...urls].map((url) => prefill(url).catch(() => undefined)));
    },
  };
}

/**
 * Network first: the network's answer whenever it comes, unless a kept copy exists and the network
 * fails or stays silent for NETWORK_WAIT_MS. Without a copy, the network's own failure stands.
 */
function networkFirst(network: Promise<Response>, kept: Response | undefined): Promise<Response> {
  if (!kept) return network;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(kept), NETWORK_WAIT_MS);
    network.then(
      (response) => {
        clearTimeout(timer);
        // A server error is no better than the copy: 5xx answers show the copy.
        resolve(response.status >= 500 ? kept : response);
      },
      () => {
        clearTimeout(timer);
        resolve(kept);
      },
    );
  });
}

/** A page is kept under its address without query or fragment: a query may hold what a person typed. */
function pageKey(url: string): string {
  const parsed = new URL(url);
  return parsed.origin + parsed.pathname;
}

/** Only a whole answer (200), readable by us (not opaque), not redirected and not marked no-store. */
function keepable(response: Response): boolean {
  return (
    response.status === 200 &&
    (response.type === 'basic' || response.type === 'cors' || response.type === 'default') &&
    !response.redirected &&
    !/no-store/i.test(response.headers.get('cache-control') ?? '')
  );
}

/** `chunks/all/fr-D6woinPW.js` → `fr`: the name rollup gave a chunk, without its hash. */
function chunkName(path: string): string {
  const file = path.slice(path.lastIndexOf('/') + 1);
  return file.replace(/-[\w-]{8}\.js$/, '').replace(/\.js$/, '');
}
