import type { Centre } from '../centre.js';
import type { HotlineFilter } from '../client.js';
import type { Dataset, LoadResult } from '../dataset.js';
import { DatasetError } from '../errors.js';
import type { FetchOptions } from '../fetch-json.js';
import type { Hotline } from '../hotline.js';
import { openingStatus } from '../hours.js';
import type { DataWarning } from '../problems.js';
import type { CentreQuery, SearchResult } from '../search/query.js';

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
}

/** The query string of `GET /centres` for a query. The position is sent only when the query has one. */
export function centresQueryString(query: CentreQuery): string {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[] | undefined) => {
    if (values?.length) params.set(name, values.join(','));
  };
  if (query.text?.trim()) params.set('q', query.text.trim());
  if (query.near) params.set('near', `${query.near.lat},${query.near.lng}`);
  if (query.radiusKm !== undefined) params.set('radius_km', String(query.radiusKm));
  list('services', query.services);
  list('audiences', query.audiences);
  list('languages', query.languages);
  if (query.country) params.set('country', query.country.toUpperCase());
  list('kind', query.kinds);
  if (query.openAt) params.set('open_at', query.openAt.toISOString());
  if (query.knownOpenOnly) params.set('known_open_only', 'true');
  if (query.sort) params.set('sort', query.sort);
  if (query.locale) params.set('locale', query.locale);
  const perPage = Math.min(100, Math.max(1, query.limit ?? 50));
  params.set('per_page', String(perPage));
  params.set('page', String(Math.floor((query.offset ?? 0) / perPage) + 1));
  return params.toString();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Re-roots the validator's paths (`$.centres[2].name`) at the place in the API's answer (`$.items[2].centre.name`). */
function reroot(warnings: DataWarning[], from: string, to: (index: string) => string, url: string): DataWarning[] {
  const pattern = new RegExp(`^\\$\\.${from}\\[(\\d+)\\]`);
  return warnings.map((w) => ({ ...w, path: `${url} ${w.path.replace(pattern, (_, i: string) => to(i))}` }));
}

export function openApiSource(base: string, options: FetchOptions = {}): ApiSource {
  const root = base.replace(/\/+$/, '');
  let meta: Promise<LoadResult> | undefined;

  const get = async (path: string): Promise<unknown> => {
    const { fetchJson } = await import('../fetch-json.js');
    return fetchJson(`${root}${path}`, options);
  };
  const validate = async (doc: Record<string, unknown>, url: string): Promise<LoadResult> => {
    const { validateDataset } = await import('../validate/dataset.js');
    return validateDataset(doc, url);
  };
  /** Wraps API records in the envelope of the description, so the dataset validator reads them. */
  const asDataset = (described: Dataset, records: Record<string, unknown>) => ({
    format: 'mrc-kit/dataset@1',
    publisher: described.publisher,
    defaultLocale: described.defaultLocale,
    taxonomy: described.taxonomy,
    ...records,
  });

  const source: ApiSource = {
    base() {
      meta ??= (async () => {
        const url = `${root}/meta`;
        const doc = await get('/meta');
        if (!isObject(doc) || doc.format !== 'mrc-kit/api@1') {
          throw new DatasetError(`${url} is not an mrc-kit API description (expected "format": "mrc-kit/api@1").`, url);
        }
        return validate({ ...doc, format: 'mrc-kit/dataset@1' }, url);
      })().catch((error: unknown) => {
        meta = undefined;
        throw error;
      });
      return meta;
    },

    async search(query, now) {
      const { dataset: described } = await source.base();
      const path = `/centres?${centresQueryString(query)}`;
      const page = await get(path);
      if (!isObject(page) || !Array.isArray(page.items) || typeof page.total !== 'number') {
        throw new DatasetError(`${root}${path} did not answer with a page of centres.`, root + path);
      }
      const items = page.items as unknown[];
      const distances = items.map((item) =>
        isObject(item) && typeof item.distance_km === 'number' ? item.distance_km : undefined,
      );
      const { dataset, warnings } = await validate(
        asDataset(described, { centres: items.map((item) => (isObject(item) ? item.centre : item)) }),
        root + path,
      );
      // Records the validator skipped leave the page; match the kept ones back to their distances by id.
      const distanceById = new Map<string, number | undefined>();
      items.forEach((item, i) => {
        const id = isObject(item) && isObject(item.centre) ? item.centre.id : undefined;
        if (typeof id === 'string') distanceById.set(id, distances[i]);
      });
      const at = query.openAt ?? now;
      return {
        total: page.total,
        items: dataset.centres.map((centre) => {
          const distanceKm = distanceById.get(centre.id);
          return { centre, status: openingStatus(centre.hours, at), ...(distanceKm !== undefined && { distanceKm }) };
        }),
        warnings: reroot(warnings, 'centres', (i) => `$.items[${i}].centre`, root + path),
      };
    },

    async getCentre(id) {
      const { dataset: described } = await source.base();
      const path = `/centres/${encodeURIComponent(id)}`;
      let doc: unknown;
      try {
        doc = await get(path);
      } catch (error) {
        // A 404 is an answer, not a failure: there is no such centre.
        if (error instanceof DatasetError && / 404\b/.test(error.message)) return { warnings: [] };
        throw error;
      }
      const { dataset, warnings } = await validate(asDataset(described, { centres: [doc] }), root + path);
      const centre = dataset.centres[0];
      return { ...(centre && { centre }), warnings: reroot(warnings, 'centres', () => '$', root + path) };
    },

    async hotlines(filter) {
      const { dataset: described } = await source.base();
      const params = new URLSearchParams();
      if (filter.ids?.length) params.set('ids', filter.ids.join(','));
      if (filter.country) params.set('country', filter.country.toUpperCase());
      if (filter.topic) params.set('topic', filter.topic);
      const query = params.toString();
      const path = `/hotlines${query ? `?${query}` : ''}`;
      const doc = await get(path);
      if (!isObject(doc) || !Array.isArray(doc.items)) {
        throw new DatasetError(`${root}${path} did not answer with a list of hotlines.`, root + path);
      }
      const { dataset, warnings } = await validate(asDataset(described, { hotlines: doc.items }), root + path);
      return {
        hotlines: dataset.hotlines,
        warnings: reroot(warnings, 'hotlines', (i) => `$.items[${i}]`, root + path),
      };
    },
  };
  return source;
}
