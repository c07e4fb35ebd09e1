import type { OpeningHours } from '../hours/hours.js';
import type { ChannelKind } from '../contact/channel-link.js';
import type { LocalizedText } from './text.js';

/** One way to reach a hotline or a centre, ready to render: `href` has passed the safe-link checks. */
export interface Channel {
  kind: ChannelKind;
  /** The stored form: E.164 number, user name, address or URL. */
  value: string;
  href: string;
  /** What a person reads: the number as the publisher wrote it, `@name`, an address. */
  display: string;
  label?: LocalizedText;
  /** This channel's hours (or its hotline's or centre's when the channel gives none). Absent: unknown. */
  hours?: OpeningHours;
  /** Languages spoken or written on this channel (or its hotline's or centre's). */
  languages: string[];
  /** Free of charge for the caller (or the hotline's flag; a centre's channel only when it says so). */
  free: boolean;
  note?: LocalizedText;
}

export interface Hotline {
  id: string;
  name: LocalizedText;
  description?: LocalizedText;
  operator?: LocalizedText;
  /** Countries served, ISO 3166-1 alpha-2. */
  countries: string[];
  /** Free-form topic ids (`trafficking`, `exploitation`, `return`…), for filtering. */
  topics: string[];
  channels: Channel[];
  hours?: OpeningHours;
  languages: string[];
  free: boolean;
  anonymous: boolean;
  emergency: boolean;
  /** The web page of the hotline. */
  url?: string;
  /** When the publisher last checked this record, YYYY-MM-DD. */
  lastVerified?: string;
}

/** True when every channel of the hotline is always open (the "24/7" badge). */
export function isAlwaysOpen(hotline: Hotline): boolean {
  return hotline.channels.every((c) => c.hours?.alwaysOpen === true);
}
