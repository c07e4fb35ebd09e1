import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, query } from 'lit/decorators.js';
import Supercluster from 'supercluster';
import type { CentreResult, Position } from '@mrc-kit/sdk';
import { define } from '../base/define.js';
import { directionOf } from '../base/locale.js';
import { textIn } from '../base/texts.js';
import { finderMapStyles } from './finder-map.styles.js';
import { L } from './leaflet.js';
import {
  isCluster,
  leafZoom,
  placeOf,
  toPoints,
  type MapFeature,
  type PointIndex,
  type PointProps,
} from './map-points.js';

const MAX_ZOOM = 18;
const OSM_TILES = 'https://tile.openstreetmap.org/{z}/{x}/{y}.png';
const OSM_ATTRIBUTION = '© OpenStreetMap contributors';
// Clusters are computed on 256-pixel tiles, like Leaflet's, so the radius is in screen pixels.
const CLUSTERING = { radius: 60, extent: 256, maxZoom: 16 };

export interface MapSelectDetail {
  centreId: string;
}

/**
 * The map of `<mrc-centre-finder>`: one marker per result with a place, grouped into clusters that
 * show their count, so a thousand centres stay usable. Loaded only when the finder's `map` is on,
 * as its own chunk with Leaflet: without it, no map code and no tile is ever downloaded.
 *
 * Texts come from the finder, which owns the translations. Names are written with DOM text, never
 * as HTML, and Leaflet's own controls (which write HTML) are replaced by the template's, so the map
 * works under Trusted Types.
 *
 * @internal
 * @cssproperty [--mrc-map-height=20rem] - Height of the map.
 * @event mrc-map-select - A centre's marker was chosen. `detail`: `{ centreId }`.
 */
export class MrcFinderMap extends LitElement {
  static override styles = finderMapStyles;

  @property({ attribute: false }) results: readonly CentreResult[] = [];
  @property({ attribute: false }) selectedId?: string;
  /** A Leaflet tile URL template: `{z}`, `{x}`, `{y}` (and `{s}` with subdomains). Unset: OpenStreetMap's. */
  @property({ attribute: false }) tileUrl: string | undefined = OSM_TILES;
  /** Shown as text over the map, as the tile server's licence requires. Unset: OpenStreetMap's credit. */
  @property({ attribute: false }) attribution: string | undefined = OSM_ATTRIBUTION;
  @property({ attribute: false }) locale = 'en';
  /** The dataset's default locale, the fallback of its texts (`dataset.defaultLocale`). */
  @property({ attribute: false }) defaultLocale = 'en';
  /** The accessible name of the map region. */
  @property({ attribute: false }) label = 'Map of the centres';
  @property({ attribute: false }) zoomInLabel = 'Zoom in';
  @property({ attribute: false }) zoomOutLabel = 'Zoom out';
  /** What a cluster of `count` centres is called, for screen readers. */
  @property({ attribute: false }) clusterLabel: (count: number) => string = (count) => `${count} centres`;
  /** The moment mobile teams are placed for (at their current or next stop). Default: now. */
  @property({ attribute: false }) now?: Date;

  @query('.map') private container?: HTMLElement;

  private map?: L.Map;
  private markerLayer?: L.LayerGroup;
  private tiles?: L.TileLayer;
  private index?: PointIndex;
  private places = new Map<string, Position>();
  private byId = new Map<string, CentreResult>();
  private markers = new Map<string, L.Marker>();
  private resizeObserver?: ResizeObserver;
  private fitWhenSized = false;
  private motion = true;

  override render(): TemplateResult {
    return html`<div class="frame">
      <div class="map" role="region" aria-label=${this.label}></div>
      <div class="zoom">
        <button class="secondary" type="button" aria-label=${this.zoomInLabel} @click=${() => this.map?.zoomIn()}>
          <span aria-hidden="true">+</span>
        </button>
        <button class="secondary" type="button" aria-label=${this.zoomOutLabel} @click=${() => this.map?.zoomOut()}>
          <span aria-hidden="true">−</span>
        </button>
      </div>
      <p class="attribution">${this.attribution ?? OSM_ATTRIBUTION}</p>
    </div>`;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after a move: the map was taken down when the element left.
    if (this.hasUpdated && !this.map) this.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.map?.remove();
    this.map = this.markerLayer = this.tiles = undefined;
    this.markers.clear();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (!this.map) {
      if (this.isConnected) this.start();
      return;
    }
    if (changed.has('tileUrl')) this.tiles?.setUrl(this.tileUrl || OSM_TILES);
    if (changed.has('results') || changed.has('now')) {
      this.indexResults();
      this.fit();
    } else if (changed.has('locale') || changed.has('defaultLocale') || changed.has('clusterLabel')) {
      this.redraw();
    }
    if (changed.has('selectedId')) this.showSelected();
  }

  private start(): void {
    const container = this.container;
    if (!container) return;
    this.motion = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map = L.map(container, {
      // Both default controls write HTML with innerHTML; the template draws them instead.
      zoomControl: false,
      attributionControl: false,
      maxZoom: MAX_ZOOM,
      minZoom: 1,
      worldCopyJump: true,
      zoomAnimation: this.motion,
      fadeAnimation: this.motion,
      markerZoomAnimation: this.motion,
    });
    this.markerLayer = L.layerGroup().addTo(this.map);
    this.map.on('moveend', () => this.drawMarkers());
    this.indexResults();
    this.fit();
    this.showSelected(false);
    // Tiles only once the view is set, so no tile of a passing view is downloaded.
    this.tiles = L.tileLayer(this.tileUrl || OSM_TILES, {
      maxZoom: MAX_ZOOM,
      // The tile server learns the site, never the page's address (which may hold a search).
      referrerPolicy: 'strict-origin',
      // No tiles for the zoom levels a pinch passes through: less data on a metered line.
      updateWhenZooming: false,
    }).addTo(this.map);
    this.resizeObserver = new ResizeObserver(() => this.onResize());
    this.resizeObserver.observe(container);
  }

  private indexResults(): void {
    const at = (this.now ?? new Date()).getTime();
    this.places = new Map();
    for (const result of this.results) {
      const place = placeOf(result, at);
      if (place) this.places.set(result.centre.id, place);
    }
    this.byId = new Map(this.results.map((r) => [r.centre.id, r]));
    this.index = new Supercluster<PointProps, Record<never, never>>(CLUSTERING).load(toPoints(this.places));
    // A new index numbers its clusters afresh: no marker of the old one may be kept.
    this.clearMarkers();
  }

  private hasSize(): boolean {
    const { width, height } = this.container?.getBoundingClientRect() ?? { width: 0, height: 0 };
    return width > 0 && height > 0;
  }

  /** Shows every result; a hidden map (no size yet) does so once it is shown. */
  private fit(): void {
    const map = this.map;
    if (!map) return;
    const places = [...this.places.values()];
    this.fitWhenSized = !this.hasSize();
    if (places.length === 0 || this.fitWhenSized) map.setView([20, 0], 2, { animate: false });
    else
      map.fitBounds(L.latLngBounds(places.map((p) => [p.lat, p.lng])), {
        padding: [32, 32],
        maxZoom: 14,
        animate: false,
      });
    this.drawMarkers();
  }

  private onResize(): void {
    if (!this.map || !this.hasSize()) return;
    this.map.invalidateSize({ animate: false });
    if (this.fitWhenSized) this.fit();
  }

  private clearMarkers(): void {
    this.markerLayer?.clearLayers();
    this.markers.clear();
  }

  /** Draws every marker afresh, to renew their texts. */
  private redraw(): void {
    this.clearMarkers();
    this.drawMarkers();
  }

  /** The clusters and points in view: markers that stay are kept, so panning does not rebuild the DOM. */
  private drawMarkers(): void {
    const { map, index, markerLayer } = this;
    if (!map || !index || !markerLayer) return;
    const bounds = map.getBounds();
    const features = index.getClusters(
      [bounds.getWest(), Math.max(-90, bounds.getSouth()), bounds.getEast(), Math.min(90, bounds.getNorth())],
      Math.round(map.getZoom()),
    );
    const shown = new Set<string>();
    for (const feature of features) {
      const key = isCluster(feature) ? `cluster:${feature.properties.cluster_id}` : `centre:${feature.properties.id}`;
      shown.add(key);
      if (!this.markers.has(key)) this.markers.set(key, this.makeMarker(feature).addTo(markerLayer));
    }
    for (const [key, marker] of this.markers) {
      if (shown.has(key)) continue;
      markerLayer.removeLayer(marker);
      this.markers.delete(key);
    }
    this.highlight();
  }

  private makeMarker(feature: MapFeature): L.Marker {
    const [lng = 0, lat = 0] = feature.geometry.coordinates;
    const content = document.createElement('span');
    let size = 28;
    let activate: (fromKeyboard: boolean) => void;
    if (isCluster(feature)) {
      const count = feature.properties.point_count;
      size = count < 10 ? 36 : count < 100 ? 44 : 52;
      const shown = document.createElement('span');
      shown.setAttribute('aria-hidden', 'true');
      shown.textContent = new Intl.NumberFormat(this.locale, { notation: 'compact' }).format(count);
      content.append(shown, this.hiddenText(this.clusterLabel(count)));
      activate = (fromKeyboard) => {
        const zoom = Math.min(this.index!.getClusterExpansionZoom(feature.properties.cluster_id), MAX_ZOOM);
        this.map?.setView([lat, lng], zoom, { animate: this.motion });
        // The cluster's marker goes away: keyboard focus stays on the map rather than on the page.
        if (fromKeyboard) this.container?.focus({ preventScroll: true });
      };
    } else {
      const id = feature.properties.id;
      const name = textIn(this.byId.get(id)?.centre.name, this.locale, this);
      const text = this.hiddenText(name.text || id);
      if (name.lang) {
        text.lang = name.lang;
        text.dir = directionOf(name.lang);
      }
      content.append(text);
      content.dataset['centre'] = id;
      activate = () => this.select(id);
    }
    const marker = L.marker([lat, lng], {
      icon: L.divIcon({
        html: content,
        className: isCluster(feature) ? 'cluster' : 'pin',
        iconSize: [size, size],
      }),
      keyboard: true,
      riseOnHover: true,
    });
    marker.on('click', () => activate(false));
    marker.on('keypress', (event: L.LeafletKeyboardEvent) => {
      const key = event.originalEvent.key;
      if (key !== 'Enter' && key !== ' ') return;
      event.originalEvent.preventDefault();
      activate(true);
    });
    return marker;
  }

  private hiddenText(text: string): HTMLSpanElement {
    const span = document.createElement('span');
    span.className = 'visually-hidden';
    span.textContent = text;
    return span;
  }

  private select(centreId: string): void {
    this.dispatchEvent(
      new CustomEvent<MapSelectDetail>('mrc-map-select', { detail: { centreId }, bubbles: true, composed: true }),
    );
  }

  private highlight(): void {
    const selectedKey = `centre:${this.selectedId}`;
    for (const [key, marker] of this.markers) {
      const selected = key === selectedKey;
      const icon = marker.getElement();
      icon?.classList.toggle('selected', selected);
      if (selected) icon?.setAttribute('aria-current', 'true');
      else icon?.removeAttribute('aria-current');
      if ((marker.options.zIndexOffset ?? 0) !== (selected ? 1000 : 0)) marker.setZIndexOffset(selected ? 1000 : 0);
    }
  }

  /** Brings the selected centre into view, zoomed in far enough that it is out of any cluster. */
  private showSelected(animate = this.motion): void {
    const { map, index, selectedId } = this;
    const place = selectedId ? this.places.get(selectedId) : undefined;
    if (map && index && selectedId && place) {
      const zoom = Math.min(MAX_ZOOM, Math.max(map.getZoom(), leafZoom(index, selectedId, place, map.getZoom())));
      map.setView([place.lat, place.lng], zoom, { animate });
    }
    this.highlight();
  }
}

define('mrc-finder-map', MrcFinderMap);

declare global {
  interface HTMLElementTagNameMap {
    'mrc-finder-map': MrcFinderMap;
  }
  interface HTMLElementEventMap {
    'mrc-map-select': CustomEvent<MapSelectDetail>;
  }
}
