import * as z from './zod.js';
import { APPOINTMENT_POLICIES, CENTRE_KINDS } from '../centre.js';
import { countrySchema, idSchema, isoDateSchema, languageTagSchema } from './common.js';
import { positionSchema } from './position.js';
import { localizedTextSchema } from './text.js';

export const accessibilitySchema = z.object({
  wheelchair: z.optional(z.boolean()),
  notes: z.optional(localizedTextSchema),
});

/**
 * A centre as published. Services and audiences are checked item by item, and hours, channels,
 * stops and the web page on their own, so one bad entry never costs the whole field.
 */
export const centreSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  kind: z.enum(CENTRE_KINDS),
  operator: z.optional(localizedTextSchema),
  description: z.optional(localizedTextSchema),
  country: countrySchema,
  region: z.optional(localizedTextSchema),
  city: z.optional(localizedTextSchema),
  address: z.optional(localizedTextSchema),
  position: z.optional(positionSchema),
  services: z.optional(z.array(z.unknown())),
  audiences: z.optional(z.array(z.unknown())),
  languages: z.optional(z.array(languageTagSchema)),
  hours: z.optional(z.unknown()),
  channels: z.optional(z.array(z.unknown())),
  accessibility: z.optional(accessibilitySchema),
  appointment: z.optional(z.enum(APPOINTMENT_POLICIES)),
  stops: z.optional(z.array(z.unknown())),
  url: z.optional(z.unknown()),
  lastVerified: z.optional(isoDateSchema),
});
