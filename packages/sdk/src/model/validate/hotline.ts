import * as z from './zod.js';
import type { Hotline } from '../hotline.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { parseChannels } from './channel.js';
import { countrySchema, idSchema, isoDateSchema, languageTagSchema } from './common.js';
import { parseHours, parseWebPage } from './fields.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

/** A hotline as published; its hours, channels and web page are checked on their own. */
export const hotlineSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  operator: z.optional(localizedTextSchema),
  countries: z.array(countrySchema).check(z.minLength(1, 'name at least one country served')),
  topics: z.optional(z.array(z.string())),
  channels: z.array(z.unknown()),
  hours: z.optional(z.unknown()),
  languages: z.optional(z.array(languageTagSchema)),
  free: z.optional(z.boolean()),
  anonymous: z.optional(z.boolean()),
  emergency: z.optional(z.boolean()),
  url: z.optional(z.unknown()),
  lastVerified: z.optional(isoDateSchema),
});

/**
 * The fields a hotline may leave out, besides its hours and the details of its channels (which are
 * checked on their own): a problem in one of them drops that field, never the hotline. The CLI's
 * `hotlines.csv` has a column for each.
 */
export const HOTLINE_OPTIONAL_FIELDS = [
  'description',
  'operator',
  'topics',
  'languages',
  'free',
  'anonymous',
  'emergency',
  'url',
  'lastVerified',
] as const;

// Fields whose problems drop the field, not the record.
const OPTIONAL_HOTLINE_FIELDS: ReadonlySet<string> = new Set(HOTLINE_OPTIONAL_FIELDS);

/**
 * Validates one hotline. Bad channels are skipped one by one; the hotline itself is skipped only
 * when its own fields are wrong or no channel is left to reach it.
 */
export function parseHotline(input: unknown, path: PropertyKey[], warnings: DataWarning[]): Hotline | undefined {
  const raw = parseLeniently(hotlineSchema, input, path, OPTIONAL_HOTLINE_FIELDS, warnings);
  if (!raw) return undefined;
  const hours = parseHours(raw.hours, [...path, 'hours'], warnings);
  const languages = raw.languages ?? [];
  const free = raw.free ?? false;
  const url = parseWebPage(raw.url, [...path, 'url'], warnings);
  const channels = parseChannels(raw.channels, [...path, 'channels'], { hours, languages, free }, warnings);
  if (channels.length === 0) {
    warnings.push({ path: jsonPath([...path, 'channels']), reason: 'no usable contact channel', action: 'skipped' });
    return undefined;
  }
  return {
    id: raw.id,
    name: raw.name,
    ...(raw.description !== undefined && { description: raw.description }),
    ...(raw.operator !== undefined && { operator: raw.operator }),
    countries: raw.countries,
    topics: raw.topics ?? [],
    channels,
    ...(hours !== undefined && { hours }),
    languages,
    free,
    anonymous: raw.anonymous ?? false,
    emergency: raw.emergency ?? false,
    ...(url !== undefined && { url }),
    ...(raw.lastVerified !== undefined && { lastVerified: raw.lastVerified }),
  };
}
