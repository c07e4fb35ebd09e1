import * as z from './zod.js';
import type { MobileStop } from '../centre.js';
import type { DataWarning } from '../problems.js';
import { isoDateTimeSchema } from './common.js';
import { parseLeniently } from './lenient.js';
import { positionSchema } from './position.js';
import { localizedTextSchema } from './text.js';

const isDateTime = (value: string): boolean => isoDateTimeSchema.safeParse(value).success;

/** One scheduled stop of a mobile team. */
export const stopSchema = z
  .object({
    place: localizedTextSchema,
    position: z.optional(positionSchema),
    start: isoDateTimeSchema,
    end: isoDateTimeSchema,
    note: z.optional(localizedTextSchema),
  })
  .check(
    // Compared only when both are real date-times: a malformed one has its own reason already.
    z.refine((s) => !(isDateTime(s.start) && isDateTime(s.end)) || Date.parse(s.end) > Date.parse(s.start), {
      error: (issue) => {
        const stop = issue.input as { start: string; end: string };
        return `end ${stop.end} is not after start ${stop.start}`;
      },
      path: ['end'],
    }),
  );

const OPTIONAL_STOP_FIELDS = new Set(['position', 'note']);

/** Validates a mobile team's stops one by one and returns the good ones in time order. */
export function parseStops(
  input: readonly unknown[],
  path: readonly PropertyKey[],
  warnings: DataWarning[],
): MobileStop[] {
  const stops: MobileStop[] = [];
  input.forEach((s, i) => {
    const stop = parseLeniently(stopSchema, s, [...path, i], OPTIONAL_STOP_FIELDS, warnings);
    if (!stop) return;
    stops.push({
      place: stop.place,
      ...(stop.position !== undefined && { position: stop.position }),
      start: stop.start,
      end: stop.end,
      ...(stop.note !== undefined && { note: stop.note }),
    });
  });
  // Offsets may differ between stops, so the order is by instant, not by the written text.
  return stops.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}
