import {
  DEFAULT_TAXONOMY,
  importHsds,
  MRC_HSDS_SCHEMES,
  MRC_HSDS_TERMS,
  type Centre,
  type Channel,
  type Hotline,
  type ImportHsdsOptions,
  type LoadResult,
  type MobileStop,
} from '@mrc-kit/sdk';
import { restoreIds } from './restore-ids.js';
import { uuidFor } from './uuid.js';

type Rec = Record<string, unknown>;

const isRec = (value: unknown): value is Rec => typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): Rec[] => (Array.isArray(value) ? value.filter(isRec) : []);
const str = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** What an mrc-kit export says beyond plain HSDS, found in the input before it is imported. */
interface Marks {
  /** Hotline id and countries served, by the id of the virtual service_at_location given to its service. */
  hotlines: Map<string, { id: string; countries: string[] }>;
  /** The stops of each mobile team, by team id, in the order exported. */
  stops: Map<string, MobileStop[]>;
  /** Teams known only by their stops, given a stop's position while imported, so the importer keeps them. */
  unplaced: Set<string>;
  /** True when any record carries an mrc-kit identifier: its terms and phone texts are mrc-kit's. */
  own: boolean;
}

/** `2026-11-17`, `09:00` and 0 (hours east of UTC) as `2026-11-17T09:00:00+00:00`. */
function dateTime(date: unknown, time: unknown, offset: unknown): string | undefined {
  if (typeof date !== 'string' || typeof time !== 'string' || typeof offset !== 'number') return undefined;
  const minutes = Math.round(Math.abs(offset) * 60);
  const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return `${date.slice(0, 10)}T${time.slice(0, 5)}:00${zone}`;
}

/** A stop exported as a service at a location: its place, position, note and the dates of its schedule. */
function stopOf(sal: Rec, location: Rec): MobileStop | undefined {
  const schedule = list(sal.schedules)[0];
  const start = schedule && dateTime(schedule.valid_from, schedule.opens_at, schedule.timezone);
  const end = schedule && dateTime(schedule.valid_to, schedule.closes_at, schedule.timezone);
  const place = str(location.name);
  if (start === undefined || end === undefined || place === undefined) return undefined;
  const { latitude: lat, longitude: lng } = location;
  return {
    place,
    ...(typeof lat === 'number' && typeof lng === 'number' && { position: { lat, lng } }),
    start,
    end,
    ...(str(sal.description) !== undefined && { note: str(sal.description)! }),
  };
}

/** The value of the attribute of an `mrc-kit` term, if the service has one. */
function ownAttribute(service: Rec, code: string): string | undefined {
  for (const attribute of list(service.attributes)) {
    const term = attribute.taxonomy_term;
    if (isRec(term) && term.taxonomy === MRC_HSDS_SCHEMES.centre && term.code === code) return str(attribute.value);
  }
  return undefined;
}

/** Schedules with the IANA zone an mrc-kit export kept, in place of the UTC offset HSDS holds. */
function inZone(owner: Rec, zone: string | undefined): Rec {
  if (zone === undefined || !Array.isArray(owner.schedules)) return owner;
  return { ...owner, schedules: list(owner.schedules).map((s) => ({ ...s, timezone: zone })) };
}

/** The service with its time zone applied to every schedule, and the attribute that kept it removed. */
function withZone(service: Rec): Rec {
  const zone = ownAttribute(service, MRC_HSDS_TERMS.timeZone);
  if (zone === undefined) return service;
  const attributes = list(service.attributes).filter(
    (a) =>
      !(
        isRec(a.taxonomy_term) &&
        a.taxonomy_term.taxonomy === MRC_HSDS_SCHEMES.centre &&
        a.taxonomy_term.code === MRC_HSDS_TERMS.timeZone
      ),
  );
  const sals = Array.isArray(service.service_at_locations)
    ? { service_at_locations: list(service.service_at_locations).map((sal) => inZone(sal, zone)) }
    : {};
  return { ...inZone(service, zone), attributes, ...sals };
}

/**
 * A service of an mrc-kit export, made ready for the SDK importer: a hotline gets a virtual place
 * in the first country it serves (so its phones, hours, languages and texts are read like a
 * centre's), and a team's stops are taken out, to come back as stops rather than centres.
 */
function prepareService(input: Rec, marks: Marks): Rec {
  const service = withZone(input);
  const hotline = ownAttribute(service, MRC_HSDS_TERMS.hotline);
  const sals = list(service.service_at_locations);
  if (hotline !== undefined && sals.length === 0) {
    marks.own = true;
    const countries = list(service.service_areas)
      .map((area) => str(area.name))
      .filter((c): c is string => c !== undefined && /^[A-Z]{2}$/.test(c));
    const salId = uuidFor('service_at_location', 'hotline', hotline);
    const locationId = uuidFor('location', 'hotline', hotline);
    marks.hotlines.set(salId, { id: hotline, countries });
    const address = { id: uuidFor('address', locationId), location_id: locationId, country: countries[0] };
    const location = { id: locationId, location_type: 'virtual', addresses: [address] };
    return { ...service, service_at_locations: [{ id: salId, service_id: service.id, location }] };
  }
  const kept = sals.filter((sal) => {
    const location = isRec(sal.location) ? sal.location : undefined;
    if (location?.external_identifier_type === MRC_HSDS_SCHEMES.centre) marks.own = true;
    const team = location?.external_identifier_type === MRC_HSDS_SCHEMES.stop && str(location.external_identifier);
    if (!team) return true;
    const stop = stopOf(sal, location);
    if (!stop) return true;
    const stops = marks.stops.get(team) ?? [];
    stops.push(stop);
    marks.stops.set(team, stops);
    return false;
  });
  if (kept.length === sals.length) return service === input ? input : service;
  return { ...service, service_at_locations: kept.map((sal) => placedTeam(sal, marks)) };
}

/**
 * A team's own location with neither a position nor an address would be left out by the importer
 * (nobody could find a centre there); a team is found at its stops, so it borrows the first stop's
 * position while imported, and gives it back afterwards.
 */
function placedTeam(sal: Rec, marks: Marks): Rec {
  const location = isRec(sal.location) ? sal.location : undefined;
  const team = location?.external_identifier_type === MRC_HSDS_SCHEMES.centre && str(location.external_identifier);
  const position = team ? marks.stops.get(team)?.find((stop) => stop.position)?.position : undefined;
  const addressed = list(location?.addresses).some((a) => str(a.address_1) !== undefined);
  if (!location || !team || !position || typeof location.latitude === 'number' || addressed) return sal;
  marks.unplaced.add(team);
  return { ...sal, location: { ...location, latitude: position.lat, longitude: position.lng } };
}

/** The input with every service of an mrc-kit export prepared; other records are left as they are. */
function prepare(json: unknown, marks: Marks): unknown {
  if (Array.isArray(json)) {
    const out = json.map((item) => prepare(item, marks));
    return out.some((item, i) => item !== json[i]) ? out : json;
  }
  if (!isRec(json)) return json;
  if (Array.isArray(json.contents)) {
    const contents = prepare(json.contents, marks);
    return contents === json.contents ? json : { ...json, contents };
  }
  if (Array.isArray(json.services)) {
    const services = prepare(json.services, marks);
    return services === json.services ? json : { ...json, services };
  }
  return 'attributes' in json || 'service_at_locations' in json ? prepareService(json, marks) : json;
}

const OWN_PREFIX = `${MRC_HSDS_SCHEMES.centre}:`;
const DEFAULT_IDS = new Set(DEFAULT_TAXONOMY.map((t) => t.id));
const ownTerm = (id: string) => (id.startsWith(OWN_PREFIX) ? id.slice(OWN_PREFIX.length) : id);

/** An mrc-kit export writes a phone's label as its description, which the importer reads as a note. */
function labelled(channel: Channel): Channel {
  if (channel.note === undefined || (channel.kind !== 'voice' && channel.kind !== 'sms')) return channel;
  const { note, ...rest } = channel;
  return { ...rest, label: note };
}

function asHotline(centre: Centre, mark: { id: string; countries: string[] }): Hotline {
  return {
    id: mark.id,
    name: centre.name,
    ...(centre.description !== undefined && { description: centre.description }),
    ...(centre.operator !== undefined && { operator: centre.operator }),
    countries: mark.countries.length > 0 ? mark.countries : [centre.country],
    topics: [],
    channels: centre.channels,
    ...(centre.hours && { hours: centre.hours }),
    languages: centre.languages,
    free: false,
    anonymous: false,
    emergency: false,
    ...(centre.url !== undefined && { url: centre.url }),
    ...(centre.lastVerified !== undefined && { lastVerified: centre.lastVerified }),
  };
}

/**
 * Gives back what an mrc-kit export wrote in HSDS terms: the centres' own ids, hotlines, mobile
 * teams with their stops, the dataset's own service ids (without the `mrc-kit:` the importer puts
 * before a vocabulary's terms) and phone labels.
 */
function restore(result: LoadResult, marks: Marks, input: unknown): LoadResult {
  const withIds = restoreIds(result, [input]);
  if (!marks.own) return withIds;
  const { dataset } = withIds;
  const hotlines: Hotline[] = [...dataset.hotlines];
  const centres: Centre[] = [];
  for (const imported of dataset.centres) {
    const centre = { ...imported, channels: imported.channels.map(labelled) };
    const hotline = marks.hotlines.get(centre.id);
    if (hotline) {
      hotlines.push(asHotline(centre, hotline));
      continue;
    }
    const stops = marks.stops.get(centre.id);
    const { position, ...placeless } = centre;
    centres.push({
      ...(marks.unplaced.has(centre.id) ? placeless : { ...placeless, ...(position && { position }) }),
      services: centre.services.map(ownTerm).filter((id) => id !== MRC_HSDS_TERMS.hotline),
      ...(stops && { kind: 'mobile-team' as const, stops }),
    });
  }
  const taxonomy = dataset.taxonomy
    .map((term) => ({ ...term, id: ownTerm(term.id) }))
    .filter((term) => !DEFAULT_IDS.has(term.id) && term.id !== MRC_HSDS_TERMS.hotline);
  return { ...withIds, dataset: { ...dataset, centres, hotlines, taxonomy } };
}

/**
 * Imports HSDS JSON with the SDK's importer; an mrc-kit export comes back as the dataset it was
 * written from, as far as HSDS holds it (see {@link restore}).
 */
export function importOwnHsds(json: unknown, options: ImportHsdsOptions): LoadResult {
  const marks: Marks = { hotlines: new Map(), stops: new Map(), unplaced: new Set(), own: false };
  const prepared = prepare(json, marks);
  return restore(importHsds(prepared, options), marks, prepared);
}
