// Distances on the Earth, as the crow flies: what "near me" means when road data is not available.

/** The Earth's mean radius (IUGG), in km. */
const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

/**
 * Great-circle distance in km between two points given in degrees (haversine formula, exact
 * enough for a few metres at any distance on a sphere).
 */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const sinLat = Math.sin(((lat2 - lat1) * RAD) / 2);
  const sinLng = Math.sin(((lng2 - lng1) * RAD) / 2);
  const a = sinLat * sinLat + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * sinLng * sinLng;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.sqrt(Math.min(1, a)));
}

/**
 * A lower bound of the distance between two latitudes, whatever the longitudes: no path between
 * them is shorter than along a meridian. Cheap enough to skip most far points before
 * {@link haversineKm}.
 */
export function latitudeGapKm(lat1: number, lat2: number): number {
  return Math.abs(lat2 - lat1) * RAD * EARTH_RADIUS_KM;
}
