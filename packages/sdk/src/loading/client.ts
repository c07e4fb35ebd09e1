import type { LoadHsdsOptions } from '../hsds/hsds-api.js';
import { memo, resolveUrl, sharedClient } from './cache.js';
import { localClient, whole, type LocalSource } from './local-client.js';
import type { MrcClient } from './mrc-client.js';
import type { DataUpdate, LoadOptions } from './options.js';
import { startRequest } from './request.js';

export { filterHotlines, type HotlineFilter } from '../search/hotline-filter.js';
export type { ClientSearchResult, MrcClient } from './mrc-client.js';

/**
 * Where a client's data comes from: exactly one of an inline dataset object (`data`), a dataset
 * file or index URL (`src`), the base URL of an mrc-kit REST API (`api`), or of an HSDS 3 API (`hsds`).
 */
export type ClientSource =
  | { data: unknown; src?: never; api?: never; hsds?: never }
  | { src: string | URL; data?: never; api?: never; hsds?: never }
  | { api: string | URL; data?: never; src?: never; hsds?: never }
  | { hsds: string | URL; data?: never; src?: never; api?: never };

/** The options of an `hsds` source: paging, and how the HSDS records are read (docs/hsds.md). */
type HsdsClientOptions = Pick<
  LoadHsdsOptions,
  'perPage' | 'onProgress' | 'defaultCountry' | 'timeZone' | 'defaultLocale' | 'today'
>;

export type ClientOptions = ClientSource &
  LoadOptions &
  HsdsClientOptions & {
    /**
     * One client for the page: every `shared` client of the same kind of source and URL (relative
     * URLs resolve against the page) is one object, made with the options of the first call, so
     * elements pointing at the same file or API load it once. Inline data is never shared.
     */
    shared?: boolean;
  };

/**
 * Creates a client over one data source. Nothing loads until the first query; the code for a
 * source (the HTTP client, the validator, the HSDS importer, the search index) loads with it, so a
 * page pays only for what it uses. A module that fails to load is loaded again on the next query.
 */
export function createClient(options: ClientOptions): MrcClient {
  const given = (['data', 'src', 'api', 'hsds'] as const).filter((k) => options[k] !== undefined);
  if (given.length !== 1) {
    throw new TypeError('createClient needs exactly one source: { data }, { src }, { api } or { hsds }.');
  }
  const { shared, ...own } = options;
  const kind = given[0]!;
  if (shared && kind !== 'data') {
    return sharedClient(kind, own[kind] as string | URL, (url) => clientOf({ ...own, [kind]: url } as ClientOptions));
  }
  // A dataset URL is resolved here, once; an API's base is taken as given (the HSDS importer resolves its own).
  return clientOf(own.src === undefined ? own : { ...own, src: resolveUrl(own.src) });
}

/** The client of one source; a dataset URL (`src`) is already resolved. */
function clientOf(options: ClientOptions): MrcClient {
  const { data, src, api, hsds, perPage, onProgress, defaultCountry, timeZone, defaultLocale, today, ...loadOptions } =
    options;
  const url = (value: string | URL) => String(value);

  if (api !== undefined) return apiClient(url(api), loadOptions);

  let local: LocalSource;
  if (src !== undefined) {
    const listeners = new Set<(update: DataUpdate) => void>();
    const onUpdate = (update: DataUpdate) => {
      for (const listener of [...listeners]) listener(update);
    };
    const opening = memo(async () => {
      // The request starts now, while the code that reads the answer is still on its way.
      const started = startRequest(url(src), loadOptions);
      const [{ openResolved }] = await loaders();
      return openResolved(url(src), loadOptions, { started, onUpdate });
    });
    local = {
      base: async () => (await opening.get()).base(),
      centresFor: async (scope) => (await opening.get()).centresFor(scope),
      centre: async (id) => (await opening.get()).centre(id),
      onUpdate(listener) {
        listeners.add(listener);
        return () => void listeners.delete(listener);
      },
    };
  } else if (hsds !== undefined) {
    local = whole(async () => {
      const { loadHsds } = await import('../hsds/hsds-api.js');
      // The HSDS importer keeps no offline copy and times each request on its own.
      const { store, totalTimeoutMs, retryStaleAfterMs, ...fetchOptions } = loadOptions;
      return loadHsds(url(hsds), {
        ...fetchOptions,
        ...(perPage !== undefined && { perPage }),
        ...(onProgress && { onProgress }),
        ...(defaultCountry !== undefined && { defaultCountry }),
        ...(timeZone !== undefined && { timeZone }),
        ...(defaultLocale !== undefined && { defaultLocale }),
        ...(today !== undefined && { today }),
      });
    });
  } else {
    local = whole(
      async () => (await import('./load.js')).loadDataset(data, loadOptions),
      loadOptions.retryStaleAfterMs,
    );
  }
  const located = src ?? hsds;
  return localClient(located === undefined ? 'inline' : url(located), local);
}

/**
 * The modules a dataset URL needs, asked for together: one round trip on a slow line, not one per
 * module as each would find the next.
 */
function loaders() {
  return Promise.all([
    import('./shards.js'),
    import('./fetch-json.js'),
    import('../model/validate/dataset.js'),
    import('./dataset-index.js'),
  ]);
}

function apiClient(base: string, options: LoadOptions): MrcClient {
  // The API source keeps no offline copy: its answers depend on the person's words and position.
  const { store, retryStaleAfterMs, ...fetchOptions } = options;
  const opening = memo(async () => (await import('./sources/rest-api.js')).openApiSource(base, fetchOptions));
  return {
    source: base,
    load: async () => (await opening.get()).base(),
    centres: {
      search: async (query = {}, now = new Date()) => (await opening.get()).search(query, now),
      get: async (id) => (await (await opening.get()).getCentre(id)).centre,
    },
    hotlines: {
      list: async (filter = {}) => (await (await opening.get()).hotlines(filter)).hotlines,
      get: async (id) => (await (await opening.get()).hotlines({ ids: [id] })).hotlines[0],
    },
    quizzes: {
      list: async () => (await (await opening.get()).quizzes()).quizzes,
      get: async (id) => (await (await opening.get()).getQuiz(id)).quiz,
      find: async (id) => {
        const source = await opening.get();
        if (id !== undefined) return source.getQuiz(id);
        const { quizzes, warnings } = await source.quizzes();
        return { ...(quizzes[0] && { quiz: quizzes[0] }), warnings };
      },
    },
    checklists: {
      list: async () => [...(await (await opening.get()).base()).dataset.checklists],
      get: async (id) => (await (await opening.get()).base()).dataset.checklists.find((c) => c.id === id),
    },
  };
}
