import { css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';

// The rules of leaflet/dist/leaflet.css (Leaflet 1.9.4) that a map with tiles and div-icon markers
// needs, and no controls or popups (the element draws its own). They live here because a page's
// stylesheets do not reach into the shadow root, and a constructable stylesheet keeps a strict
// `style-src 'self'` working. Old-browser fallbacks and vector-layer rules are left out.
const leafletStyles = css`
  .leaflet-pane,
  .leaflet-tile,
  .leaflet-marker-icon,
  .leaflet-tile-container,
  .leaflet-zoom-box,
  .leaflet-layer {
    position: absolute;
    left: 0;
    top: 0;
  }
  .leaflet-container {
    overflow: hidden;
    -webkit-tap-highlight-color: transparent;
  }
  .leaflet-tile,
  .leaflet-marker-icon {
    user-select: none;
    -webkit-user-drag: none;
  }
  .leaflet-marker-icon {
    display: block;
  }
  .leaflet-container .leaflet-tile {
    max-width: none !important;
    max-height: none !important;
    width: auto;
    padding: 0;
  }
  .leaflet-container img.leaflet-tile {
    mix-blend-mode: plus-lighter;
  }
  .leaflet-container.leaflet-touch-zoom {
    touch-action: pan-x pan-y;
  }
  .leaflet-container.leaflet-touch-drag {
    touch-action: pinch-zoom;
  }
  .leaflet-container.leaflet-touch-drag.leaflet-touch-zoom {
    touch-action: none;
  }
  .leaflet-tile {
    filter: inherit;
    visibility: hidden;
  }
  .leaflet-tile-loaded {
    visibility: inherit;
  }
  .leaflet-zoom-box {
    width: 0;
    height: 0;
    z-index: 800;
    border: 2px dotted #38f;
  }
  .leaflet-pane {
    z-index: 400;
  }
  .leaflet-tile-pane {
    z-index: 200;
  }
  .leaflet-marker-pane {
    z-index: 600;
  }
  .leaflet-zoom-animated {
    transform-origin: 0 0;
  }
  .leaflet-zoom-anim .leaflet-zoom-animated {
    transition: transform 0.25s cubic-bezier(0, 0, 0.25, 1);
  }
  .leaflet-zoom-anim .leaflet-tile,
  .leaflet-pan-anim .leaflet-tile {
    transition: none;
  }
  .leaflet-zoom-anim .leaflet-zoom-hide {
    visibility: hidden;
  }
  .leaflet-interactive {
    cursor: pointer;
  }
  .leaflet-grab {
    cursor: grab;
  }
  .leaflet-dragging .leaflet-grab,
  .leaflet-dragging .leaflet-grab .leaflet-interactive {
    cursor: grabbing;
  }
  .leaflet-marker-icon,
  .leaflet-tile-container {
    pointer-events: none;
  }
  .leaflet-marker-icon.leaflet-interactive {
    pointer-events: auto;
  }
`;

export const finderMapStyles = [
  sharedStyles,
  leafletStyles,
  css`
    /* Part of the finder, not an element of the page: no space of its own below it. */
    :host {
      margin-block-end: 0;
    }
    .frame {
      position: relative;
    }
    /* A map is not text: its panes are placed with physical offsets whatever the page's direction. */
    .map {
      direction: ltr;
      block-size: var(--mrc-map-height, 20rem);
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-skeleton);
      font: inherit;
    }
    .zoom {
      position: absolute;
      inset-block-start: 0.5rem;
      inset-inline-end: 0.5rem;
      z-index: 1000;
      display: grid;
      gap: 0.25rem;
    }
    .zoom button {
      inline-size: 44px;
      padding: 0;
      justify-content: center;
      font-size: 1.25rem;
      font-weight: 700;
      line-height: 1;
    }
    .attribution {
      position: absolute;
      inset-block-end: 1px;
      inset-inline-end: 1px;
      z-index: 1000;
      max-inline-size: calc(100% - 2px);
      padding-inline: 0.375rem;
      border-start-start-radius: 4px;
      background: var(--_mrc-color-surface);
      color: var(--_mrc-color-text);
      font-size: 0.75rem;
    }
    /* Markers are drawn with CSS: no image file is ever requested. */
    .pin,
    .cluster {
      display: grid;
      place-items: center;
      border: 2px solid var(--_mrc-color-surface);
      border-radius: 50%;
      background: var(--_mrc-color-primary);
      color: var(--_mrc-color-on-primary);
      box-shadow: 0 1px 4px rgb(0 0 0 / 0.5);
    }
    .cluster {
      font-weight: 700;
      font-size: 0.875rem;
      line-height: 1;
    }
    .pin.selected {
      border-color: var(--_mrc-color-text);
      background: var(--_mrc-color-focus);
      box-shadow: 0 0 0 3px var(--_mrc-color-surface);
    }
    @media (forced-colors: active) {
      .pin,
      .cluster {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
      .pin.selected {
        background: Highlight;
      }
    }
  `,
];
