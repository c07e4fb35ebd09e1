import { nextStop, type CentreResult, type Position } from '@mrc-kit/sdk';
import type Supercluster from 'supercluster';
import type { ClusterFeature, PointFeature } from 'supercluster';

export interface PointProps {
  id: string;
}

export type PointIndex = Supercluster<PointProps, Record<never, never>>;
export type MapFeature = ClusterFeature<Record<never, never>> | PointFeature<PointProps>;

export function isCluster(feature: MapFeature): feature is ClusterFeature<Record<never, never>> {
  return 'cluster' in feature.properties && feature.properties.cluster === true;
}

const valid = (p: Position | undefined): p is Position =>
  p !== undefined && Number.isFinite(p.lat) && Number.isFinite(p.lng) && Math.abs(p.lat) <= 90;

/** Where a result shows on the map: its position; a mobile team at its current or next stop, else its base. */
export function placeOf(result: CentreResult, at: number): Position | undefined {
  const { centre } = result;
  const stop = centre.kind === 'mobile-team' ? nextStop(centre, at)?.stop.position : undefined;
  if (valid(stop)) return stop;
  return valid(centre.position) ? centre.position : undefined;
}

/** Places as GeoJSON points (longitude first) for the clustering index. */
export function toPoints(places: ReadonlyMap<string, Position>): PointFeature<PointProps>[] {
  return [...places].map(([id, { lat, lng }]) => ({
    type: 'Feature',
    properties: { id },
    geometry: { type: 'Point', coordinates: [lng, lat] },
  }));
}

/**
 * The first zoom from `from` at which the point `id` stands on its own rather than inside a
 * cluster; past the index's last clustered zoom every point does.
 */
export function leafZoom(index: PointIndex, id: string, place: Position, from: number): number {
  const last = index.options.maxZoom + 1;
  const d = 1e-6;
  const box: [number, number, number, number] = [place.lng - d, place.lat - d, place.lng + d, place.lat + d];
  for (let zoom = Math.max(0, Math.ceil(from)); zoom < last; zoom++) {
    const here = index.getClusters(box, zoom);
    if (here.some((f) => !isCluster(f) && f.properties.id === id)) return zoom;
  }
  return last;
}
