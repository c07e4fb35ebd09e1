import type { Centre } from '../model/centre.js';
import type { Checklist } from '../model/checklist.js';
import type { LoadResult } from '../model/dataset.js';
import type { Hotline } from '../model/hotline.js';
import type { DataWarning } from '../model/problems.js';
import type { Quiz } from '../model/quiz.js';
import type { HotlineFilter } from '../search/hotline-filter.js';
import type { CentreQuery, SearchResult } from '../search/query.js';
import type { DataUpdate, Freshness } from './options.js';

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
  /**
   * Listens for data replaced after the client gave it: a dataset file's kept copy, shown at once
   * while the server was slow (`freshness.pending`), followed by the server's answer; a copy
   * standing in for a failed request, replaced when the network is back. Queries made after the
   * call get the new data. Returns the function that stops listening. Sources without an offline
   * copy (inline data, APIs) have none.
   */
  onUpdate?(listener: (update: DataUpdate) => void): () => void;
  centres: {
    /** Centres matching a query; `now` (default: the current time) decides open now and a mobile team's next stop. */
    search(query?: CentreQuery, now?: Date): Promise<ClientSearchResult>;
    get(id: string): Promise<Centre | undefined>;
    /**
     * Says that searches are coming (a centre finder on the page): the search engine's code is
     * asked for now, alongside the data, rather than after it. Sources that search elsewhere have none.
     */
    prepare?(): void;
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
