// How a query becomes `GET /centres` requests (docs/api/openapi.yaml), sending only what the
// contract allows and as little about the person as the search needs.
import { paging, usableNear, usableRadius } from '../../search/options.js';
import type { CentreQuery } from '../../search/query.js';

/** The parameters that carry what the person typed or where they are. */
const PERSONAL_PARAMETERS: readonly string[] = ['q', 'near', 'radius_km'];

/** The largest page the contract allows. */
const MAX_PER_PAGE = 100;

/** The contract's longest `q`, in characters. */
const MAX_TEXT = 200;
/** Half the Earth's circumference: a larger radius already takes in every place. */
const MAX_RADIUS_KM = 20_040;
/** The smallest radius sent (1 m): the contract wants one above 0. */
const MIN_RADIUS_KM = 0.001;
/** Four decimals of a degree are about 11 m: enough to find the centres nearby, not to pinpoint a home. */
const POSITION_DECIMALS = 4;

/** A number in fixed-point notation with at most `digits` decimals: never `1e-7`, never `-0`. */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits).replace(/\.?0+$/, '');
  return text === '-0' ? '0' : text;
}

/** `near` rounded to about 11 m, as the contract writes it, or undefined when the query has no usable position. */
function nearParameter(query: CentreQuery): string | undefined {
  const near = usableNear(query);
  if (!near) return undefined;
  const lat = Number(near.lat.toFixed(POSITION_DECIMALS));
  const lng = Number(near.lng.toFixed(POSITION_DECIMALS));
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  return `${fixed(lat, POSITION_DECIMALS)},${fixed(lng, POSITION_DECIMALS)}`;
}

/** The radius rounded up to the metre, within what the contract accepts; no radius for an infinite one. */
function radiusParameter(query: CentreQuery): string | undefined {
  const radius = usableRadius(query);
  if (radius === undefined || radius === Infinity) return undefined;
  const km = Math.min(MAX_RADIUS_KM, Math.max(MIN_RADIUS_KM, Math.ceil(radius * 1000) / 1000));
  return fixed(km, 3);
}

/** The query string of one page of `GET /centres`. The position is sent only when the query has a usable one. */
export function centresQueryString(query: CentreQuery, page: { page: number; perPage: number }): string {
  const params = new URLSearchParams();
  const list = (name: string, values: readonly string[] | undefined) => {
    if (values?.length) params.set(name, values.join(','));
  };
  const text = [...(query.text?.trim() ?? '')].slice(0, MAX_TEXT).join('');
  if (text) params.set('q', text);
  const near = nearParameter(query);
  if (near) {
    params.set('near', near);
    const radius = radiusParameter(query);
    if (radius) params.set('radius_km', radius);
  }
  list('services', query.services);
  list('audiences', query.audiences);
  list('languages', query.languages);
  if (query.country) params.set('country', query.country.toUpperCase());
  if (query.region?.trim()) params.set('region', query.region.trim());
  list('kind', query.kinds);
  // An invalid date has no ISO form (toISOString throws): it is left out.
  if (query.openAt && !Number.isNaN(query.openAt.getTime())) params.set('open_at', query.openAt.toISOString());
  if (query.knownOpenOnly) params.set('known_open_only', 'true');
  if (query.sort) params.set('sort', query.sort);
  if (query.locale) params.set('locale', query.locale);
  params.set('per_page', String(page.perPage));
  params.set('page', String(page.page));
  return params.toString();
}

/** Whether a query string carries what the person typed or where they are. */
export function isPersonal(queryString: string): boolean {
  const params = new URLSearchParams(queryString);
  return PERSONAL_PARAMETERS.some((name) => params.has(name));
}

/** A URL without the person's words and position: the only form that may appear in a message or a path. */
export function withoutPersonal(url: string): string {
  try {
    const parsed = new URL(url);
    for (const name of PERSONAL_PARAMETERS) parsed.searchParams.delete(name);
    return parsed.href;
  } catch {
    return url.split('?')[0]!;
  }
}

/** The pages of `GET /centres` that hold a query's items, and how many items of the first to skip. */
export interface PagePlan {
  perPage: number;
  pages: number[];
  skip: number;
  take: number;
}

/**
 * The contract pages by `page` and `per_page`, the SDK by offset and limit. A limit of 100 or less
 * is served by one page when some page size puts the whole range in one page, else by two pages of
 * `limit` items. Limits above 100 are fetched in pages of 100, the largest the contract allows. A
 * limit of 0 still asks for one item, for the total.
 */
export function pagePlan(query: CentreQuery): PagePlan {
  const { offset, limit } = paging(query);
  if (limit === 0) return { perPage: 1, pages: [1], skip: 0, take: 0 };
  const last = offset + limit - 1;
  let perPage = Math.min(limit, MAX_PER_PAGE);
  if (limit <= MAX_PER_PAGE) {
    for (let size = limit; size <= MAX_PER_PAGE; size++) {
      if (Math.floor(offset / size) === Math.floor(last / size)) {
        perPage = size;
        break;
      }
    }
  }
  const first = Math.floor(offset / perPage) + 1;
  const pages = Array.from({ length: Math.floor(last / perPage) + 2 - first }, (_, i) => first + i);
  return { perPage, pages, skip: offset - (first - 1) * perPage, take: limit };
}
