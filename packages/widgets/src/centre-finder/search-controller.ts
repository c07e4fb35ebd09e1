import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { Task, initialState } from '@lit/task';
import type { CentreResult, ClientSearchResult, MrcClient } from '@mrc-kit/sdk';
import { NO_SOURCE, NoSourceError } from '../base/data-element.js';
import { EMPTY_QUERY, queryKey, toCentreQuery, type FinderQuery } from './finder-query.js';

/** A source that answers slower than this (a remote API) is asked only after a pause in typing. */
const FAST_SEARCH_MS = 30;
export const TYPING_PAUSE_MS = 250;
/** Markers on the map at the most; clustered, they stay usable. */
export const MAP_LIMIT = 2000;

export interface SearchOptions {
  client(): MrcClient | undefined;
  /**
   * The loaded data (the element's load result), undefined until it is loaded: the search waits
   * for it (a search before would load the data twice), and runs again whenever the data is loaded
   * again ("Try again" after a failure, fresher data).
   */
  loaded(): object | undefined;
  locale(): string;
  /** The moment "open now" is computed for; undefined: the current time. */
  now(): Date | undefined;
  /** Whether the map is shown: it needs every match (up to {@link MAP_LIMIT}), not just the list's pages. */
  mapOn(): boolean;
  /** How many results the list asks for, and the way back to its first page. */
  paging: { readonly limit: number; reset(): void };
  /** A new search has its first answer (not called for further pages of the same search). */
  onSearch?(query: FinderQuery, result: ClientSearchResult): void;
}

/** The answer shown: the list's pages, and every match the map shows. */
export interface FinderResults extends ClientSearchResult {
  /** The list: the first `limit` matches. */
  items: CentreResult[];
  /** The map's points: every match up to {@link MAP_LIMIT} when the map is on, else none. */
  all: readonly CentreResult[];
}

interface Fetched {
  key: string;
  client: MrcClient;
  loaded: object;
  at: Date;
  result: ClientSearchResult;
  /** The map's points, kept as one array so the map redraws only when they change. */
  map?: readonly CentreResult[];
}

/**
 * The finder's search: the query as typed values, the words as they are typed, and the results.
 * One search asks the source once for what is shown: with the map on, every match the map shows
 * (the list's pages are slices of it); else the list's pages, each fetched once and added.
 */
export class SearchController implements ReactiveController {
  query: FinderQuery = EMPTY_QUERY;
  /** The words in the search box, which become the query's text once typing pauses. */
  typed = '';
  readonly results: Task<readonly [MrcClient | undefined, object | undefined, string, number, boolean], FinderResults>;
  private lastSearchMs = Infinity;
  private typingTimer?: ReturnType<typeof setTimeout>;
  private fetched?: Fetched;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SearchOptions,
  ) {
    host.addController(this);
    this.results = new Task(host, {
      task: ([client, loaded, key, limit, mapOn], { signal }) =>
        loaded ? this.fetch(client, loaded, key, limit, mapOn, signal) : initialState,
      args: () =>
        [options.client(), options.loaded(), this.searchKey(), options.paging.limit, options.mapOn()] as const,
    });
  }

  /** Changes the query; a different search starts again from its first page. */
  set(patch: Partial<FinderQuery>): void {
    const next = { ...this.query, ...patch };
    if (patch.text !== undefined) {
      clearTimeout(this.typingTimer);
      this.typed = patch.text;
    }
    if (queryKey(next) !== queryKey(this.query)) this.options.paging.reset();
    this.query = next;
    this.host.requestUpdate();
  }

  /** Adds or removes one value of a list filter. */
  toggle(list: 'services' | 'audiences' | 'kinds', value: string, on: boolean): void {
    const current: readonly string[] = this.query[list];
    const values = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.set({ [list]: values });
  }

  /**
   * The words typed so far. Results follow the typing at once when the search is local and fast;
   * a slow source (a remote API) is asked only after a short pause, not once per key on a slow line.
   */
  type(value: string): void {
    this.typed = value;
    clearTimeout(this.typingTimer);
    this.host.requestUpdate();
    this.typingTimer = setTimeout(
      () => this.set({ text: this.typed }),
      this.lastSearchMs < FAST_SEARCH_MS ? 0 : TYPING_PAUSE_MS,
    );
  }

  /** The words typed, searched now (the form was sent). */
  submit(): void {
    this.set({ text: this.typed });
  }

  hostDisconnected(): void {
    clearTimeout(this.typingTimer);
  }

  /** The search without its page size: the same key means "more of the same results". */
  private searchKey(): string {
    return `${queryKey(this.query)} ${this.options.locale()} ${this.options.now()?.getTime() ?? ''}`;
  }

  private async fetch(
    client: MrcClient | undefined,
    loaded: object,
    key: string,
    limit: number,
    mapOn: boolean,
    signal: AbortSignal,
  ): Promise<FinderResults> {
    if (!client) throw new NoSourceError(NO_SOURCE);
    const query = this.query;
    const locale = this.options.locale();
    const wanted = mapOn ? Math.max(limit, MAP_LIMIT) : limit;
    let fetched = this.fetched;
    if (!fetched || fetched.key !== key || fetched.client !== client || fetched.loaded !== loaded) {
      const at = this.options.now() ?? new Date();
      const started = performance.now();
      const result = await client.centres.search(toCentreQuery(query, { at, locale, offset: 0, limit: wanted }), at);
      signal.throwIfAborted();
      this.lastSearchMs = performance.now() - started;
      fetched = this.fetched = { key, client, loaded, at, result };
      this.options.onSearch?.(query, result);
    } else if (fetched.result.items.length < Math.min(wanted, fetched.result.total)) {
      // More of the same search: fetch only what is missing and add it, so a long list grows at
      // the cost of one page, not of everything shown so far. Every page of one search is read at
      // the moment of its first, so the pages fit together (and the SDK can keep their order).
      const { at, result: before } = fetched;
      const offset = before.items.length;
      const page = await client.centres.search(
        toCentreQuery(query, { at, locale, offset, limit: wanted - offset }),
        at,
      );
      signal.throwIfAborted();
      fetched = this.fetched = { ...fetched, result: { ...page, items: [...before.items, ...page.items] } };
    }
    const { result } = fetched;
    const all = mapOn ? (fetched.map ??= result.items.slice(0, MAP_LIMIT)) : [];
    return { ...result, items: result.items.slice(0, limit), all };
  }
}
