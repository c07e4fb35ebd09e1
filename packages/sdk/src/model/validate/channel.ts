import * as z from './zod.js';
import type { Channel } from '../hotline.js';
import type { OpeningHours } from '../../hours/hours.js';
import { CHANNEL_KINDS, channelLink } from '../../contact/channel-link.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { languageTagSchema } from './common.js';
import { parseHours } from './fields.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

/** A channel as published; its hours are checked on their own (see {@link parseHours}). */
export const channelSchema = z.object({
  kind: z.enum(CHANNEL_KINDS),
  value: z.string(),
  label: z.optional(localizedTextSchema),
  hours: z.optional(z.unknown()),
  languages: z.optional(z.array(languageTagSchema)),
  free: z.optional(z.boolean()),
  note: z.optional(localizedTextSchema),
});

// Fields whose problems drop the field, not the channel (hours have their own handling).
const OPTIONAL_CHANNEL_FIELDS = new Set(['label', 'languages', 'free', 'note']);

/** What a channel takes from its hotline or centre when it does not say. */
export interface ChannelDefaults {
  hours: OpeningHours | undefined;
  languages: string[];
  free: boolean;
}

/**
 * Validates one contact channel and turns its value into a safe link. A bad channel is skipped
 * and reported; its owner decides whether it can do without.
 */
function parseChannel(
  input: unknown,
  path: readonly PropertyKey[],
  defaults: ChannelDefaults,
  warnings: DataWarning[],
): Channel | undefined {
  const raw = parseLeniently(channelSchema, input, path, OPTIONAL_CHANNEL_FIELDS, warnings);
  if (!raw) return undefined;
  const link = channelLink(raw.kind, raw.value);
  if (!link.ok) {
    warnings.push({ path: jsonPath([...path, 'value']), reason: link.reason, action: 'skipped' });
    return undefined;
  }
  // Only a channel without hours of its own takes its owner's: when its own are bad they are
  // unknown, as the warning says, since the owner's may not fit the channel at all.
  const hours = raw.hours === undefined ? defaults.hours : parseHours(raw.hours, [...path, 'hours'], warnings);
  return {
    kind: raw.kind,
    value: link.value,
    href: link.href,
    display: link.display,
    ...(raw.label !== undefined && { label: raw.label }),
    ...(hours !== undefined && { hours }),
    languages: raw.languages ?? defaults.languages,
    free: raw.free ?? defaults.free,
    ...(raw.note !== undefined && { note: raw.note }),
  };
}

/** Validates a list of channels one by one, keeping the good ones in order. */
export function parseChannels(
  input: readonly unknown[],
  path: readonly PropertyKey[],
  defaults: ChannelDefaults,
  warnings: DataWarning[],
): Channel[] {
  const channels: Channel[] = [];
  input.forEach((c, i) => {
    const channel = parseChannel(c, [...path, i], defaults, warnings);
    if (channel) channels.push(channel);
  });
  return channels;
}
