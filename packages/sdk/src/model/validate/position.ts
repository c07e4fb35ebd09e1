import * as z from './zod.js';
import type { Position } from '../centre.js';

// Kept separate so the JSON Schema can state the ranges that the check below enforces.
export const latSchema = z.number();
export const lngSchema = z.number();

/** A pair that only makes sense the other way round: a latitude beyond ±90 that would be a fine longitude. */
function looksSwapped({ lat, lng }: Position): boolean {
  return Math.abs(lat) > 90 && Math.abs(lat) <= 180 && Math.abs(lng) <= 90;
}

/**
 * WGS 84 degrees. The ranges, a swapped pair and 0,0 are checked together, so a swapped pair gets
 * one reason that says what to fix rather than "lat out of range".
 */
export const positionSchema = z.object({ lat: latSchema, lng: lngSchema }).check(
  z.check((ctx) => {
    const { lat, lng } = ctx.value;
    const issue = (message: string, path: PropertyKey[] = []): void => {
      ctx.issues.push({ code: 'custom', message, input: ctx.value, path });
    };
    if (looksSwapped(ctx.value)) {
      issue(`lat and lng look swapped (lat ${lat}, lng ${lng}): lat runs from -90 to 90, lng from -180 to 180`);
      return;
    }
    if (Math.abs(lat) > 90) issue(`lat ${lat} is out of range: it runs from -90 (south) to 90 (north)`, ['lat']);
    if (Math.abs(lng) > 180) issue(`lng ${lng} is out of range: it runs from -180 (west) to 180 (east)`, ['lng']);
    if (lat === 0 && lng === 0) issue('lat 0, lng 0 is "null island", probably a missing position');
  }),
);
