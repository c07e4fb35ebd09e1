/**
 * The kit's offline service worker, built as one classic script (dist/cdn/mrc-kit-sw.js) that a host
 * copies next to its pages and registers with an explicit scope (docs/offline.md):
 *
 *   navigator.serviceWorker.register('/mrc-kit-sw.js?kit=/mrc-kit/', { scope: '/help/' });
 *
 * Registered so, with `kit` (the folder of the kit's CDN files, repeatable) in its address, it keeps
 * the kit's scripts and the pages of its scope. Loaded into a host's own worker instead
 * (`importScripts('/mrc-kit-sw.js')`), whose address has no `kit`, it adds no listener of its own
 * and only defines `self.MrcKitOffline.createOfflineHandler(options)` for the host's handlers.
 */
import { createOfflineHandler, type OfflineHandler, type OfflineOptions } from './offline-handler.js';
import type { ExtendableEventLike, FetchEventLike, WorkerScope } from './worker-scope.js';

/** What this file uses of a service worker's scope beyond what the handler needs. */
interface OwnWorkerScope extends WorkerScope {
  MrcKitOffline?: unknown;
  readonly clients: WorkerScope['clients'] & { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEventLike) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEventLike) => void): void;
}

const scope = globalThis as unknown as OwnWorkerScope;

scope.MrcKitOffline = {
  createOfflineHandler: (options: OfflineOptions): OfflineHandler => createOfflineHandler(scope, options),
};

const kit = new URL(scope.location.href).searchParams.getAll('kit');
if (kit.length > 0) {
  const handler = createOfflineHandler(scope, { kit, pages: true });
  // A new version of this file takes over at once: it answers old and new pages alike.
  scope.addEventListener('install', (event) => event.waitUntil(scope.skipWaiting()));
  scope.addEventListener('activate', (event) => event.waitUntil(scope.clients.claim().then(() => handler.activate())));
  scope.addEventListener('fetch', (event) => {
    const answer = handler.handle(event);
    if (answer) event.respondWith(answer);
  });
}
