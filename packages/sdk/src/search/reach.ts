import type { Position } from '../model/centre.js';

const EARTH_RADIUS_KM = 6371.0088;
const DEG = 180 / Math.PI;

type Range = readonly [number, number];

/**
 * Whether a box `[minLng, minLat, maxLng, maxLat]` (degrees; `minLng > maxLng` crosses the 180th
 * meridian) may hold a point within `radiusKm` of `near`. The circle is replaced by the smallest
 * latitude/longitude box around it, so the answer errs towards yes: a shard near a corner of the
 * reach may be loaded for nothing, but one in reach is never missed.
 */
export function boxInReach(box: readonly [number, number, number, number], near: Position, radiusKm: number): boolean {
  const [minLng, minLat, maxLng, maxLat] = box;
  const angle = radiusKm / EARTH_RADIUS_KM;
  const lowLat = near.lat - angle * DEG;
  const highLat = near.lat + angle * DEG;
  if (highLat < minLat || lowLat > maxLat) return false;
  // A reach that takes in a pole spans every longitude.
  if (highLat >= 90 || lowLat <= -90) return true;
  // The widest longitude span of the circle (at the latitude where it touches its meridians).
  const spread = Math.asin(Math.sin(angle) / Math.cos(near.lat / DEG)) * DEG;
  return overlaps(split(near.lng - spread, near.lng + spread), split(minLng, maxLng, true));
}

/** A longitude interval as one or two plain intervals within [-180, 180]. */
function split(from: number, to: number, wraps = false): Range[] {
  if (wraps && from > to)
    return [
      [from, 180],
      [-180, to],
    ];
  if (to - from >= 360) return [[-180, 180]];
  if (from < -180)
    return [
      [from + 360, 180],
      [-180, to],
    ];
  if (to > 180)
    return [
      [from, 180],
      [-180, to - 360],
    ];
  return [[from, to]];
}

function overlaps(a: Range[], b: Range[]): boolean {
  return a.some(([a0, a1]) => b.some(([b0, b1]) => a0 <= b1 && b0 <= a1));
}

/** A usable position: finite degrees on the globe. */
export function isPosition(value: Position | undefined): value is Position {
  return (
    value !== undefined &&
    Number.isFinite(value.lat) &&
    Number.isFinite(value.lng) &&
    Math.abs(value.lat) <= 90 &&
    Math.abs(value.lng) <= 180
  );
}
