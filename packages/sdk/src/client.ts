import type { Centre } from './centre.js';
import type { Checklist } from './checklist.js';
import type { LoadResult } from './dataset.js';
import type { Hotline } from './hotline.js';
import type { HotlineFilter } from './hotline-filter.js';
import type { LoadHsdsOptions } from './hsds/hsds-api.js';
import type { Freshness, LoadOptions } from './load.js';
import { localClient, whole, type LocalSource } from './local-client.js';
import { memo } from './memo.js';
import type { DataWarning } from './problems.js';
import type { Quiz } from './quiz.js';
import type { CentreQuery, SearchResult } from './search/query.js';

export { filterHotlines, type HotlineFilter } from './hotline-filter.js';

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
export type HsdsClientOptions = Pick<
  LoadHsdsOptions,
  'perPage' | 'onProgress' | 'defaultCountry' | 'timeZone' | 'defaultLocale' | 'today'
>;

export type ClientOptions = ClientSource & LoadOptions & HsdsClientOptions;

/**
 * Search results, with the warnings of the data searched: records skipped or repaired, shards that
 * could not be loaded. `freshness`, for data from a URL, says how old it is (for shards: the oldest
 * of those searched) and whether a kept copy stands in for it.
 */
export type ClientSearchResult = SearchResult & { warnings: DataWarning[]; freshness?: Freshness };

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
    /** For a sharded dataset, the index's hotlines: listing them never loads a shard. */
    list(filter?: HotlineFilter): Promise<Hotline[]>;
    get(id: string): Promise<Hotline | undefined>;
  };
  quizzes: {
    /** Every quiz of the source (for a sharded dataset: the index's; listing them never loads a shard). */
    list(): Promise<Quiz[]>;
    get(id: string): Promise<Quiz | undefined>;
    /**
     * The quiz with this id (without one, the first), with the warnings of the records read to
     * answer: a source that validates each answer on its own (an API) has them. Sources whose
     * warnings all come with `load()` may leave this out.
     */
    find?(id?: string): Promise<{ quiz?: Quiz; warnings: DataWarning[] }>;
  };
  checklists: {
    /** Every checklist of the source (a sharded dataset's are in its index; an API's in its description, `GET /meta`). */
    list(): Promise<Checklist[]>;
    get(id: string): Promise<Checklist | undefined>;
  };
}

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
  const { data, src, api, hsds, perPage, onProgress, defaultCountry, timeZone, defaultLocale, today, ...loadOptions } =
    options;
  const url = (value: string | URL) => String(value);

  if (api !== undefined) return apiClient(url(api), loadOptions);

  let local: LocalSource;
  if (src !== undefined) {
    const opening = memo(async () => (await import('./shards.js')).openDatasetSource(url(src), loadOptions));
    local = {
      base: async () => (await opening.get()).base(),
      centresFor: async (scope) => (await opening.get()).centresFor(scope),
      centre: async (id) => (await opening.get()).centre(id),
    };
  } else if (hsds !== undefined) {
    local = whole(async () => {
      const { loadHsds } = await import('./hsds/hsds-api.js');
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
