import type { Channel } from './hotline.js';
import type { OpeningHours } from '../hours/hours.js';
import type { LocalizedText } from './text.js';

/** A fixed centre, a mobile team that travels between stops, or a service reached only online. */
export const CENTRE_KINDS = ['centre', 'mobile-team', 'online'] as const;
export type CentreKind = (typeof CENTRE_KINDS)[number];

/** Who a centre serves, from the field's own categories. */
export const AUDIENCES = [
  'migrants',
  'potential-migrants',
  'returnees',
  'families',
  'asylum-seekers',
  'refugees',
] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Whether people can just come, need an appointment, or either. */
export const APPOINTMENT_POLICIES = ['walk-in', 'appointment', 'either'] as const;
export type AppointmentPolicy = (typeof APPOINTMENT_POLICIES)[number];

/** WGS 84 degrees. */
export interface Position {
  lat: number;
  lng: number;
}

/** One scheduled stop of a mobile team. */
export interface MobileStop {
  place: LocalizedText;
  position?: Position;
  /** Start and end as ISO 8601 date-times with an offset (`2026-12-03T09:00:00+00:00`). */
  start: string;
  end: string;
  note?: LocalizedText;
}

export interface Accessibility {
  /** Step-free access for wheelchairs. */
  wheelchair?: boolean;
  /** Sign language, hearing loop, braille, a quiet room, childcare… in words. */
  notes?: LocalizedText;
}

/** A validated centre, mobile team or online service. */
export interface Centre {
  id: string;
  name: LocalizedText;
  kind: CentreKind;
  operator?: LocalizedText;
  description?: LocalizedText;
  /** ISO 3166-1 alpha-2. */
  country: string;
  region?: LocalizedText;
  city?: LocalizedText;
  /** The street address as people write it (one text, lines separated by newlines). */
  address?: LocalizedText;
  /** Where the centre is; for a mobile team, the area it works from (its stops have their own). */
  position?: Position;
  /** Ids of the dataset's taxonomy terms; ids the taxonomy does not define are left out. */
  services: string[];
  audiences: Audience[];
  /** BCP 47 tags of the languages spoken. */
  languages: string[];
  hours?: OpeningHours;
  /**
   * Ways to reach the centre: phone, messengers, email, web chat. A channel without hours or
   * languages of its own has the centre's; it is free only when it says so. May be empty: people
   * can walk in.
   */
  channels: Channel[];
  accessibility?: Accessibility;
  appointment?: AppointmentPolicy;
  /** A mobile team's scheduled stops, in time order; always empty for other kinds. */
  stops: MobileStop[];
  url?: string;
  /** YYYY-MM-DD. */
  lastVerified?: string;
}
