import type { Centre } from '../../model/centre.js';
import type { HotlineFilter } from '../../search/hotline-filter.js';
import type { Dataset, LoadResult } from '../../model/dataset.js';
import { DatasetError } from '../../model/errors.js';
import type { FetchOptions, PersonalRequest } from '../fetch-json.js';
import type { Hotline } from '../../model/hotline.js';
import { memo } from '../cache.js';
import type { DataWarning } from '../../model/problems.js';
import type { Quiz } from '../../model/quiz.js';
import type { CentreQuery, SearchResult } from '../../search/query.js';
import { centreStatus } from '../../search/status.js';
import { centresQueryString, isPersonal, pagePlan, withoutPersonal } from './api-query.js';

export { centresQueryString } from './api-query.js';

/**
 * A client for the kit's REST API (docs/api/openapi.yaml). The server searches; the SDK validates
 * every record it receives exactly as it validates a dataset file, so a bad record from an API is
 * skipped and reported like one from a file.
 */
export interface ApiSource {
  base(): Promise<LoadResult>;
  search(query: CentreQuery, now: Date): Promise<SearchResult & { warnings: DataWarning[] }>;
  getCentre(id: string): Promise<{ centre?: Centre; warnings: DataWarning[] }>;
  hotlines(filter: HotlineFilter): Promise<{ hotlines: Hotline[]; warnings: DataWarning[] }>;
  quizzes(): Promise<{ quizzes: Quiz[]; warnings: DataWarning[] }>;
  getQuiz(id: string): Promise<{ quiz?: Quiz; warnings: DataWarning[] }>;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Re-roots the validator's paths (`$.centres[2].name`) at the place in the API's answer (`$.items[2].centre.name`). */
function reroot(warnings: DataWarning[], from: string, to: (index: string) => string, url: string): DataWarning[] {
  const pattern = new RegExp(`^\\$\\.${from}\\[(\\d+)\\]`);
  return warnings.map((w) => ({ ...w, path: `${url} ${w.path.replace(pattern, (_, i: string) => to(i))}` }));
}

/** One raw item of a page of centres, with the page's URL as it may be shown and its place in the page. */
interface Received {
  item: unknown;
  shownUrl: string;
  index: number;
}

export function openApiSource(base: string, options: FetchOptions = {}): ApiSource {
  const root = base.replace(/\/+$/, '');

  const get = async (path: string, personal?: PersonalRequest): Promise<unknown> => {
    const { fetchJson } = await import('../fetch-json.js');
    return fetchJson(`${root}${path}`, { ...options, ...(personal && { personal }) });
  };
  const validate = async (doc: Record<string, unknown>, url: string): Promise<LoadResult> => {
    const { validateDataset } = await import('../../model/validate/dataset.js');
    return validateDataset(doc, url);
  };
  /** Wraps API records in the envelope of the description, so the dataset validator reads them. */
  const asDataset = (described: Dataset, records: Record<string, unknown>) => ({
    format: 'mrc-kit/dataset@1',
    publisher: described.publisher,
    defaultLocale: described.defaultLocale,
    taxonomy: described.taxonomy,
    ...(described.languageNames && { languageNames: described.languageNames }),
    ...records,
  });

  /** One page of `GET /centres`. Its URL may carry the person's words and position: only `shownUrl` leaves this function. */
  const centresPage = async (query: CentreQuery, page: number, perPage: number) => {
    const queryString = centresQueryString(query, { page, perPage });
    const url = `${root}/centres?${queryString}`;
    const shownUrl = withoutPersonal(url);
    const answer = await get(`/centres?${queryString}`, isPersonal(queryString) ? { shownUrl } : undefined);
    if (!isObject(answer) || !Array.isArray(answer.items) || typeof answer.total !== 'number') {
      throw new DatasetError(`${shownUrl} did not answer with a page of centres.`, shownUrl);
    }
    return { total: answer.total, items: answer.items as unknown[], shownUrl };
  };

  /** One record from `/{key}/{id}`, validated as a file's would be; a 404 is an answer (no such record), not a failure. */
  const fetchOne = async (key: 'centres' | 'quizzes', id: string) => {
    const { dataset: described } = await source.base();
    const path = `/${key}/${encodeURIComponent(id)}`;
    let doc: unknown;
    try {
      doc = await get(path);
    } catch (error) {
      if (error instanceof DatasetError && / 404\b/.test(error.message)) return { warnings: [] };
      throw error;
    }
    const { dataset, warnings } = await validate(asDataset(described, { [key]: [doc] }), root + path);
    return { dataset, warnings: reroot(warnings, key, () => '$', root + path) };
  };

  /** The records of a list answer (`{ items: [...] }`) at `path`, validated as a file's would be. */
  const fetchList = async (key: 'hotlines' | 'quizzes', path: string) => {
    const { dataset: described } = await source.base();
    const doc = await get(path);
    if (!isObject(doc) || !Array.isArray(doc.items)) {
      throw new DatasetError(`${root}${path} did not answer with a list of ${key}.`, root + path);
    }
    const { dataset, warnings } = await validate(asDataset(described, { [key]: doc.items }), root + path);
    return { dataset, warnings: reroot(warnings, key, (i) => `$.items[${i}]`, root + path) };
  };

  const meta = memo(async () => {
    const url = `${root}/meta`;
    const doc = await get('/meta');
    if (!isObject(doc) || doc.format !== 'mrc-kit/api@1') {
      throw new DatasetError(`${url} is not an mrc-kit API description (expected "format": "mrc-kit/api@1").`, url);
    }
    return validate({ ...doc, format: 'mrc-kit/dataset@1' }, url);
  });

  const source: ApiSource = {
    base: () => meta.get(),

    async search(query, now) {
      const { dataset: described } = await source.base();
      const plan = pagePlan(query);
      const pages = await Promise.all(plan.pages.map((page) => centresPage(query, page, plan.perPage)));
      // The items of the range asked for, wherever they fall in the pages.
      const received: Received[] = pages
        .flatMap((page) => page.items.map((item, index) => ({ item, shownUrl: page.shownUrl, index })))
        .slice(plan.skip, plan.skip + plan.take);
      const distanceById = new Map<string, number>();
      for (const { item } of received) {
        if (isObject(item) && isObject(item.centre) && typeof item.centre.id === 'string') {
          if (typeof item.distance_km === 'number') distanceById.set(item.centre.id, item.distance_km);
        }
      }
      const firstUrl = pages[0]!.shownUrl;
      const { dataset, warnings } = await validate(
        asDataset(described, { centres: received.map(({ item }) => (isObject(item) ? item.centre : item)) }),
        firstUrl,
      );
      const at = query.openAt && !Number.isNaN(query.openAt.getTime()) ? query.openAt : now;
      return {
        total: pages[0]!.total,
        // Records the validator skipped leave the page; the kept ones find their distances by id.
        items: dataset.centres.map((centre) => {
          const distanceKm = distanceById.get(centre.id);
          return { centre, status: centreStatus(centre, at), ...(distanceKm !== undefined && { distanceKm }) };
        }),
        warnings: warnings.map((w) => {
          const match = /^\$\.centres\[(\d+)\]/.exec(w.path);
          const from = match ? received[Number(match[1])] : undefined;
          if (!match || !from) return { ...w, path: `${firstUrl} ${w.path}` };
          return { ...w, path: `${from.shownUrl} $.items[${from.index}].centre${w.path.slice(match[0].length)}` };
        }),
      };
    },

    async getCentre(id) {
      const { dataset, warnings } = await fetchOne('centres', id);
      const centre = dataset?.centres[0];
      return { ...(centre && { centre }), warnings };
    },

    async hotlines(filter) {
      const params = new URLSearchParams();
      if (filter.ids?.length) params.set('ids', filter.ids.join(','));
      if (filter.country) params.set('country', filter.country.toUpperCase());
      if (filter.topic) params.set('topic', filter.topic);
      const query = params.toString();
      const { dataset, warnings } = await fetchList('hotlines', `/hotlines${query ? `?${query}` : ''}`);
      return { hotlines: dataset.hotlines, warnings };
    },

    async quizzes() {
      const { dataset, warnings } = await fetchList('quizzes', '/quizzes');
      return { quizzes: dataset.quizzes, warnings };
    },

    async getQuiz(id) {
      const { dataset, warnings } = await fetchOne('quizzes', id);
      const quiz = dataset?.quizzes[0];
      return { ...(quiz && { quiz }), warnings };
    },
  };
  return source;
}
