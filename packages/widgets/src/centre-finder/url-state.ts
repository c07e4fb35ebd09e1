/**
 * The finder's search in the page's address, so a link can be shared and the back button works.
 * Parameters carry an `mrc-` prefix so they never clash with the host page's own; the person's
 * position is never written (a shared link must not reveal where someone was).
 */
export interface UrlState {
  text: string;
  services: readonly string[];
  audiences: readonly string[];
  languages: readonly string[];
  kinds: readonly string[];
  openNow: boolean;
  country: string;
  region: string;
  centre: string | undefined;
}

const LISTS = ['services', 'audiences', 'languages', 'kinds'] as const;

export function readUrlState(search: string): Partial<UrlState> {
  const params = new URLSearchParams(search);
  const state: Partial<UrlState> = {};
  if (params.has('mrc-q')) state.text = params.get('mrc-q') ?? '';
  for (const list of LISTS) {
    const value = params.get(`mrc-${list}`);
    if (value !== null) state[list] = value.split(',').filter(Boolean);
  }
  if (params.has('mrc-open')) state.openNow = params.get('mrc-open') === '1';
  if (params.has('mrc-country')) state.country = (params.get('mrc-country') ?? '').toUpperCase();
  if (params.has('mrc-region')) state.region = params.get('mrc-region') ?? '';
  state.centre = params.get('mrc-centre') ?? undefined;
  return state;
}

/** The page's query string with the finder's parameters replaced (the host's own are kept as they are). */
export function writeUrlState(search: string, state: UrlState): string {
  const params = new URLSearchParams(search);
  for (const key of [...params.keys()]) if (key.startsWith('mrc-')) params.delete(key);
  if (state.text.trim()) params.set('mrc-q', state.text.trim());
  for (const list of LISTS) if (state[list].length > 0) params.set(`mrc-${list}`, state[list].join(','));
  if (state.openNow) params.set('mrc-open', '1');
  if (state.country) params.set('mrc-country', state.country);
  if (state.region) params.set('mrc-region', state.region);
  if (state.centre) params.set('mrc-centre', state.centre);
  const query = params.toString();
  return query ? `?${query}` : '';
}
