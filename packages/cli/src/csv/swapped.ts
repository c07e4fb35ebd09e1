import { haversineKm } from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import type { Cells } from './cells.js';

/** Countries with fewer placed centres than this give no reliable middle to compare with. */
const MIN_CENTRES = 5;
/** Farther than this from the middle of its country's centres, a position is suspect… */
const FAR_KM = 1500;
/** …when swapping lat and lng brings it this close. */
const NEAR_KM = 500;

const median = (values: Float64Array): number => {
  const sorted = values.slice().sort();
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/** The middle (median latitude and longitude) of each country's centres. */
export class CountryMiddles {
  private readonly points = new Map<string, number[]>();
  private middles: Map<string, { lat: number; lng: number }> | undefined;

  add(country: string, lat: number, lng: number): void {
    const list = this.points.get(country);
    if (list) list.push(lat, lng);
    else this.points.set(country, [lat, lng]);
  }

  middleOf(country: string): { lat: number; lng: number } | undefined {
    if (!this.middles) {
      this.middles = new Map();
      for (const [key, flat] of this.points) {
        if (flat.length < MIN_CENTRES * 2) continue;
        const lats = Float64Array.from(flat.filter((_, i) => i % 2 === 0));
        const lngs = Float64Array.from(flat.filter((_, i) => i % 2 === 1));
        this.middles.set(key, { lat: median(lats), lng: median(lngs) });
      }
      this.points.clear();
    }
    return this.middles.get(country);
  }
}

/** The country (ISO 3166-1 alpha-2) whose borders hold a point, if any: none at sea. */
export type CountryAt = (lng: number, lat: number) => string | undefined;

/**
 * Notices a position whose lat and lng look swapped although both are in range (14.7, -17.4
 * written as -17.4, 14.7). Country borders say it first: outside its country, and inside it once
 * swapped. Where they cannot tell (a pin just off the coast, a territory they do not hold), the
 * country's own centres are the yardstick: far from their middle, and near it once swapped. Such
 * a position is left out of the record and reported with the swap to check; it is never swapped
 * silently, since a wrong pin sends people to the wrong place.
 */
export function checkSwapped(
  record: Record<string, unknown>,
  middles: CountryMiddles,
  countryAt: CountryAt,
  c: Cells,
  problems: Problem[],
): void {
  const position = record.position as { lat: number; lng: number } | undefined;
  const country = record.country;
  if (!position || typeof country !== 'string') return;
  const { lat, lng } = position;
  if (Math.abs(lng) > 90 || Math.abs(lat) > 90) return;
  const here = countryAt(lng, lat);
  if (here === country) return;
  const leftOut = 'the position is left out — swap the two cells if so';
  if (countryAt(lat, lng) === country) {
    const where = here === undefined ? 'at sea' : `in ${here}`;
    report(record, c, problems, `${lat}, ${lng} is ${where}, while ${lng}, ${lat} is in ${country}; ${leftOut}`);
    return;
  }
  const middle = middles.middleOf(country);
  if (!middle) return;
  const away = haversineKm(lat, lng, middle.lat, middle.lng);
  const swapped = haversineKm(lng, lat, middle.lat, middle.lng);
  if (away <= FAR_KM || swapped >= NEAR_KM) return;
  report(
    record,
    c,
    problems,
    `${lat}, ${lng} is ${Math.round(away)} km from the middle of the centres in ${country}, while ${lng}, ${lat} would be ${Math.round(swapped)} km; ${leftOut}`,
  );
}

function report(record: Record<string, unknown>, c: Cells, problems: Problem[], why: string): void {
  problems.push({ where: c.at('lat'), reason: `lat and lng look swapped: ${why}`, action: 'repaired' });
  delete record.position;
}
