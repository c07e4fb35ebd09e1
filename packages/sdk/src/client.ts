import type { Dataset, LoadResult } from './dataset.js';
import type { Hotline } from './hotline.js';
import { loadDataset, type LoadOptions } from './load.js';

/** Where a client's data comes from: exactly one of these. */
export type ClientSource = { data: unknown; src?: never } | { src: string | URL; data?: never };

export type ClientOptions = ClientSource & LoadOptions;

export interface HotlineFilter {
  /** Only these hotlines, in this order. */
  ids?: readonly string[];
  /** Only hotlines serving this country (ISO 3166-1 alpha-2). */
  country?: string;
  /** Only hotlines with this topic. */
  topic?: string;
}

export interface MrcClient {
  /** `inline` or the dataset's URL. */
  readonly source: string;
  /** Loads (once) and returns the dataset with its warnings. */
  load(): Promise<LoadResult>;
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

/**
 * Creates a client over one data source. The data loads on first use and is shared by every
 * query; a failed load is retried on the next query rather than remembered forever.
 */
export function createClient(options: ClientOptions): MrcClient {
  const hasData = 'data' in options && options.data !== undefined;
  const hasSrc = 'src' in options && options.src !== undefined;
  if (hasData === hasSrc) throw new TypeError('createClient needs exactly one source: { data } or { src }.');
  const { data, src, ...loadOptions } = options;
  let pending: Promise<LoadResult> | undefined;

  const load = (): Promise<LoadResult> => {
    pending ??= loadDataset(hasSrc ? src : data, loadOptions).catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };

  return {
    source: hasSrc ? String(src) : 'inline',
    load,
    hotlines: {
      list: async (filter) => filterHotlines((await load()).dataset, filter),
      get: async (id) => (await load()).dataset.hotlines.find((h) => h.id === id),
    },
  };
}
