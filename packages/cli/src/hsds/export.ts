import {
  resolveText,
  type Audience,
  type Centre,
  type Channel,
  type Dataset,
  type Hotline,
  type LocalizedText,
  type MobileStop,
  type OpeningHours,
  type TaxonomyTerm,
} from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import { utcOffsetHours } from './offset.js';
import { uuidFor } from './uuid.js';

/** `location.external_identifier_type` of the centre id kept in an export, read back on import. */
export const MRC_ID_SCHEME = 'mrc-kit';
/** `location.external_identifier_type` of a mobile team's stop; the identifier is the team's id. */
export const MRC_STOP_SCHEME = 'mrc-kit-stop';
/** Code of the `mrc-kit` taxonomy term that marks a hotline's service; the attribute's value is the hotline id. */
export const HOTLINE_CODE = 'hotline';
/**
 * Code of the `mrc-kit` term whose attribute value is the IANA time zone of a service's hours:
 * HSDS 3 `timezone` is a UTC offset, which cannot follow daylight-saving changes, and `convert`
 * reads the zone back from it.
 */
export const TIME_ZONE_CODE = 'time-zone';

/** The HSDS names of the audiences, which the SDK importer reads back as the same audiences. */
const HSDS_AUDIENCES: Record<Audience, string> = {
  migrants: 'Migrants',
  'potential-migrants': 'Potential migrants',
  returnees: 'Returnees',
  families: 'Families',
  'asylum-seekers': 'Asylum seekers',
  refugees: 'Refugees',
};

type Rec = Record<string, unknown>;

function present(record: Rec): Rec {
  for (const key in record) if (record[key] === undefined) delete record[key];
  return record;
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const names = new Map<string, string | undefined>();
/** The English name of a language (Intl is slow to ask, and an export asks for the same few 100,000 times). */
function languageName(code: string): string | undefined {
  if (!names.has(code)) names.set(code, displayNames.of(code));
  return names.get(code);
}

/** Adds the language of every text of `records` (centres, hotlines) to `tags`. */
export function addTextLanguages(records: readonly unknown[], tags: Set<string>): void {
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') {
      if (key !== undefined && TEXT_KEYS.has(key)) for (const tag of Object.keys(value)) tags.add(tag);
      else for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(records);
}

/** Keys of LocalizedText fields in centres and hotlines. */
export const TEXT_KEYS = new Set([
  'name',
  'operator',
  'description',
  'region',
  'city',
  'address',
  'notes',
  'note',
  'label',
  'place',
]);

interface Context {
  /** The dataset's terms by id. */
  terms: Map<string, TaxonomyTerm>;
  locale: string;
  fallbacks: string[];
  now: Date;
  /** UTC offsets on `now`, by time zone. */
  offsets: Map<string, number>;
  problems: Problem[];
}

const textIn = (text: LocalizedText | undefined, ctx: Context): string | undefined =>
  text === undefined ? undefined : resolveText(text, ctx.locale, ctx.fallbacks) || undefined;

/** Something the dataset holds and HSDS 3 cannot, reported once (every language loses the same). */
function lose(ctx: Context, where: string, reason: string): void {
  ctx.problems.push({ where, path: where, reason, action: 'repaired' });
}

// HSDS writes the end of a day as 23:59 (its times are HH:MM of one day; a datapackage time has no 24:00).
const ALL_DAY_END = '23:59';
const hsdsTime = (time: string) => (time === '24:00' ? ALL_DAY_END : time);

const DAY = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;

const ALL_DAYS = Object.keys(DAY) as (keyof typeof DAY)[];

/** The weekdays (`mo`…`su`) from `from` to `to`, both YYYY-MM-DD, at most a week's worth. */
function weekdaysBetween(from: string, to: string): Set<string> {
  const days = new Set<string>();
  const first = Date.parse(`${from}T00:00:00Z`);
  const last = Math.min(Date.parse(`${to}T00:00:00Z`), first + 6 * 86_400_000);
  for (let t = first; t <= last; t += 86_400_000) days.add(ALL_DAYS[(new Date(t).getUTCDay() + 6) % 7]!);
  return days;
}

/** The RRULE days (`MO,TU`) from one date to another: a dated schedule repeats on those only. */
function weekdaysOf(from: string, to: string): string {
  const days = weekdaysBetween(from, to);
  return ALL_DAYS.filter((d) => days.has(d))
    .map((d) => DAY[d])
    .join(',');
}

/**
 * Weekly periods become weekly RRULE schedules; dated special hours become dated schedules. HSDS
 * schedules add up instead of replacing each other, so dated hours are exported only on days
 * without weekly hours (elsewhere they would be read as weekly hours plus the special ones), and
 * a closed day cannot be written at all: both are reported.
 */
function schedules(owner: string, hours: OpeningHours | undefined, path: string, ctx: Context): Rec[] {
  if (!hours) return [];
  let timezone = ctx.offsets.get(hours.timeZone);
  if (timezone === undefined) {
    timezone = utcOffsetHours(hours.timeZone, ctx.now);
    ctx.offsets.set(hours.timeZone, timezone);
  }
  const description = textIn(hours.note, ctx);
  const out: Rec[] = [];
  const open = new Set<string>(hours.alwaysOpen ? ALL_DAYS : (hours.weekly ?? []).flatMap((p) => p.days));
  if (hours.alwaysOpen) {
    out.push({
      id: uuidFor('schedule', owner, 'always'),
      freq: 'WEEKLY',
      byday: Object.values(DAY).join(','),
      opens_at: '00:00',
      closes_at: ALL_DAY_END,
      timezone,
    });
  }
  hours.weekly?.forEach((period, i) => {
    out.push({
      id: uuidFor('schedule', owner, 'weekly', i),
      freq: 'WEEKLY',
      interval: 1,
      byday: period.days.map((d) => DAY[d]).join(','),
      opens_at: period.opens,
      closes_at: hsdsTime(period.closes),
      timezone,
    });
  });
  hours.exceptions?.forEach((exception, i) => {
    const where = `${path}.hours.exceptions[${i}]`;
    if (exception.closed) {
      lose(
        ctx,
        where,
        'HSDS 3 schedules add up and cannot say a place is closed on a date; this closed day is not exported',
      );
      return;
    }
    const days = weekdaysBetween(exception.date, exception.to ?? exception.date);
    const clash = [...days].some((d) => open.has(d));

    if (clash) {
      lose(
        ctx,
        where,
        'HSDS 3 schedules add up: these special hours fall on a day with weekly hours and would be read as both; not exported',
      );
      return;
    }
    exception.periods?.forEach((period, j) => {
      out.push({
        id: uuidFor('schedule', owner, 'exception', i, j),
        valid_from: exception.date,
        valid_to: exception.to ?? exception.date,
        dtstart: exception.date,
        freq: 'WEEKLY',
        byday: weekdaysOf(exception.date, exception.to ?? exception.date),
        opens_at: period.opens,
        closes_at: hsdsTime(period.closes),
        timezone,
      });
    });
    if (exception.note !== undefined) lose(ctx, `${where}.note`, 'HSDS 3 has no note for dated hours; not exported');
  });
  if (description !== undefined && out[0]) out[0].description = description;
  return out;
}

function languageList(owner: string, tags: readonly string[], link: Rec): Rec[] {
  return tags.map((code) => ({ id: uuidFor('language', owner, code), ...link, name: languageName(code), code }));
}

/** What a channel holds beyond its number that HSDS 3 phones cannot: its note, own hours, free. */
function lostOfPhone(channel: Channel, owner: Pick<Channel, 'hours' | 'free'>, where: string, ctx: Context): void {
  if (channel.note !== undefined)
    lose(ctx, `${where}.note`, 'an HSDS 3 phone holds one text, its label; the note is not exported');
  // The validator gives a channel its owner's hours (the same object): only hours of its own are lost.
  if (channel.hours !== undefined && channel.hours !== owner.hours)
    lose(ctx, `${where}.hours`, "HSDS 3 phones have no hours of their own; the contact's hours are not exported");
  if (channel.free !== owner.free) lose(ctx, `${where}.free`, 'HSDS 3 cannot say a call is free; not exported');
}

/**
 * Phones (voice and SMS) as HSDS phones, their label as the phone's description; the first
 * email as the service's; other channels, and what a phone cannot hold, are reported.
 */
function contacts(
  owner: string,
  channels: readonly Channel[],
  defaults: Pick<Channel, 'hours' | 'languages' | 'free'>,
  path: string,
  ctx: Context,
) {
  const phones: Rec[] = [];
  let email: string | undefined;
  channels.forEach((channel, i) => {
    const where = `${path}.channels[${i}]`;
    if (channel.kind === 'voice' || channel.kind === 'sms') {
      const id = uuidFor('phone', owner, i);
      phones.push(
        present({
          id,
          number: channel.value,
          type: channel.kind === 'voice' ? 'voice' : 'text',
          description: textIn(channel.label, ctx),
          languages:
            channel.languages !== defaults.languages
              ? languageList(id, channel.languages, { phone_id: id })
              : undefined,
        }),
      );
      lostOfPhone(channel, defaults, where, ctx);
    } else if (channel.kind === 'email' && email === undefined) email = channel.value;
    else {
      lose(
        ctx,
        where,
        channel.kind === 'email'
          ? 'HSDS 3 gives a service one email address; this second one is not exported'
          : `HSDS 3 has no ${channel.kind} channel; not exported`,
      );
    }
  });
  return { phones, email };
}

function organization(operator: LocalizedText | undefined, ctx: Context): Rec | undefined {
  const name = textIn(operator, ctx);
  if (name === undefined) return undefined;
  // The id follows the operator's name in the default language, so every language file agrees.
  const key = resolveText(operator, ctx.fallbacks[0] ?? ctx.locale, ctx.fallbacks);
  return { id: uuidFor('organization', key), name, description: name };
}

/** A service term as an HSDS taxonomy term (which requires a description: the name when there is none). */
function termOf(id: string, term: TaxonomyTerm | undefined, ctx: Context): Rec {
  const name = textIn(term?.name, ctx) ?? id;
  return {
    id: uuidFor('taxonomy_term', id),
    code: id,
    name,
    description: textIn(term?.description, ctx) ?? name,
    taxonomy: MRC_ID_SCHEME,
  };
}

/** An attribute linking a service to a taxonomy term; `value` carries what the term alone cannot. */
function attribute(owner: string, serviceId: string, term: Rec, value?: string): Rec {
  return present({
    id: uuidFor('attribute', owner, term.code as string),
    link_id: serviceId,
    link_type: 'service_category',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    value,
  });
}

const audienceTerm = (audience: Audience): Rec => ({
  id: uuidFor('taxonomy_term', 'audience', audience),
  code: audience,
  name: HSDS_AUDIENCES[audience],
  description: HSDS_AUDIENCES[audience],
  taxonomy: `${MRC_ID_SCHEME}-audience`,
});

/** A place as an HSDS location: the centre's own (id kept under `mrc-kit`), or one stop of a team. */
function locationOf(
  id: string,
  place: { name?: string; address?: string; city?: string; region?: string; country: string },
  position: { lat: number; lng: number } | undefined,
  kept: { id: string; scheme: string },
  extra: Rec = {},
): Rec {
  const online = extra.location_type === 'virtual';
  return present({
    id,
    location_type: 'physical',
    name: place.name,
    latitude: position?.lat,
    longitude: position?.lng,
    external_identifier: kept.id,
    external_identifier_type: kept.scheme,
    ...extra,
    addresses: [
      {
        id: uuidFor('address', id),
        location_id: id,
        address_1: place.address ?? '',
        city: place.city ?? '',
        state_province: place.region ?? '',
        postal_code: '',
        country: place.country,
        address_type: online ? 'virtual' : 'physical',
      },
    ],
  });
}

const STOP_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The offset of an ISO date-time's `Z` or `±HH:MM`, in hours. */
function offsetHours(offset: string): number {
  if (offset === 'Z') return 0;
  const hours = Number(offset.slice(1, 3)) + Number(offset.slice(4, 6)) / 60;
  return offset.startsWith('-') ? -hours : hours;
}

/**
 * One stop of a mobile team as a service at a location of the team's service: the place, its
 * position, and a schedule valid from the stop's first day to its last, at the stop's times.
 */
function stopAtLocation(team: Centre, serviceId: string, stop: MobileStop, i: number, path: string, ctx: Context) {
  const start = STOP_TIME.exec(stop.start);
  const end = STOP_TIME.exec(stop.end);
  if (!start || !end || start[3] !== end[3]) {
    lose(ctx, `${path}.stops[${i}]`, 'the start and end of this stop are not in one UTC offset; not exported');
    return undefined;
  }
  const id = uuidFor('location', team.id, 'stop', i);
  const salId = uuidFor('service_at_location', team.id, 'stop', i);
  const location = locationOf(
    id,
    { name: textIn(stop.place, ctx), address: textIn(stop.place, ctx), country: team.country },
    stop.position,
    { id: team.id, scheme: MRC_STOP_SCHEME },
  );
  return present({
    id: salId,
    service_id: serviceId,
    location_id: id,
    description: textIn(stop.note, ctx),
    schedules: [
      {
        id: uuidFor('schedule', team.id, 'stop', i),
        valid_from: start[1],
        valid_to: end[1],
        dtstart: start[1],
        freq: 'WEEKLY',
        byday: weekdaysOf(start[1]!, end[1]!),
        opens_at: start[2],
        closes_at: end[2],
        timezone: offsetHours(start[3]!),
      },
    ],
    location,
  });
}

function centreService(centre: Centre, index: number, ctx: Context): Rec {
  const path = `$.centres[${index}]`;
  const serviceId = uuidFor('service', centre.id);
  const locationId = uuidFor('location', centre.id);
  const salId = uuidFor('service_at_location', centre.id);
  const { phones, email } = contacts(centre.id, centre.channels, { ...centre, free: false }, path, ctx);
  const online = centre.kind === 'online';
  const notes = textIn(centre.accessibility?.notes, ctx);
  if (centre.appointment !== undefined)
    lose(ctx, `${path}.appointment`, 'HSDS 3 has no field for walk-in or appointment; not exported');
  if (centre.accessibility?.wheelchair !== undefined)
    lose(ctx, `${path}.accessibility.wheelchair`, 'HSDS 3 has no yes-or-no field for wheelchair access; not exported');
  const location = locationOf(
    locationId,
    {
      address: textIn(centre.address, ctx),
      city: textIn(centre.city, ctx),
      region: textIn(centre.region, ctx),
      country: centre.country,
    },
    centre.position,
    { id: centre.id, scheme: MRC_ID_SCHEME },
    present({
      ...(online && { location_type: 'virtual', url: centre.url }),
      accessibility:
        notes === undefined
          ? undefined
          : [{ id: uuidFor('accessibility', centre.id), location_id: locationId, description: notes }],
    }),
  );
  const { terms } = ctx;
  const stops = centre.stops
    .map((stop, i) => stopAtLocation(centre, serviceId, stop, i, path, ctx))
    .filter((sal) => sal !== undefined);
  return present({
    id: serviceId,
    name: textIn(centre.name, ctx),
    description: textIn(centre.description, ctx),
    url: centre.url,
    email,
    status: 'active',
    assured_date: centre.lastVerified,
    organization: organization(centre.operator, ctx),
    languages: languageList(serviceId, centre.languages, { service_id: serviceId }),
    attributes: [
      ...centre.services.map((term) => attribute(centre.id, serviceId, termOf(term, terms.get(term), ctx))),
      ...centre.audiences.map((audience) => attribute(centre.id, serviceId, audienceTerm(audience))),
      ...zoneAttribute(centre.id, serviceId, centre.hours),
    ],
    service_at_locations: [
      present({
        id: salId,
        service_id: serviceId,
        location_id: locationId,
        description: textIn(centre.description, ctx),
        phones,
        schedules: schedules(centre.id, centre.hours, path, ctx),
        location,
      }),
      ...stops,
    ],
  });
}

const TIME_ZONE_TERM: Rec = {
  id: uuidFor('taxonomy_term', TIME_ZONE_CODE),
  code: TIME_ZONE_CODE,
  name: 'Time zone',
  description: 'The IANA time zone of the opening hours, such as Africa/Dakar (the value of the attribute)',
  taxonomy: MRC_ID_SCHEME,
};

/** The attribute that keeps the IANA time zone of the hours, when there are hours. */
const zoneAttribute = (owner: string, serviceId: string, hours: OpeningHours | undefined): Rec[] =>
  hours ? [attribute(owner, serviceId, TIME_ZONE_TERM, hours.timeZone)] : [];

const HOTLINE_TERM: Rec = {
  id: uuidFor('taxonomy_term', HOTLINE_CODE),
  code: HOTLINE_CODE,
  name: 'Hotline',
  description: 'A telephone helpline: a service reached by phone, with no place to visit',
  taxonomy: MRC_ID_SCHEME,
};

function hotlineService(hotline: Hotline, index: number, ctx: Context): Rec {
  const path = `$.hotlines[${index}]`;
  const serviceId = uuidFor('service', 'hotline', hotline.id);
  const { phones, email } = contacts(`hotline:${hotline.id}`, hotline.channels, hotline, path, ctx);
  if (hotline.topics.length > 0) lose(ctx, `${path}.topics`, 'HSDS 3 has no topics of a hotline; not exported');
  for (const key of ['free', 'anonymous', 'emergency'] as const) {
    if (hotline[key]) lose(ctx, `${path}.${key}`, `HSDS 3 has no field for "${key}"; not exported`);
  }
  return present({
    id: serviceId,
    name: textIn(hotline.name, ctx),
    description: textIn(hotline.description, ctx),
    url: hotline.url,
    email,
    status: 'active',
    assured_date: hotline.lastVerified,
    organization: organization(hotline.operator, ctx),
    languages: languageList(serviceId, hotline.languages, { service_id: serviceId }),
    attributes: [
      attribute(`hotline:${hotline.id}`, serviceId, HOTLINE_TERM, hotline.id),
      ...zoneAttribute(`hotline:${hotline.id}`, serviceId, hotline.hours),
    ],
    phones,
    schedules: schedules(`hotline:${hotline.id}`, hotline.hours, path, ctx),
    service_areas: hotline.countries.map((country) => ({
      id: uuidFor('service_area', hotline.id, country),
      service_id: serviceId,
      name: country,
    })),
  });
}

/**
 * Builds the HSDS 3 services of a dataset one record at a time (a dataset is read a part at a
 * time), with their texts in one language: each centre is a service at one location (its id kept
 * as the location's external identifier), and a mobile team's stops more locations of that service
 * (`mrc-kit-stop`, the team's id); each hotline is a service with phones, service areas and no
 * location, marked by the `mrc-kit` term `hotline`. HSDS 3 has one text per field, so a dataset in
 * several languages is exported once per language. What HSDS cannot hold is gathered in
 * `problems`, at the path of the record's `index` in the dataset's centres or hotlines.
 */
export function hsdsExporter(dataset: Pick<Dataset, 'taxonomy' | 'defaultLocale'>, locale: string, now = new Date()) {
  const ctx: Context = {
    terms: new Map(dataset.taxonomy.map((t) => [t.id, t])),
    locale,
    fallbacks: [dataset.defaultLocale],
    now,
    offsets: new Map(),
    problems: [],
  };
  return {
    centre: (centre: Centre, index: number): Rec => centreService(centre, index, ctx),
    hotline: (hotline: Hotline, index: number): Rec => hotlineService(hotline, index, ctx),
    problems: ctx.problems,
  };
}

/** One HSDS page holding every service, as `GET /services` answers. */
export function servicePage(services: unknown, count: number): Rec {
  return {
    total_items: count,
    total_pages: 1,
    page_number: 1,
    size: count,
    first_page: true,
    last_page: true,
    empty: count === 0,
    contents: services,
  };
}
