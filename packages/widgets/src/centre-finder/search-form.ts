import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Dataset } from '@mrc-kit/sdk';
import { countryName } from '../base/format.js';
import { filterCount } from './finder-query.js';
import type { PositionProblem } from './geolocation.js';
import { countriesOf, findRegion, regionsOf, type RegionChoice } from './place-choices.js';
import type { SearchController } from './search-controller.js';

export type Located = 'idle' | 'asking' | 'located' | PositionProblem;

/** What the search form shows and how it changes the search. */
export interface SearchFormView {
  dataset: Dataset;
  locale: string;
  /** The search: its query, the words in the box, and the ways to change them. */
  search: Pick<SearchController, 'query' | 'typed' | 'type' | 'submit' | 'set' | 'toggle'>;
  located: Located;
  onLocate(): void;
  onCountry(country: string): void;
  /** Whether the filters are open; their controls load on demand (finder-filters.ts), when first opened. */
  filtersOpen: boolean;
  onFiltersToggle(open: boolean): void;
  filters(view: SearchFormView): TemplateResult;
}

/** The search box, "use my location", the places and the filters. */
export function renderSearchForm(view: SearchFormView): TemplateResult {
  const { dataset, locale, search } = view;
  const { query } = search;
  const countries = countriesOf(dataset);
  const regions = regionsOf(dataset, query.country, locale);
  const count = filterCount(query);
  const submit = (event: Event) => {
    event.preventDefault();
    search.submit();
  };
  return html`<form part="search" class="search" role="search" @submit=${submit}>
    <label for="q">${msg('Town, centre or service', { id: 'finder.search-label' })}</label>
    <div class="search-row">
      <input
        part="input"
        id="q"
        type="search"
        autocomplete="off"
        .value=${search.typed}
        @input=${(e: Event) => search.type((e.target as HTMLInputElement).value)}
      />
      <button
        part="locate"
        class="secondary"
        type="button"
        @click=${view.onLocate}
        aria-disabled=${view.located === 'asking' ? 'true' : 'false'}
      >
        ${view.located === 'asking' ? msg('Finding you…', { id: 'finder.locating' }) : msg('Use my location', { id: 'finder.locate' })}
      </button>
    </div>
    ${renderLocated(view.located)} ${renderPlaces(view, countries, regions)}
    <details
      part="filters"
      class="filters"
      @toggle=${(e: Event) => view.onFiltersToggle((e.target as HTMLDetailsElement).open)}
    >
      <summary>
        <span class="chevron" aria-hidden="true"></span>
        ${count > 0 ? msg(str`Filters (${count})`, { id: 'finder.filters-count' }) : msg('Filters', { id: 'finder.filters' })}
      </summary>
      ${view.filtersOpen ? view.filters(view) : nothing}
    </details>
  </form>`;
}

function renderPlaces(view: SearchFormView, countries: string[], regions: RegionChoice[]) {
  const { locale } = view;
  const { query } = view.search;
  const chosenRegion = findRegion(regions, query.region);
  return html`${
    countries.length > 1
      ? html`<label for="country">${msg('Country', { id: 'finder.country' })}</label>
          <select id="country" @change=${(e: Event) => view.onCountry((e.target as HTMLSelectElement).value)}>
            <option value="" ?selected=${!query.country}>
              ${msg('All countries', { id: 'finder.all-countries' })}
            </option>
            ${countries.map((c) => html`<option value=${c} ?selected=${query.country === c}>${countryName(c, locale)}</option>`)}
          </select>`
      : nothing
  }
  ${
    regions.length > 1 || (regions.length === 1 && !chosenRegion && query.region)
      ? html`<label for="region">${msg('Region', { id: 'finder.region' })}</label>
          <select
            id="region"
            @change=${(e: Event) => view.search.set({ region: (e.target as HTMLSelectElement).value })}
          >
            <option value="" ?selected=${!chosenRegion}>${msg('All regions', { id: 'finder.all-regions' })}</option>
            ${regions.map((r) => html`<option value=${r.value} lang=${r.lang} ?selected=${r === chosenRegion}>${r.label}</option>`)}
          </select>`
      : nothing
  }`;
}

function renderLocated(located: Located) {
  switch (located) {
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
