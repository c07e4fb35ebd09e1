import type { Centre } from './centre.js';
import type { Checklist } from './checklist.js';
import type { Hotline } from './hotline.js';
import type { Quiz } from './quiz.js';
import type { TaxonomyTerm } from './taxonomy.js';
import type { DataWarning } from './problems.js';
import type { LocalizedText } from './text.js';

export const DATASET_FORMAT = 'mrc-kit/dataset@1';

/** The `format` of a dataset index: a document listing per-country shard files (docs/data-format.md). */
export const DATASET_INDEX_FORMAT = 'mrc-kit/dataset-index@1';

export interface Publisher {
  name: LocalizedText;
  url?: string;
}

/** A validated dataset: every record in it has passed its checks. */
export interface Dataset {
  format: typeof DATASET_FORMAT;
  publisher: Publisher;
  /** When the publisher last changed the data, YYYY-MM-DD. */
  updated?: string;
  /** The language of plain-string texts, and the last resort of every fallback chain. */
  defaultLocale: string;
  /** Service terms: the default taxonomy, with the dataset's own terms added (same id: theirs wins). */
  taxonomy: TaxonomyTerm[];
  /**
   * The publisher's names of languages, by lowercase language tag (`{ "qaa": { "en": "Casamance
   * Creole" } }`): shown where neither the browser nor the kit can name a language the data uses.
   */
  languageNames?: Readonly<Record<string, LocalizedText>>;
  centres: Centre[];
  hotlines: Hotline[];
  quizzes: Quiz[];
  checklists: Checklist[];
}

export interface LoadResult {
  dataset: Dataset;
  /** Records and fields that were skipped or repaired, each with its JSON path and a reason. */
  warnings: DataWarning[];
  /** Where and when data from a URL was obtained, and whether it is a kept copy; absent for inline data. */
  freshness?: {
    source: string;
    /** When the server gave or last confirmed the data. */
    fetchedAt: Date;
    /** The data came from the copy kept on the device. */
    fromCache: boolean;
    /** Why the kept copy stands in for the server's answer: the network or the server failed. */
    staleReason?: string;
    /**
     * The kept copy is shown while the server is still being asked: fresher data, if any, follows
     * (the client tells its update listeners).
     */
    pending?: boolean;
  };
}

/**
 * Whether data is not known to be current: a kept copy that stands in for a failed request, or
 * one shown while the request is still under way. Data from the server, or a kept copy the server
 * has just confirmed, is current.
 */
export function isKeptCopy(freshness: LoadResult['freshness']): boolean {
  return freshness !== undefined && (freshness.staleReason !== undefined || freshness.pending === true);
}
