import type { Position } from '../model/centre.js';

export interface DirectionsLinks {
  /** `geo:` URI (RFC 5870): opens the phone's own maps app, which may work offline. */
  geo: string;
  /** The same place on openstreetmap.org, for devices without a maps app. */
  osm: string;
}

/**
 * Links that show a place in a maps app or on OpenStreetMap. Built from numbers only, so nothing
 * from the data can slip into them; only the place is in the link, never the person's position.
 */
export function directionsLinks(position: Position): DirectionsLinks | undefined {
  const { lat, lng } = position;
  if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180) return undefined;
  const la = Number(lat.toFixed(6));
  const ln = Number(lng.toFixed(6));
  return {
    geo: `geo:${la},${ln}`,
    osm: `https://www.openstreetmap.org/?mlat=${la}&mlon=${ln}#map=17/${la}/${ln}`,
  };
}
