import type { Centre } from './centre.js';
import type { Dataset, LoadResult } from './dataset.js';
import type { Hotline } from './hotline.js';
import type { LoadHsdsOptions } from './hsds/hsds-api.js';
import type { LoadOptions } from './load.js';
import type { DataWarning } from './problems.js';
import type { CentreIndex } from './search/index.js';
import type { CentreQuery, SearchResult } from './search/query.js';
import type { CentreScope } from './shards.js';
import type { ApiSource } from './sources/rest-api.js';

/**
 * Where a client's data comes from: exactly one of an inline dataset object (`data`), a dataset
 * file or index URL (`src`), the base URL of an mrc-kit REST API (`api`), or of an HSDS 3 API (`hsds`).
 */
export type ClientSource =
  | { data: unknown; src?: never; api?: never; hsds?: never }
  | { src: string | URL; data?: never; api?: never; hsds?: never }
  | { api: string | URL; data?: never; src?: never; hsds?: never }
  | { hsds: string | URL; data?: never; src?: never; api?: never };

export type ClientOptions = ClientSource & LoadOptions & Pick<LoadHsdsOptions, 'perPage' | 'onProgress'>;

export interface HotlineFilter {
  /** Only these hotlines, in this order. */
  ids?: readonly string[];
  /** Only hotlines serving this country (ISO 3166-1 alpha-2). */
  country?: string;
  /** Only hotlines with this topic. */
  topic?: string;
}

/** Search results, with any records the source sent that were skipped or repaired (API sources). */
export type ClientSearchResult = SearchResult & { warnings: DataWarning[] };

export interface MrcClient {
  /** `inline`, or the URL of the source. */
  readonly source: string;
  /** Loads (once) what every query needs and returns it with its warnings and, for URLs, its freshness. */
  load(): Promise<LoadResult>;
  centres: {
    /** Centres matching a query; `now` (default: the current time) decides open now and a mobile team's next stop. */
    search(query?: CentreQuery, now?: Date): Promise<ClientSearchResult>;
    get(id: string): Promise<Centre | undefined>;
  };
  hotlines: {
    list(filter?: HotlineFilter): Promise<Hotline[]>;
    get(id: string): Promise<Hotline | undefined>;
  };
}

/** Applies a hotline filter; exported for clients that hold their data elsewhere. */
export function filterHotlines(dataset: Dataset, filter: HotlineFilter = {}): Hotline[] {
  let list = dataset.hotlines;
  if (filter.ids) {
    const byId = new Map(list.map((h) => [h.id, h]));
    // An id asked for twice shows once: two identical cards would also clash on their element ids.
    list = [...new Set(filter.ids)].flatMap((id) => byId.get(id) ?? []);
  }
  if (filter.country) {
    const country = filter.country.toUpperCase();
    list = list.filter((h) => h.countries.includes(country));
  }
  if (filter.topic) {
    const topic = filter.topic;
    list = list.filter((h) => h.topics.includes(topic));
  }
  return list;
}

/** A source whose data the SDK holds and searches itself (a dataset, shards, an HSDS import). */
interface LocalSource {
  base(): Promise<LoadResult>;
  centresFor(scope: CentreScope): Promise<LoadResult>;
}

/** Keeps the first success; forgets a failure, so the next call tries again. */
function once(load: () => Promise<LoadResult>): () => Promise<LoadResult> {
  let pending: Promise<LoadResult> | undefined;
  return () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

function whole(load: () => Promise<LoadResult>): LocalSource {
  const loadOnce = once(load);
  return { base: loadOnce, centresFor: loadOnce };
}

/** The scope of a query that decides which shards a sharded dataset must load. */
function scopeOf(query: CentreQuery): CentreScope {
  return {
    ...(query.country && { country: query.country }),
    ...(query.near && { near: query.near }),
    ...(query.near && query.radiusKm !== undefined && { radiusKm: query.radiusKm }),
  };
}

/**
 * Creates a client over one data source. Nothing loads until the first query; the code for a
 * source (the HTTP client, the validator, the HSDS importer, the search index) loads with it, so a
 * page pays only for what it uses.
 */
export function createClient(options: ClientOptions): MrcClient {
  const given = (['data', 'src', 'api', 'hsds'] as const).filter((k) => options[k] !== undefined);
  if (given.length !== 1) {
    throw new TypeError('createClient needs exactly one source: { data }, { src }, { api } or { hsds }.');
  }
  const { data, src, api, hsds, perPage, onProgress, ...loadOptions } = options;
  const url = (value: string | URL) => String(value);

  if (api !== undefined) return apiClient(url(api), loadOptions);

  let local: LocalSource;
  if (src !== undefined) {
    const opening = import('./shards.js').then(({ openDatasetSource }) => openDatasetSource(url(src), loadOptions));
    local = {
      base: async () => (await opening).base(),
      centresFor: async (scope) => (await opening).centresFor(scope),
    };
  } else if (hsds !== undefined) {
    local = whole(async () => {
      const { loadHsds } = await import('./hsds/hsds-api.js');
      // The HSDS importer keeps no offline copy and times each request on its own.
      const { store, totalTimeoutMs, ...hsdsOptions } = loadOptions;
      return loadHsds(url(hsds), {
        ...hsdsOptions,
        ...(perPage !== undefined && { perPage }),
        ...(onProgress && { onProgress }),
      });
    });
  } else {
    local = whole(async () => (await import('./load.js')).loadDataset(data, loadOptions));
  }
  const located = src ?? hsds;
  return localClient(located === undefined ? 'inline' : url(located), local);
}

function localClient(source: string, local: LocalSource): MrcClient {
  // One index per loaded set of centres, built on the first search over it.
  const indexes = new WeakMap<Dataset, Promise<CentreIndex>>();
  const indexOf = (dataset: Dataset): Promise<CentreIndex> => {
    let index = indexes.get(dataset);
    if (!index) {
      index = import('./search/index.js').then(({ createCentreIndex }) => createCentreIndex(dataset));
      indexes.set(dataset, index);
    }
    return index;
  };

  return {
    source,
    load: () => local.base(),
    centres: {
      async search(query = {}, now = new Date()) {
        const { dataset } = await local.centresFor(scopeOf(query));
        return { ...(await indexOf(dataset)).search(query, now), warnings: [] };
      },
      async get(id) {
        const { dataset } = await local.centresFor({});
        return (await indexOf(dataset)).get(id);
      },
    },
    hotlines: {
      list: async (filter) => filterHotlines((await local.base()).dataset, filter),
      get: async (id) => (await local.base()).dataset.hotlines.find((h) => h.id === id),
    },
  };
}

function apiClient(base: string, options: LoadOptions): MrcClient {
  const opening: Promise<ApiSource> = import('./sources/rest-api.js').then(({ openApiSource }) =>
    openApiSource(base, options),
  );
  return {
    source: base,
    load: async () => (await opening).base(),
    centres: {
      search: async (query = {}, now = new Date()) => (await opening).search(query, now),
      get: async (id) => (await (await opening).getCentre(id)).centre,
    },
    hotlines: {
      list: async (filter = {}) => (await (await opening).hotlines(filter)).hotlines,
      get: async (id) => (await (await opening).hotlines({ ids: [id] })).hotlines[0],
    },
  };
}
