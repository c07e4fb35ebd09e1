import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import {
  AUDIENCES,
  AUDIENCE_NAMES,
  CENTRE_KINDS,
  type CentreKind,
  type CentreQuery,
  type CentreResult,
  type Channel,
  type ClientSearchResult,
  type Dataset,
  type LoadResult,
  type MrcClient,
  type Position,
  centreStatus,
} from '@mrc-kit/sdk';
import { copyNumber, copyOutcome } from '../base/channels.js';
import { MrcDataElement, NO_SOURCE, NoSourceError } from '../base/data-element.js';
import { renderLoadError } from '../base/states.js';
import { MrcCentreSelectEvent, MrcContactEvent, MrcErrorEvent, MrcSearchEvent } from '../base/events.js';
import { countryName, formatDate, formatLanguages } from '../base/format.js';
import { dirOf, textIn } from '../base/texts.js';
import { statusText } from '../base/status-text.js';
import { renderCentreDetails } from './centre-details.js';
import { centreFinderStyles } from './centre-finder.styles.js';
import { askPosition, parseList, parseNear, type PositionProblem } from './geolocation.js';
import { countriesOf, findRegion, regionsOf, type RegionChoice } from './place-choices.js';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';
import { listCountText, renderShortlistBar, renderShortlistView } from './shortlist.js';
import type { MapSelectDetail } from './finder-map.js';
import { formatDistance, kindLabel } from './result-texts.js';

const PAGE = 50;
/** A source that answers slower than this (a remote API) is asked only after a pause in typing. */
const FAST_SEARCH_MS = 30;
const TYPING_PAUSE_MS = 250;
/** Markers on the map at the most; clustered, they stay usable. */
const MAP_LIMIT = 2000;
/** How long typing must pause before the new count is read out. */
const ANNOUNCE_PAUSE_MS = 1000;

type Located = 'idle' | 'asking' | 'located' | PositionProblem;

interface Query {
  client: MrcClient | undefined;
  text: string;
  services: string;
  audiences: string;
  languages: string;
  kinds: string;
  openNow: boolean;
  country: string;
  region: string;
  near: Position | undefined;
  radiusKm: number | undefined;
  limit: number;
  locale: string;
  now: number | undefined;
}

/**
 * Finds the centres, mobile teams and online services that can help, near the person or in a
 * place, by service, audience, language, kind and open now; with every detail needed to go there
 * or get in touch. The person's position is asked for only when they press "Use my location", and
 * it never leaves the page.
 *
 * @tagname mrc-centre-finder
 * @summary Centre finder: search, filters, nearest first, details and contacts.
 *
 * @slot - Fallback content (a link to a list of centres, say), shown before the element loads and whenever its data cannot be loaded.
 *
 * @csspart base - The element's inner root.
 * @csspart map - The map (with the `map` attribute).
 * @csspart search - The search form.
 * @csspart input - The search box.
 * @csspart locate - The "use my location" button.
 * @csspart filters - The filters disclosure.
 * @csspart summary - The line that says how many centres were found.
 * @csspart results - The result list.
 * @csspart result - One result (a button that opens its details).
 * @csspart more - The "show more" button.
 * @csspart details - The details of the selected centre.
 * @csspart back - The "back to the list" button.
 * @csspart print - The "print or save" button.
 * @csspart shortlist - The bar that counts the centres on the person's list and opens it.
 * @csspart shortlist-view - The person's list: every centre on it with its details, to print or save.
 * @csspart shortlist-toggle - The "add to my list" / "remove from my list" button.
 * @csspart hours - The week's opening hours table.
 * @csspart address - The address.
 * @csspart directions - The directions links.
 * @csspart stops - A mobile team's next stops.
 * @csspart channels - The list of contact channels.
 * @csspart channel - One channel.
 * @csspart action - A link that calls, messages or writes.
 * @csspart copy - A copy-number button.
 * @csspart channel-info - A channel's hours and languages.
 * @csspart message - Loading, empty, offline and error messages.
 * @csspart retry - The "try again" button.
 *
 * @cssproperty [--mrc-font-family=inherit] - Font of the element.
 * @cssproperty [--mrc-font-size=max(1rem, 16px)] - Base text size: never under 16 px, whatever the page's root size.
 * @cssproperty [--mrc-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--mrc-color-muted=#595959] - Secondary text colour.
 * @cssproperty [--mrc-color-surface=#ffffff] - Background of cards.
 * @cssproperty [--mrc-color-border=#c9c9c9] - Borders.
 * @cssproperty [--mrc-color-primary=#0b5cad] - Actions and links.
 * @cssproperty [--mrc-color-on-primary=#ffffff] - Text on primary actions.
 * @cssproperty [--mrc-color-open=#1b6e2d] - "Open now".
 * @cssproperty [--mrc-color-closed=#a8201a] - "Closed now".
 * @cssproperty [--mrc-color-focus=#ffbf47] - Focus ring.
 * @cssproperty [--mrc-color-skeleton=#e6e6e6] - Loading placeholders.
 * @cssproperty [--mrc-radius=8px] - Corner radius.
 * @cssproperty [--mrc-space=1rem] - Base spacing.
 * @cssproperty [--mrc-space-after=2rem] - Space below the element (a host's margin rule wins).
 * @cssproperty [--mrc-measure=42rem] - Longest line of a paragraph.
 * @cssproperty [--mrc-line-height=1.5] - Line height (the host page's own does not reach inside).
 * @cssproperty [--mrc-letter-spacing=normal] - Letter spacing (the host page's own does not reach inside).
 * @cssproperty [--mrc-color-focus-heading=var(--mrc-color-primary)] - Underline of a heading the focus moves to.
 * @cssproperty [--mrc-map-height=20rem] - Height of the map.
 *
 * @event mrc-centre-select - A centre's details were opened. `detail`: `{ centreId }`.
 * @event mrc-search - A search finished. `detail`: the filters in force and `total`; never the position or the words typed.
 * @event mrc-contact - A contact channel was used. `detail`: `{ centreId, channel }`.
 * @event mrc-error - The data could not be loaded. `detail`: `{ message, source, error }`.
 * @event mrc-data-warning - Records were skipped or repaired. `detail`: `{ source, warnings }`.
 */
export class MrcCentreFinder extends MrcDataElement {
  static override styles = centreFinderStyles;

  /** Show only this country (ISO 3166-1 alpha-2); the person can change it when the data has several. */
  @property() country?: string;

  /** Show only this region (its name in any of the dataset's languages); the person can change it when the country has several. */
  @property() region?: string;

  /** Service ids to preselect, separated by spaces or commas. */
  @property() services?: string;

  /** Audiences to preselect (`returnees`, `families`…), separated by spaces or commas. */
  @property() audience?: string;

  /** A place to search around, `"lat,lng"` (a town's centre, say). The person's own position is never asked for unless they press the button. */
  @property() near?: string;

  /** With a position: only centres within this many kilometres. */
  @property({ attribute: 'radius-km', type: Number }) radiusKm?: number;

  /** Heading level of the details' centre name (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** Show a map of the results. Off by default: the map loads its code and tiles only when switched on, and the tile server sees the area viewed. */
  @property({ type: Boolean }) map = false;

  /** Tile URL template for the map (`{z}/{x}/{y}`). Default: OpenStreetMap's tiles. */
  @property({ attribute: 'tile-url' }) tileUrl?: string;

  /** Attribution shown on the map, as text. Default: "© OpenStreetMap contributors". */
  @property({ attribute: 'tile-attribution' }) tileAttribution?: string;

  /** Keep the search, filters and selected centre in the page's address (never the position), so a link can be shared and the back button works. */
  @property({ attribute: 'sync-url', type: Boolean }) syncUrl = false;

  /** The moment "open now" is computed for. Default: the current time. For demos and tests. */
  @property({ attribute: false }) now?: Date;

  @state() private typed = '';
  @state() private text = '';
  @state() private chosenServices: string[] = [];
  @state() private chosenAudiences: string[] = [];
  @state() private chosenLanguages: string[] = [];
  @state() private chosenKinds: CentreKind[] = [];
  @state() private openNow = false;
  @state() private chosenCountry = '';
  @state() private chosenRegion = '';
  @state() private position?: Position;
  @state() private located: Located = 'idle';
  @state() private selectedId?: string;
  @state() private limit = PAGE;
  @state() private copied?: { ok: boolean; number: string };
  /** The person's own list, to see and print together; in memory only. */
  @state() private shortlist: CentreResult[] = [];
  @state() private showingShortlist = false;
  @state() private shortlistNote = '';

  @query('#details-name') private detailsHeading?: HTMLElement;
  @query('#shortlist-heading') private shortlistHeading?: HTMLElement;

  private typingTimer?: ReturnType<typeof setTimeout>;
  // Scrolling near the end of the list loads the next results, so a long list reads as one; the
  // "show more" button stays for keyboards and screen readers.
  private moreObserver?: IntersectionObserver;
  private lastSearchMs = Infinity;
  private readonly onPopState = () => this.applyUrl();
  private lastResultFocus?: string;
  private focusDetails = false;

  private base = new Task(this, {
    task: async ([client]): Promise<LoadResult> => this.loadFrom(client),
    args: () => [this.activeClient] as const,
  });

  private lastSearchKey = '';
  /** The moment the current list was searched at. */
  private searchAt = new Date();

  private results = new Task(this, {
    task: async ([q]): Promise<ClientSearchResult> => {
      if (!q.client) throw new NoSourceError(NO_SOURCE);
      await this.base.taskComplete;
      const key = searchKey(q);
      const previous = this.results.value;
      // More of the same search: fetch only the next page and add it, so a long list grows at
      // the cost of one page, not of everything shown so far. Every page of one list is read at
      // the moment of its first, so the pages fit together (and the SDK can keep their order).
      if (previous && key === this.lastSearchKey && previous.items.length > 0 && q.limit > previous.items.length) {
        const offset = previous.items.length;
        const page = await q.client.centres.search(
          { ...this.toSdkQuery(q, this.searchAt), offset, limit: q.limit - offset },
          this.searchAt,
        );
        return { ...page, items: [...previous.items, ...page.items] };
      }
      const at = this.at;
      this.searchAt = at;
      const started = performance.now();
      const result = await q.client.centres.search(this.toSdkQuery(q, at), at);
      this.lastSearchMs = performance.now() - started;
      this.lastSearchKey = key;
      this.announceLater(result.total);
      this.emit(
        new MrcSearchEvent({
          hasText: q.text.trim() !== '',
          nearby: q.near !== undefined,
          services: split(q.services),
          audiences: split(q.audiences),
          languages: split(q.languages),
          kinds: split(q.kinds),
          openNow: q.openNow,
          ...(q.country && { country: q.country }),
          ...(q.region && { region: q.region }),
          total: result.total,
        }),
      );
      return result;
    },
    // Primitives only: a Task reruns when any argument changes identity.
    args: () => [this.currentQuery()] as const,
    argsEqual: ([a], [b]) => a.client === b.client && searchKey(a) === searchKey(b) && a.limit === b.limit,
  });

  /** The count announced to screen readers: once the person pauses, not at every key or page. */
  @state() private announcedTotal?: number;
  private announceTimer?: ReturnType<typeof setTimeout>;

  private announceLater(total: number): void {
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => (this.announcedTotal = total), ANNOUNCE_PAUSE_MS);
  }

  // The map shows every match (up to MAP_LIMIT), not just the list's current page.
  private mapResults = new Task(this, {
    task: async ([q, on]): Promise<CentreResult[]> => {
      if (!on || !q.client) return [];
      await this.base.taskComplete;
      return (await q.client.centres.search({ ...this.toSdkQuery(q), limit: MAP_LIMIT }, this.at)).items;
    },
    args: () => [{ ...this.currentQuery(), limit: MAP_LIMIT }, this.map] as const,
    argsEqual: ([a, onA], [b, onB]) =>
      onA === onB &&
      a.client === b.client &&
      JSON.stringify({ ...a, client: 0 }) === JSON.stringify({ ...b, client: 0 }),
  });

  // The selected centre may not be on the current page of results (a shared link, say).
  private selectedCentre = new Task(this, {
    task: async ([client, id]): Promise<CentreResult | undefined> => {
      if (!client || !id) return undefined;
      const centre = await client.centres.get(id);
      return centre ? { centre, status: centreStatus(centre, this.at) } : undefined;
    },
    args: () => [this.activeClient, this.selectedId] as const,
  });

  private get at(): Date {
    return this.now ?? new Date();
  }

  private currentQuery(): Query {
    return {
      client: this.activeClient,
      text: this.text,
      services: this.chosenServices.join(' '),
      audiences: this.chosenAudiences.join(' '),
      languages: this.chosenLanguages.join(' '),
      kinds: this.chosenKinds.join(' '),
      openNow: this.openNow,
      country: this.chosenCountry,
      region: this.chosenRegion,
      near: this.position,
      radiusKm: this.radiusKm,
      limit: this.limit,
      locale: this.locale,
      now: this.now?.getTime(),
    };
  }

  private toSdkQuery(q: Query, at: Date = this.at): CentreQuery {
    const list = (value: string) => (value ? split(value) : undefined);
    return {
      ...(q.text.trim() && { text: q.text }),
      ...(list(q.services) && { services: list(q.services)! }),
      ...(list(q.audiences) && { audiences: list(q.audiences) as CentreQuery['audiences'] }),
      ...(list(q.languages) && { languages: list(q.languages)! }),
      ...(list(q.kinds) && { kinds: list(q.kinds) as CentreKind[] }),
      ...(q.openNow && { openAt: at }),
      ...(q.country && { country: q.country }),
      ...(q.region && { region: q.region }),
      ...(q.near && { near: q.near }),
      ...(q.near && q.radiusKm && { radiusKm: q.radiusKm }),
      locale: this.locale,
      limit: q.limit,
    };
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Host presets; on the first render, an address written by sync-url wins over them.
    const fromUrl = this.syncUrl && !this.hasUpdated ? readUrlState(window.location.search) : {};
    if (changed.has('services') && !fromUrl.services) this.chosenServices = parseList(this.services);
    if (changed.has('audience') && !fromUrl.audiences) this.chosenAudiences = parseList(this.audience);
    if (changed.has('country') && fromUrl.country === undefined)
      this.chosenCountry = (this.country ?? '').trim().toUpperCase();
    if (changed.has('region') && fromUrl.region === undefined) this.chosenRegion = (this.region ?? '').trim();
    // The map's code (and Leaflet) loads only when the map is switched on.
    if (changed.has('map') && this.map && !isServer) {
      import('./finder-map.js').catch((error: unknown) => {
        // The list still works without the map; the page is told why the map is missing.
        this.emit(
          new MrcErrorEvent({ message: `The map could not be loaded: ${String(error)}`, source: 'map', error }),
        );
      });
    }
    if (changed.has('near')) {
      // The host's place replaces the person's own position (and a removed one clears it).
      this.position = parseNear(this.near);
      this.located = 'idle';
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.watchListEnd();
    this.writeUrl(changed);
    if (changed.has('selectedId') && this.selectedId) this.focusDetails = true;
    // The details may arrive a render later (a centre beyond the list's page): focus them then.
    if (this.focusDetails && this.detailsHeading) {
      this.focusDetails = false;
      this.detailsHeading.focus();
    }
    // Only on a change of view, never on the first render: a widget must not take the focus on load.
    if (changed.has('showingShortlist') && this.hasUpdated && changed.get('showingShortlist') !== undefined) {
      if (this.showingShortlist) this.shortlistHeading?.focus();
      else if (!this.selectedId) {
        const target = this.shortlist.length > 0 ? '[part~="shortlist"] button' : '[part~="input"]';
        this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      }
    }
    if (changed.has('shortlistNote') && this.shortlistNote) {
      const shown = this.shortlistNote;
      setTimeout(() => {
        if (this.shortlistNote === shown) this.shortlistNote = '';
      }, 5000);
    }
    if (changed.has('selectedId') && !this.selectedId && this.lastResultFocus) {
      this.renderRoot.querySelector<HTMLElement>(`[data-centre="${CSS.escape(this.lastResultFocus)}"]`)?.focus();
    }
    if (changed.has('copied') && this.copied) {
      const shown = this.copied;
      setTimeout(() => {
        if (this.copied === shown) this.copied = undefined;
      }, 5000);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.syncUrl) {
      this.applyUrl();
      window.addEventListener('popstate', this.onPopState);
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreObserver?.disconnect();
    this.moreObserver = undefined;
    clearTimeout(this.announceTimer);
    clearTimeout(this.urlTextTimer);
    clearTimeout(this.typingTimer);
    window.removeEventListener('popstate', this.onPopState);
  }

  private watchListEnd(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.moreObserver ??= new IntersectionObserver(
      (entries) => {
        const shown = this.results.value?.items.length ?? 0;
        // Only once the page asked for is shown, so one sighting loads one more page.
        if (
          entries.some((e) => e.isIntersecting) &&
          this.results.status === TaskStatus.COMPLETE &&
          shown >= this.limit
        ) {
          this.limit += PAGE;
        }
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    this.moreObserver.disconnect();
    const sentinel = this.renderRoot.querySelector('.more-sentinel');
    if (sentinel) this.moreObserver.observe(sentinel);
  }

  private urlState(): UrlState {
    return {
      text: this.text,
      services: this.chosenServices,
      audiences: this.chosenAudiences,
      languages: this.chosenLanguages,
      kinds: this.chosenKinds,
      openNow: this.openNow,
      country: this.chosenCountry,
      region: this.chosenRegion,
      centre: this.selectedId,
    };
  }

  /** Takes the search from the address: on load, and when the person goes back or forward. */
  private applyUrl(): void {
    const state = readUrlState(window.location.search);
    // What the address leaves out goes back to the host's presets, so back and forward restore
    // the whole search, not just the parts that happen to be written.
    this.text = this.typed = state.text ?? '';
    this.chosenServices = state.services ?? parseList(this.services);
    this.chosenAudiences = state.audiences ?? parseList(this.audience);
    this.chosenLanguages = state.languages ?? [];
    this.chosenKinds = (state.kinds ?? []) as CentreKind[];
    this.openNow = state.openNow ?? false;
    this.chosenCountry = state.country ?? (this.country ?? '').trim().toUpperCase();
    this.chosenRegion = state.region ?? (this.region ?? '').trim();
    this.selectedId = state.centre;
    if (!state.centre) this.pushedSelection = false;
    this.readingUrl = true;
    this.urlApplied = true;
    // Whatever this changed renders once without being written back; then writing resumes.
    void this.updateComplete.then(() => (this.readingUrl = false));
  }

  private urlApplied = false;
  private pushedSelection = false;
  /** While the address is being read (load, back, forward), nothing is written back. */
  private readingUrl = false;
  private urlTextTimer?: ReturnType<typeof setTimeout>;

  /** "Back to the list": with sync-url, the browser's own back, so history and address stay true. */
  private back(): void {
    if (this.syncUrl && this.pushedSelection) {
      this.pushedSelection = false;
      window.history.back();
    } else this.selectedId = undefined;
  }

  /** Writes the search into the address: opening a centre is a new history entry, the rest replaces. */
  private writeUrl(changed: PropertyValues): void {
    if (!this.syncUrl || !this.urlApplied) return;
    if (this.readingUrl) return;
    const searchKeys = [
      'chosenServices',
      'chosenAudiences',
      'chosenLanguages',
      'chosenKinds',
      'openNow',
      'chosenCountry',
      'chosenRegion',
    ];
    if (changed.has('selectedId')) {
      // Only going from the list to a centre is a new history entry; the rest replaces the current one.
      this.writeUrlNow(changed.get('selectedId') === undefined && !!this.selectedId);
    } else if (searchKeys.some((k) => changed.has(k))) {
      this.writeUrlNow(false);
    } else if (changed.has('text')) {
      // Words typed reach the address only after a pause: partial words would otherwise pile up in
      // the history of a shared phone and in the host's analytics.
      clearTimeout(this.urlTextTimer);
      this.urlTextTimer = setTimeout(() => this.writeUrlNow(false), 1000);
    }
  }

  private writeUrlNow(push: boolean): void {
    const search = writeUrlState(window.location.search, this.urlState());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) {
      window.history.pushState(null, '', url);
      this.pushedSelection = true;
    } else window.history.replaceState(null, '', url);
  }

  // ---- Actions -------------------------------------------------------------------------------

  private onType(event: Event): void {
    this.typed = (event.target as HTMLInputElement).value;
    clearTimeout(this.typingTimer);
    // Results follow the typing at once when the search is local and fast; a slow source (a
    // remote API) is asked only after a short pause, not once per key on a slow line.
    this.typingTimer = setTimeout(
      () => {
        this.text = this.typed;
        this.limit = PAGE;
      },
      this.lastSearchMs < FAST_SEARCH_MS ? 0 : TYPING_PAUSE_MS,
    );
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    clearTimeout(this.typingTimer);
    this.text = this.typed;
    this.limit = PAGE;
  }

  private async locate(): Promise<void> {
    // aria-disabled rather than disabled: the button keeps the focus while the browser asks.
    if (this.located === 'asking') return;
    this.located = 'asking';
    const outcome = await askPosition();
    if (outcome.ok) {
      this.position = outcome.position;
      this.located = 'located';
      this.limit = PAGE;
    } else this.located = outcome.problem;
  }

  private toggle(list: 'chosenServices' | 'chosenAudiences' | 'chosenKinds', value: string, on: boolean): void {
    const current = this[list] as string[];
    (this[list] as string[]) = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
    this.limit = PAGE;
  }

  private select(result: CentreResult): void {
    this.lastResultFocus = result.centre.id;
    this.showingShortlist = false;
    this.selectedId = result.centre.id;
    this.emit(new MrcCentreSelectEvent({ centreId: result.centre.id }));
  }

  /**
   * Opens the details of a centre of the data, as if the person had chosen it (a host page's
   * "see this centre" link, say); fires `mrc-centre-select`. An unknown id shows the list.
   */
  showCentre(centreId: string): void {
    this.lastResultFocus = undefined;
    this.showingShortlist = false;
    this.selectedId = centreId;
    this.emit(new MrcCentreSelectEvent({ centreId }));
  }

  private toggleShortlist(result: CentreResult): void {
    const id = result.centre.id;
    const on = !this.shortlist.some((r) => r.centre.id === id);
    this.shortlist = on ? [...this.shortlist, result] : this.shortlist.filter((r) => r.centre.id !== id);
    const count = listCountText(this.shortlist.length, this.locale);
    this.shortlistNote = on
      ? msg(str`Added to your list. ${count}`, { id: 'finder.shortlist.added' })
      : msg(str`Removed from your list. ${count}`, { id: 'finder.shortlist.removed' });
    if (this.shortlist.length === 0) this.showingShortlist = false;
  }

  private openShortlist(): void {
    this.lastResultFocus = undefined;
    this.selectedId = undefined;
    this.showingShortlist = true;
  }

  private clearShortlist(): void {
    this.shortlist = [];
    this.showingShortlist = false;
    this.shortlistNote = msg('Your list is now empty.', { id: 'finder.shortlist.cleared' });
  }

  /** Shows the next page and moves the focus to its first result: the button itself may go away. */
  private async showMore(): Promise<void> {
    const first = this.results.value?.items.length ?? 0;
    this.limit += PAGE;
    await this.results.taskComplete;
    await this.updateComplete;
    const id = this.results.value?.items[first]?.centre.id;
    if (id) this.renderRoot.querySelector<HTMLElement>(`[data-centre="${CSS.escape(id)}"]`)?.focus();
  }

  private widen(): void {
    this.text = this.typed = '';
    this.chosenCountry = '';
    this.chosenRegion = '';
    this.chosenServices = [];
    this.chosenAudiences = [];
    this.chosenLanguages = [];
    this.chosenKinds = [];
    this.openNow = false;
    this.radiusKm = undefined;
    this.limit = PAGE;
  }

  // ---- Rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="base surface" dir=${this.direction} lang=${this.locale}>
      ${this.base.render({
        initial: () => this.renderLoading(),
        pending: () => this.renderLoading(),
        error: (error) => this.renderError(error),
        complete: (loaded) => this.renderFinder(loaded),
      })}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement()}</div>
    </div>`;
  }

  private announcement(): string {
    if (this.copied) return copyOutcome(this.copied);
    if (this.shortlistNote) return this.shortlistNote;
    return this.announcedTotal === undefined ? '' : this.countText(this.announcedTotal);
  }

  private countText(total: number): string {
    if (total === 0) return msg('No centre found.', { id: 'finder.count.none' });
    if (total === 1) return msg('1 centre found.', { id: 'finder.count.one' });
    const n = new Intl.NumberFormat(this.locale).format(total);
    return msg(str`${n} centres found.`, { id: 'finder.count.many' });
  }

  private renderLoading(): TemplateResult {
    return html`<div part="message" class="message loading" aria-busy="true">
      <span class="skeleton input" aria-hidden="true"></span>
      <span class="skeleton line" aria-hidden="true"></span>
      <span class="skeleton row" aria-hidden="true"></span>
      <span class="skeleton row" aria-hidden="true"></span>
      <span class="visually-hidden">${msg('Loading centres…', { id: 'finder.loading' })}</span>
      <slot></slot>
    </div>`;
  }

  private renderError(error: unknown): TemplateResult {
    return renderLoadError(
      msg('The list of centres could not be loaded.', { id: 'finder.error' }),
      error,
      () => void this.base.run(),
    );
  }

  private renderFinder(loaded: LoadResult): TemplateResult {
    const { dataset } = loaded;
    const selected = this.selectedId
      ? (this.results.value?.items.find((r) => r.centre.id === this.selectedId) ??
        (this.selectedCentre.value?.centre.id === this.selectedId ? this.selectedCentre.value : undefined))
      : undefined;
    const view = {
      locale: this.locale,
      at: this.at,
      dataset,
      headingLevel: this.headingLevel,
      onPrint: () => window.print(),
      onContact: (channel: Channel, centreId: string) =>
        this.emit(new MrcContactEvent({ centreId, channel: channel.kind })),
      onCopy: (number: string) => void copyNumber(number).then((outcome) => (this.copied = outcome)),
    };
    let side: TemplateResult | typeof nothing = nothing;
    if (this.showingShortlist && this.shortlist.length > 0) {
      side = renderShortlistView(this.shortlist, {
        ...view,
        onBack: () => (this.showingShortlist = false),
        onRemove: (id) => this.toggleShortlist(this.shortlist.find((r) => r.centre.id === id)!),
        onClear: () => this.clearShortlist(),
      });
    } else if (selected) {
      side = renderCentreDetails(selected, {
        ...view,
        onBack: () => this.back(),
        shortlisted: this.shortlist.some((r) => r.centre.id === selected.centre.id),
        onShortlist: () => this.toggleShortlist(selected),
        onContact: (channel) => view.onContact(channel, selected.centre.id),
      });
    }
    return html`${this.renderOffline(loaded)}
      <div class="layout ${side !== nothing ? 'has-details' : ''}">
        <div class="list-side ${side !== nothing ? 'no-print hide-narrow' : ''}">
          ${this.renderSearch(dataset)}
          ${this.shortlist.length > 0 ? renderShortlistBar(this.shortlist.length, this.locale, () => this.openShortlist()) : nothing}
          ${this.renderResults(dataset)} ${this.renderMap(dataset)}
        </div>
        ${side !== nothing ? html`<div class="details-side">${side}</div>` : nothing}
      </div>`;
  }

  private renderMap(dataset: Dataset) {
    if (!this.map) return nothing;
    const items = this.mapResults.value ?? [];
    return html`<mrc-finder-map
      part="map"
      class="map no-print"
      .results=${items}
      .selectedId=${this.selectedId}
      .tileUrl=${this.tileUrl}
      .attribution=${this.tileAttribution}
      .locale=${this.locale}
      .defaultLocale=${dataset.defaultLocale}
      .now=${this.now}
      .label=${msg('Map of the centres', { id: 'finder.map' })}
      .zoomInLabel=${msg('Zoom in', { id: 'finder.map.zoom-in' })}
      .zoomOutLabel=${msg('Zoom out', { id: 'finder.map.zoom-out' })}
      .clusterLabel=${(n: number) =>
        msg(str`${new Intl.NumberFormat(this.locale).format(n)} centres`, { id: 'finder.map.cluster' })}
      @mrc-map-select=${(e: CustomEvent<MapSelectDetail>) => {
        // The map's own event stays inside: the page hears mrc-centre-select, as from the list.
        e.stopPropagation();
        this.selectedId = e.detail.centreId;
        this.emit(new MrcCentreSelectEvent({ centreId: e.detail.centreId }));
      }}
    ></mrc-finder-map>`;
  }

  private renderOffline(loaded: LoadResult) {
    const stale = loaded.freshness?.staleReason ? loaded.freshness : undefined;
    if (!stale) return nothing;
    const date = formatDate(stale.fetchedAt.toISOString().slice(0, 10), this.locale);
    return html`<p part="message" class="message offline" role="status">
      ${msg(str`You seem to be offline. This information dates from ${date}.`, { id: 'finder.offline' })}
    </p>`;
  }

  private renderSearch(dataset: Dataset): TemplateResult {
    const countries = countriesOf(dataset);
    const regions = regionsOf(dataset, this.chosenCountry, this.locale);
    const languages = [...new Set(dataset.centres.flatMap((c) => c.languages.map((l) => l.split('-')[0]!)))].sort();
    const filterCount =
      this.chosenServices.length +
      this.chosenAudiences.length +
      this.chosenLanguages.length +
      this.chosenKinds.length +
      (this.openNow ? 1 : 0);
    return html`<form part="search" class="search" role="search" @submit=${this.onSubmit}>
      <label for="q">${msg('Town, centre or service', { id: 'finder.search-label' })}</label>
      <div class="search-row">
        <input part="input" id="q" type="search" autocomplete="off" .value=${this.typed} @input=${this.onType} />
        <button
          part="locate"
          class="secondary"
          type="button"
          @click=${() => void this.locate()}
          aria-disabled=${this.located === 'asking' ? 'true' : 'false'}
        >
          ${this.located === 'asking' ? msg('Finding you…', { id: 'finder.locating' }) : msg('Use my location', { id: 'finder.locate' })}
        </button>
      </div>
      ${this.renderLocated()} ${this.renderPlaces(countries, regions)}
      <details part="filters" class="filters">
        <summary>
          <span class="chevron" aria-hidden="true"></span>
          ${
            filterCount > 0
              ? msg(str`Filters (${filterCount})`, { id: 'finder.filters-count' })
              : msg('Filters', { id: 'finder.filters' })
          }
        </summary>
        <label class="check">
          <input
            type="checkbox"
            .checked=${this.openNow}
            @change=${(e: Event) => ((this.openNow = (e.target as HTMLInputElement).checked), (this.limit = PAGE))}
          />
          ${msg('Open now', { id: 'status.open' })}
        </label>
        ${this.renderChecks(
          'services',
          msg('Services', { id: 'finder.services' }),
          dataset.taxonomy.map((t) => [t.id, textIn(t.name, this.locale, dataset).text]),
          this.chosenServices,
          'chosenServices',
        )}
        ${this.renderChecks(
          'audiences',
          msg('For', { id: 'finder.audiences' }),
          AUDIENCES.map((a) => [a, textIn(AUDIENCE_NAMES[a], this.locale, dataset).text]),
          this.chosenAudiences,
          'chosenAudiences',
        )}
        ${this.renderChecks(
          'kinds',
          msg('Kind', { id: 'finder.kinds' }),
          CENTRE_KINDS.map((k) => [k, kindLabel(k)]),
          this.chosenKinds,
          'chosenKinds',
        )}
        ${
          languages.length > 1
            ? html`<label for="language">${msg('Language spoken', { id: 'finder.language' })}</label>
                <select
                  id="language"
                  @change=${(e: Event) => {
                    const value = (e.target as HTMLSelectElement).value;
                    this.chosenLanguages = value ? [value] : [];
                    this.limit = PAGE;
                  }}
                >
                  <option value="" ?selected=${this.chosenLanguages.length === 0}>
                    ${msg('Any language', { id: 'finder.any-language' })}
                  </option>
                  ${languages.map((l) => html`<option value=${l} ?selected=${this.chosenLanguages[0] === l}>${formatLanguages([l], this.locale)}</option>`)}
                </select>`
            : nothing
        }
      </details>
    </form>`;
  }

  private renderPlaces(countries: string[], regions: RegionChoice[]) {
    const chosenRegion = findRegion(regions, this.chosenRegion);
    return html`${
      countries.length > 1
        ? html`<label for="country">${msg('Country', { id: 'finder.country' })}</label>
            <select id="country" @change=${(e: Event) => this.chooseCountry((e.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!this.chosenCountry}>
                ${msg('All countries', { id: 'finder.all-countries' })}
              </option>
              ${countries.map((c) => html`<option value=${c} ?selected=${this.chosenCountry === c}>${countryName(c, this.locale)}</option>`)}
            </select>`
        : nothing
    }
    ${
      regions.length > 1 || (regions.length === 1 && !chosenRegion && this.chosenRegion)
        ? html`<label for="region">${msg('Region', { id: 'finder.region' })}</label>
            <select
              id="region"
              @change=${(e: Event) => ((this.chosenRegion = (e.target as HTMLSelectElement).value), (this.limit = PAGE))}
            >
              <option value="" ?selected=${!chosenRegion}>${msg('All regions', { id: 'finder.all-regions' })}</option>
              ${regions.map((r) => html`<option value=${r.value} lang=${r.lang} ?selected=${r === chosenRegion}>${r.label}</option>`)}
            </select>`
        : nothing
    }`;
  }

  private chooseCountry(country: string): void {
    this.chosenCountry = country;
    // A region of another country would find nothing.
    if (this.base.value && !findRegion(regionsOf(this.base.value.dataset, country, this.locale), this.chosenRegion)) {
      this.chosenRegion = '';
    }
    this.limit = PAGE;
  }

  private renderChecks(
    name: string,
    legend: string,
    options: (readonly [string, string])[],
    chosen: readonly string[],
    list: 'chosenServices' | 'chosenAudiences' | 'chosenKinds',
  ): TemplateResult {
    return html`<fieldset class="checks">
      <legend>${legend}</legend>
      ${options.map(
        ([value, label]) =>
          html`<label class="check">
            <input
              type="checkbox"
              name=${name}
              .checked=${chosen.includes(value)}
              @change=${(e: Event) => this.toggle(list, value, (e.target as HTMLInputElement).checked)}
            />
            ${label}
          </label>`,
      )}
    </fieldset>`;
  }

  private renderLocated() {
    switch (this.located) {
      case 'located':
        return html`<p class="located">${msg('Nearest first, from where you are.', { id: 'finder.located' })}</p>`;
      case 'denied':
        return html`<p class="located problem" role="alert">
          ${msg('Your location was not shared, so the list is not sorted by distance. You can still search by town or centre name.', { id: 'finder.denied' })}
        </p>`;
      case 'unavailable':
      case 'timeout':
        return html`<p class="located problem" role="alert">
          ${msg('Your location could not be found just now. You can search by town or centre name instead.', { id: 'finder.unavailable' })}
        </p>`;
      case 'unsupported':
        return html`<p class="located problem" role="alert">
          ${msg('This browser cannot share a location. You can search by town or centre name.', { id: 'finder.unsupported' })}
        </p>`;
      default:
        return nothing;
    }
  }

  private renderResults(dataset: Dataset): TemplateResult {
    return this.results.render({
      initial: () => html`<div class="skeleton row" aria-hidden="true"></div>`,
      pending: () =>
        this.results.value
          ? this.renderList(this.results.value, dataset, true)
          : html`<div class="skeleton row" aria-hidden="true"></div>`,
      error: (error) => this.renderError(error),
      complete: (result) => this.renderList(result, dataset, false),
    });
  }

  private renderList(result: ClientSearchResult, dataset: Dataset, busy: boolean): TemplateResult {
    if (result.total === 0) {
      return html`<div part="message" class="message empty">
        <p>${msg('No centre matches this search.', { id: 'finder.empty' })}</p>
        <button class="secondary" type="button" @click=${this.widen}>
          ${msg('Clear the search and filters', { id: 'finder.widen' })}
        </button>
      </div>`;
    }
    const shown = new Intl.NumberFormat(this.locale).format(result.items.length);
    const total = new Intl.NumberFormat(this.locale).format(result.total);
    return html`<p part="summary" class="summary" aria-busy=${busy ? 'true' : 'false'}>
        ${this.countText(result.total)}
        ${result.items.length < result.total ? msg(str`Showing ${shown} of ${total}.`, { id: 'finder.showing' }) : nothing}
      </p>
      <div part="results" class="results" role="list">
        ${repeat(
          pagesOf(result.items),
          (page) => page[0]!.centre.id,
          // A page already shown is not rendered again when the next one arrives, nor when anything
          // else in the finder changes: a long list grows at the cost of its new rows only.
          (page) =>
            guard([...page, dataset, this.locale, this.now], () =>
              repeat(
                page,
                (item) => item.centre.id,
                (item) => this.renderResult(item, dataset),
              ),
            ),
        )}
      </div>
      ${
        result.items.length < result.total
          ? html`<div class="more-sentinel" aria-hidden="true"></div>
              <button part="more" class="secondary more" type="button" @click=${() => void this.showMore()}>
                ${msg('Show more results', { id: 'finder.more' })}
              </button>`
          : nothing
      }`;
  }

  private renderResult(result: CentreResult, dataset: Dataset): TemplateResult {
    const { centre } = result;
    const name = textIn(centre.name, this.locale, dataset);
    const city = textIn(centre.city, this.locale, dataset);
    const services = centre.services
      .slice(0, 3)
      .map((id) => textIn(dataset.taxonomy.find((t) => t.id === id)?.name ?? id, this.locale, dataset).text);
    return html`<div role="listitem" class="result-item">
      <button part="result" class="result" type="button" data-centre=${centre.id} @click=${() => this.select(result)}>
        <span class="result-name" lang=${name.lang ?? nothing} dir=${dirOf(name.lang)}>${name.text}</span>
        <span class="result-meta">
          ${kindLabel(centre.kind)}${city.text ? html` · <span lang=${city.lang ?? nothing}>${city.text}</span>` : nothing}${
            result.distanceKm !== undefined ? html` · ${formatDistance(result.distanceKm, this.locale)}` : nothing
          }
        </span>
        <span class="result-status ${result.status.state}"
          >${statusText(result.status, centre, this.at, this.locale)}</span
        >
        ${services.length > 0 ? html`<span class="result-services">${services.join(' · ')}</span>` : nothing}
        ${
          centre.languages.length > 0
            ? html`<span class="result-languages"
                >${msg(str`Languages: ${formatLanguages(centre.languages, this.locale)}`, { id: 'channel.languages' })}</span
              >`
            : nothing
        }
      </button>
    </div>`;
  }
}

/** The results in pages of {@link PAGE}, as they arrive. */
function pagesOf(items: readonly CentreResult[]): CentreResult[][] {
  const pages: CentreResult[][] = [];
  for (let i = 0; i < items.length; i += PAGE) pages.push(items.slice(i, i + PAGE));
  return pages;
}

/** A search without its page size: the same key means "more of the same results". */
function searchKey(q: Query): string {
  return JSON.stringify({ ...q, client: undefined, limit: undefined });
}

function split(value: string): string[] {
  return value ? value.split(' ') : [];
}
