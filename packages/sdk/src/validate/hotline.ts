import * as z from 'zod/mini';
import type { Channel, Hotline } from '../hotline.js';
import type { OpeningHours } from '../hours.js';
import { CHANNEL_KINDS, channelLink, safeLink } from '../links.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { countrySchema, idSchema, isoDateSchema, languageTagSchema } from './common.js';
import { hoursSchema } from './hours.js';
import { issuesToWarnings } from './issues.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

const rawChannelSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  value: z.string(),
  label: z.optional(localizedTextSchema),
  hours: z.optional(z.unknown()),
  languages: z.optional(z.array(languageTagSchema)),
  free: z.optional(z.boolean()),
  note: z.optional(localizedTextSchema),
});

const rawHotlineSchema = z.object({
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
  url: z.optional(z.string()),
  lastVerified: z.optional(isoDateSchema),
});

// Fields whose problems drop the field, not the record (hours have their own handling below).
const OPTIONAL_CHANNEL_FIELDS = new Set(['label', 'languages', 'free', 'note']);
const OPTIONAL_HOTLINE_FIELDS = new Set([
  'description',
  'operator',
  'topics',
  'languages',
  'free',
  'anonymous',
  'emergency',
  'lastVerified',
]);

/**
 * Hours are checked on their own: bad hours are dropped (shown as "unknown", never as "closed")
 * and reported, so one typo in a schedule does not hide a working phone line.
 */
function parseHours(input: unknown, path: PropertyKey[], warnings: DataWarning[]): OpeningHours | undefined {
  if (input === undefined) return undefined;
  const parsed = hoursSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const w of issuesToWarnings(parsed.error, input, path, 'repaired')) {
    warnings.push({ ...w, reason: `${w.reason}; hours dropped, shown as unknown` });
  }
  return undefined;
}

function parseChannel(
  input: unknown,
  path: PropertyKey[],
  hotline: { hours?: OpeningHours; languages: string[]; free: boolean },
  warnings: DataWarning[],
): Channel | undefined {
  const raw = parseLeniently(rawChannelSchema, input, path, OPTIONAL_CHANNEL_FIELDS, warnings);
  if (!raw) return undefined;
  const link = channelLink(raw.kind, raw.value);
  if (!link.ok) {
    warnings.push({ path: jsonPath([...path, 'value']), reason: link.reason, action: 'skipped' });
    return undefined;
  }
  // Only a channel without hours of its own takes the hotline's: when its own are bad they are
  // unknown, as the warning says, since the hotline's may not fit the channel at all.
  const hours = raw.hours === undefined ? hotline.hours : parseHours(raw.hours, [...path, 'hours'], warnings);
  return {
    kind: raw.kind,
    value: link.value,
    href: link.href,
    display: link.display,
    ...(raw.label !== undefined && { label: raw.label }),
    ...(hours !== undefined && { hours }),
    languages: raw.languages ?? hotline.languages,
    free: raw.free ?? hotline.free,
    ...(raw.note !== undefined && { note: raw.note }),
  };
}

/**
 * Validates one hotline. Bad channels are skipped one by one; the hotline itself is skipped only
 * when its own fields are wrong or no channel is left to reach it.
 */
export function parseHotline(input: unknown, path: PropertyKey[], warnings: DataWarning[]): Hotline | undefined {
  const raw = parseLeniently(rawHotlineSchema, input, path, OPTIONAL_HOTLINE_FIELDS, warnings);
  if (!raw) return undefined;
  const hours = parseHours(raw.hours, [...path, 'hours'], warnings);
  const languages = raw.languages ?? [];
  const free = raw.free ?? false;
  let url: string | undefined;
  if (raw.url !== undefined) {
    const link = safeLink(raw.url);
    if (link.ok && /^https?:/.test(link.href)) url = link.href;
    else {
      const reason = link.ok ? 'a web page must be an http(s) link' : link.reason;
      warnings.push({ path: jsonPath([...path, 'url']), reason, action: 'repaired' });
    }
  }
  const channels: Channel[] = [];
  raw.channels.forEach((c, i) => {
    const channel = parseChannel(c, [...path, 'channels', i], { hours, languages, free }, warnings);
    if (channel) channels.push(channel);
  });
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
