import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { CentreResult, Dataset } from '@mrc-kit/sdk';
import { plural } from '../base/plural.js';
import type { MapSelectDetail } from './finder-map.js';
// This module loads on demand, when the map is switched on, with the map's element and Leaflet.
import './finder-map.js';

export interface MapView {
  results: readonly CentreResult[];
  selectedId: string | undefined;
  tileUrl: string | undefined;
  attribution: string | undefined;
  locale: string;
  dataset: Dataset;
  now: Date | undefined;
  onSelect(centreId: string): void;
}

/** The map of every match. */
export function renderFinderMap(view: MapView): TemplateResult {
  return html`<mrc-finder-map
    part="map"
    class="map no-print"
    .results=${view.results}
    .selectedId=${view.selectedId}
    .tileUrl=${view.tileUrl}
    .attribution=${view.attribution}
    .locale=${view.locale}
    .defaultLocale=${view.dataset.defaultLocale}
    .now=${view.now}
    .label=${msg('Map of the centres', { id: 'finder.map' })}
    .zoomInLabel=${msg('Zoom in', { id: 'finder.map.zoom-in' })}
    .zoomOutLabel=${msg('Zoom out', { id: 'finder.map.zoom-out' })}
    .clusterLabel=${(count: number) => {
      const n = new Intl.NumberFormat(view.locale).format(count);
      return plural(count, {
        one: () => msg(str`${n} centre`, { id: 'finder.map.cluster.one' }),
        two: () => msg(str`${n} centres`, { id: 'finder.map.cluster.two' }),
        few: () => msg(str`${n} centres`, { id: 'finder.map.cluster.few' }),
        many: () => msg(str`${n} centres`, { id: 'finder.map.cluster.many' }),
        other: () => msg(str`${n} centres`, { id: 'finder.map.cluster.other' }),
      });
    }}
    @mrc-map-select=${(e: CustomEvent<MapSelectDetail>) => {
      // The map's own event stays inside: the page hears mrc-centre-select, as from the list.
      e.stopPropagation();
      view.onSelect(e.detail.centreId);
    }}
  ></mrc-finder-map>`;
}
