import { html, isServer, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { Task, TaskStatus } from '@lit/task';
import { centreStatus, type CentreResult, type Dataset, type LoadResult } from '@mrc-kit/sdk';
import { Announcer } from '../base/announcer.js';
import { copyNumber } from '../base/channels.js';
import { MrcDataElement } from '../base/data-element.js';
import { renderDataTask, rerunInPlace } from '../base/data-task.js';
import { MrcContactEvent } from '../base/events.js';
import { renderFreshnessNote } from '../base/freshness-note.js';
import { MrcCentreSelectEvent, MrcSearchEvent } from './finder-events.js';
import { PagingController } from './paging-controller.js';
import { SearchController } from './search-controller.js';
import { ShortlistController } from './shortlist-controller.js';
import type { UrlSyncController } from './url-sync-controller.js';
import { EMPTY_QUERY, presetQuery, queryOfUrl, searchDetail, urlStateOf } from './finder-query.js';
import { parseNear } from './geolocation.js';
import { saidText, type Said } from './finder-said.js';
import { renderFinderLoading } from './finder-states.js';
import { findRegion, regionsOf } from './place-choices.js';
import { renderResults, renderResultRow } from './result-list.js';
import { renderSearchForm, type Located } from './search-form.js';
import { renderShortlistBar } from './shortlist.js';
import { LazyPart } from '../base/lazy-part.js';
import { centreFinderStyles } from './centre-finder.styles.js';

/** A centre's details and the person's list, loaded when the person first opens one. */
const sidePart = new LazyPart(() => import('./finder-side.js'));
/** The map, with Leaflet: only when switched on. */
/** The filters' controls, loaded when the person first opens the filters. */
const filtersPart = new LazyPart(() => import('./finder-filters.js'));
/** Keeping the search in the page's address: only on pages that ask for it (`sync-url`). */
const urlPart = new LazyPart(() => import('./url-sync-controller.js'));
const mapPart = new LazyPart(() => import('./map-view.js'), 'map');

/** How long typing must pause before the new count is read out. */
const ANNOUNCE_PAUSE_MS = 1000;
/** How long the outcome of an action (a copied number, a change to the list) stays in the live region. */
const NOTE_MS = 5000;

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
 * @csspart message - Loading, empty, kept-copy and error messages.
 *
 * @cssproperty [--mrc-color-surface=#ffffff] - Background of cards.
 * @cssproperty [--mrc-color-border=#c9c9c9] - Borders.
 * @cssproperty [--mrc-color-primary=#0b5cad] - Actions and links.
 * @cssproperty [--mrc-color-on-primary=#ffffff] - Text on primary actions.
 * @cssproperty [--mrc-color-open=#1b6e2d] - "Open now".
 * @cssproperty [--mrc-color-closed=#a8201a] - "Closed now".
 * @cssproperty [--mrc-map-height=20rem] - Height of the map.
 *
 * @event mrc-centre-select - A centre's details were opened. `detail`: `{ centreId }`.
 * @event mrc-search - A search finished. `detail`: the filters in force and `total`; never the position or the words typed.
 * @event mrc-contact - A contact channel was used. `detail`: `{ centreId, channel }`.
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

  @state() private located: Located = 'idle';
  @state() private selectedId?: string;
  @state() private filtersOpen = false;

  @query('#details-name') private detailsHeading?: HTMLElement;
  @query('#shortlist-heading') private shortlistHeading?: HTMLElement;

  private lastResultFocus?: string;
  private focusDetails = false;

  private base = new Task(this, {
    task: async ([client]): Promise<LoadResult> => {
      // The search engine's code comes with the data, not after it.
      client?.centres.prepare?.();
      // With sync-url, the address is read before the first results: its code comes with the data.
      const [loaded] = await Promise.all([this.loadFrom(client), this.syncUrl ? urlPart.preload() : undefined]);
      return loaded;
    },
    args: () => [this.activeClient] as const,
  });

  /** The one live region: the count once typing pauses, a copied number, a change to the list. */
  private announcer = new Announcer<Said>(this);

  private paging: PagingController = new PagingController(this, {
    shown: () => this.search.results.value?.items.length ?? 0,
    settled: () => this.search.results.status === TaskStatus.COMPLETE,
    sentinel: () => this.renderRoot.querySelector('.more-sentinel'),
  });

  private search: SearchController = new SearchController(this, {
    client: () => this.activeClient,
    loaded: () => this.base.value,
    locale: () => this.locale,
    now: () => this.now,
    mapOn: () => this.map,
    paging: this.paging,
    onSearch: (q, result) => {
      this.announcer.sayAfterPause({ total: result.total }, ANNOUNCE_PAUSE_MS);
      this.emit(new MrcSearchEvent(searchDetail(q, result.total)));
    },
  });

  /** The person's own list, to see and print together; in memory only. */
  private shortlist = new ShortlistController(this, {
    onNote: (note) => this.announcer.say(note, { clearAfter: NOTE_MS }),
    // Only on a change of view, never on the first render: a widget must not take the focus on load.
    onViewChange: (showing) => {
      if (showing) this.shortlistHeading?.focus();
      else if (!this.selectedId) {
        const target = this.shortlist.items.length > 0 ? '[part~="shortlist"] button' : '[part~="input"]';
        this.renderRoot.querySelector<HTMLElement>(target)?.focus();
      }
    },
  });

  private urlSync?: UrlSyncController;

  /** Starts keeping the search in the address once its code is here (sync-url only). */
  private syncWithUrl(): void {
    if (!this.syncUrl || isServer) return;
    void urlPart.preload().then(() => {
      const loaded = urlPart.loaded;
      if (!loaded || this.urlSync) return;
      // Added to a connected element, it reads the address at once.
      this.urlSync = new loaded.UrlSyncController(this, {
        enabled: () => this.syncUrl,
        state: () => urlStateOf(this.search.query, this.selectedId),
        // Back and forward restore the whole search, not just the parts that happen to be written.
        apply: (state) => {
          this.search.set(queryOfUrl(state, this));
          this.selectedId = state.centre;
        },
      });
    });
  }

  // The selected centre may not be on the current page of results (a shared link, say); asked
  // again when the data loads again ("Try again" after a failure).
  private selectedCentre = new Task(this, {
    task: async ([client, id]): Promise<CentreResult | undefined> => {
      if (!client || !id) return undefined;
      const centre = await client.centres.get(id);
      return centre ? { centre, status: centreStatus(centre, this.at) } : undefined;
    },
    args: () => [this.activeClient, this.selectedId, this.base.value] as const,
  });

  // The search and the selected centre follow the loaded data: they run again once it is replaced.
  protected override dataUpdated(): Promise<void> {
    return rerunInPlace(this.base);
  }

  private get at(): Date {
    return this.now ?? new Date();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Host presets; on the first render, an address written by sync-url wins over them.
    const fromUrl = (this.syncUrl && !this.hasUpdated && urlPart.loaded?.readUrlState(window.location.search)) || {};
    if (changed.has('syncUrl')) this.syncWithUrl();
    const preset = presetQuery(this, (field) => changed.has(field), fromUrl);
    if (changed.has('near')) {
      // The host's place replaces the person's own position (and a removed one clears it).
      preset.near = parseNear(this.near);
      this.located = 'idle';
    }
    if (changed.has('radiusKm')) preset.radiusKm = this.radiusKm;
    if (Object.keys(preset).length > 0) this.search.set(preset);
    // Its code is on its way before the first render asks for it.
    if (changed.has('map') && this.map && !isServer) void mapPart.preload();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (changed.has('selectedId') && this.selectedId) this.focusDetails = true;
    // The details may arrive a render later (a centre beyond the list's page): focus them then.
    if (this.focusDetails && this.detailsHeading) {
      this.focusDetails = false;
      this.detailsHeading.focus();
    }
    if (changed.has('selectedId') && !this.selectedId && this.lastResultFocus) {
      this.renderRoot.querySelector<HTMLElement>(`[data-centre="${CSS.escape(this.lastResultFocus)}"]`)?.focus();
    }
  }

  // ---- Actions -------------------------------------------------------------------------------

  private async locate(): Promise<void> {
    // aria-disabled rather than disabled: the button keeps the focus while the browser asks.
    if (this.located === 'asking') return;
    this.located = 'asking';
    // Its code loads when first asked for; without it, the same as a position not found.
    const outcome = await import('./ask-position.js').then(
      ({ askPosition }) => askPosition(),
      () => ({ ok: false, problem: 'unavailable' }) as const,
    );
    if (outcome.ok) {
      this.search.set({ near: outcome.position });
      this.located = 'located';
    } else this.located = outcome.problem;
  }

  private chooseCountry(country: string): void {
    const { region } = this.search.query;
    const dataset = this.base.value?.dataset;
    // A region of another country would find nothing.
    const keep = !dataset || findRegion(regionsOf(dataset, country, this.locale), region);
    this.search.set({ country, region: keep ? region : '' });
  }

  /**
   * Opens the details of a centre of the data, as if the person had chosen it (a host page's
   * "see this centre" link, say); fires `mrc-centre-select`. An unknown id shows the list.
   */
  showCentre(centreId: string): void {
    this.open(centreId, undefined);
  }

  /** Opens a centre's details; back in the list, the focus returns to `from`. */
  private open(centreId: string, from: string | undefined): void {
    this.lastResultFocus = from;
    this.shortlist.show(false);
    this.selectedId = centreId;
    this.emit(new MrcCentreSelectEvent({ centreId }));
  }

  /** "Back to the list": with sync-url, the browser's own back, so history and address stay true. */
  private back(): void {
    if (!this.urlSync?.back()) this.selectedId = undefined;
  }

  private openShortlist(): void {
    this.lastResultFocus = undefined;
    this.selectedId = undefined;
    this.shortlist.show(true);
  }

  /** Shows the next page and moves the focus to its first result: the button itself may go away. */
  private async showMore(): Promise<void> {
    const results = this.search.results;
    const first = results.value?.items.length ?? 0;
    this.paging.more();
    await results.taskComplete;
    await this.updateComplete;
    const id = results.value?.items[first]?.centre.id;
    if (id) this.renderRoot.querySelector<HTMLElement>(`[data-centre="${CSS.escape(id)}"]`)?.focus();
  }

  private widen(): void {
    this.search.set({ ...EMPTY_QUERY, near: this.search.query.near });
    this.radiusKm = undefined;
  }

  // ---- Rendering -----------------------------------------------------------------------------

  override render(): TemplateResult {
    return html`<div part="base" class="base surface" dir=${this.direction} lang=${this.locale}>
      ${renderDataTask(this.base, {
        tag: 'mrc-centre-finder',
        loading: () => renderFinderLoading(),
        errorTitle: msg('The list of centres could not be loaded.', { id: 'finder.error' }),
        complete: (loaded) => this.renderFinder(loaded),
      })}
      ${this.announcer.render((said) => saidText(said, this.locale))}
    </div>`;
  }

  private renderFinder(loaded: LoadResult): TemplateResult {
    const { dataset } = loaded;
    const shortlist = this.shortlist.items;
    const selected = this.selectedId
      ? (this.search.results.value?.items.find((r) => r.centre.id === this.selectedId) ??
        (this.selectedCentre.value?.centre.id === this.selectedId ? this.selectedCentre.value : undefined))
      : undefined;
    const wanted = selected ?? (this.shortlist.showing && shortlist.length > 0);
    const side = wanted
      ? sidePart.render(this, {
          complete: ({ renderSide }) =>
            renderSide(selected, this.shortlist, {
              locale: this.locale,
              at: this.at,
              dataset,
              headingLevel: this.headingLevel,
              onBack: () => this.back(),
              onPrint: () => window.print(),
              onContact: (channel, centreId) => this.emit(new MrcContactEvent({ centreId, channel: channel.kind })),
              onCopy: (number) =>
                void copyNumber(number).then((copied) => this.announcer.say({ copied }, { clearAfter: NOTE_MS })),
            }),
        })
      : nothing;
    return html`${renderFreshnessNote(loaded.freshness, this.locale)}
      <div class="layout ${side !== nothing ? 'has-details' : ''}">
        <div class="list-side ${side !== nothing ? 'no-print hide-narrow' : ''}">
          ${renderSearchForm({
            dataset,
            locale: this.locale,
            search: this.search,
            located: this.located,
            onLocate: () => void this.locate(),
            onCountry: (country) => this.chooseCountry(country),
            filtersOpen: this.filtersOpen,
            onFiltersToggle: (open) => (this.filtersOpen = open),
            filters: (view) => filtersPart.render(this, { complete: ({ renderFilters }) => renderFilters(view) }),
          })}
          ${shortlist.length > 0 ? renderShortlistBar(shortlist.length, this.locale, () => this.openShortlist()) : nothing}
          ${renderResults(this.search.results, {
            dataset,
            locale: this.locale,
            now: this.now,
            renderRow: (item) => this.renderResult(item, dataset),
            onMore: () => void this.showMore(),
            onWiden: () => this.widen(),
            // The data loaded (else this list would not show): only the search failed.
            onRetry: () => void this.search.results.run(),
          })}
          ${
            this.map
              ? mapPart.render(this, {
                  // Until its code is here, nothing: the list works without the map.
                  pending: () => html``,
                  complete: ({ renderFinderMap }) =>
                    renderFinderMap({
                      results: this.search.results.value?.all ?? [],
                      selectedId: this.selectedId,
                      tileUrl: this.tileUrl,
                      attribution: this.tileAttribution,
                      locale: this.locale,
                      dataset,
                      now: this.now,
                      onSelect: (centreId) => {
                        this.selectedId = centreId;
                        this.emit(new MrcCentreSelectEvent({ centreId }));
                      },
                    }),
                })
              : nothing
          }
        </div>
        ${side !== nothing ? html`<div class="details-side">${side}</div>` : nothing}
      </div>`;
  }

  /** One result of the list (a method, so each row rendered can be counted). */
  private renderResult(result: CentreResult, dataset: Dataset): TemplateResult {
    return renderResultRow(result, {
      dataset,
      locale: this.locale,
      at: this.at,
      onSelect: (r) => this.open(r.centre.id, r.centre.id),
    });
  }
}
