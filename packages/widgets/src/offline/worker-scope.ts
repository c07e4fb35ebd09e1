/**
 * The few parts of a service worker's global scope the offline handler uses (a worker's `self`
 * has them all). The kit is compiled with the DOM's types, which do not describe service workers;
 * these are the standard ones, narrowed to what is used.
 */
export interface ExtendableEventLike {
  waitUntil(promise: Promise<unknown>): void;
}

export interface FetchEventLike extends ExtendableEventLike {
  readonly request: Request;
  respondWith(response: Promise<Response> | Response): void;
}

export interface WorkerScope {
  readonly location: { readonly href: string };
  readonly registration: { readonly scope: string };
  readonly caches: CacheStorage;
  readonly clients: {
    matchAll(options: { type: 'window'; includeUncontrolled: boolean }): Promise<readonly { readonly url: string }[]>;
  };
  fetch(input: RequestInfo | URL, init?: RequestInit): Promise<Response>;
}
