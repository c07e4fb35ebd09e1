import {
  resolveText,
  type Centre,
  type Channel,
  type Dataset,
  type Hotline,
  type LocalizedText,
  type OpeningHours,
  type TaxonomyTerm,
} from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import { utcOffsetHours } from './offset.js';
import { uuidFor } from './uuid.js';

/** `location.external_identifier_type` of the centre id kept in an export, read back on import. */
export const MRC_ID_SCHEME = 'mrc-kit';

type Rec = Record<string, unknown>;

const present = (record: Rec): Rec => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

const languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });

/** Every language the texts of the centres and hotlines are written in, the default first. */
export function localesOf(dataset: Dataset): string[] {
  const tags = new Set<string>([dataset.defaultLocale]);
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') {
      if (key !== undefined && TEXT_KEYS.has(key)) for (const tag of Object.keys(value)) tags.add(tag);
      else for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit([...dataset.centres, ...dataset.hotlines]);
  return [...tags];
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
  locale: string;
  fallbacks: string[];
  now: Date;
  problems: Problem[];
}

const textIn = (text: LocalizedText | undefined, ctx: Context): string | undefined =>
  text === undefined ? undefined : resolveText(text, ctx.locale, ctx.fallbacks) || undefined;

const DAY = { mo: 'MO', tu: 'TU', we: 'WE', th: 'TH', fr: 'FR', sa: 'SA', su: 'SU' } as const;

/** Weekly periods become weekly RRULE schedules; dated special hours become one-day schedules. */
function schedules(owner: string, hours: OpeningHours | undefined, path: string, ctx: Context): Rec[] {
  if (!hours) return [];
  const timezone = utcOffsetHours(hours.timeZone, ctx.now);
  const description = textIn(hours.note, ctx);
  const out: Rec[] = [];
  if (hours.alwaysOpen) {
    out.push({
      id: uuidFor('schedule', owner, 'always'),
      freq: 'WEEKLY',
      byday: Object.values(DAY).join(','),
      opens_at: '00:00',
      closes_at: '24:00',
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
      closes_at: period.closes,
      timezone,
    });
  });
  hours.exceptions?.forEach((exception, i) => {
    if (exception.closed) {
      ctx.problems.push({
        where: `${path}.hours.exceptions[${i}]`,
        reason: 'HSDS 3 schedules cannot say a place is closed on a date; this closed day is not exported',
        action: 'repaired',
      });
      return;
    }
    exception.periods?.forEach((period, j) => {
      out.push({
        id: uuidFor('schedule', owner, 'exception', i, j),
        valid_from: exception.date,
        valid_to: exception.to ?? exception.date,
        dtstart: exception.date,
        opens_at: period.opens,
        closes_at: period.closes,
        timezone,
      });
    });
  });
  if (description !== undefined && out[0]) out[0].description = description;
  return out;
}

function languageList(owner: string, tags: readonly string[], link: Rec): Rec[] {
  return tags.map((code) => ({ id: uuidFor('language', owner, code), ...link, name: languageNames.of(code), code }));
}

/** Phones (voice and SMS) as HSDS phones; the first email as the service's; other channels are reported. */
function contacts(
  owner: string,
  channels: readonly Channel[],
  ownLanguages: readonly string[],
  path: string,
  ctx: Context,
) {
  const phones: Rec[] = [];
  let email: string | undefined;
  channels.forEach((channel, i) => {
    if (channel.kind === 'voice' || channel.kind === 'sms') {
      const id = uuidFor('phone', owner, i);
      phones.push(
        present({
          id,
          number: channel.value,
          type: channel.kind === 'voice' ? 'voice' : 'text',
          description: textIn(channel.note, ctx),
          languages:
            channel.languages !== ownLanguages ? languageList(id, channel.languages, { phone_id: id }) : undefined,
        }),
      );
    } else if (channel.kind === 'email' && email === undefined) email = channel.value;
    else {
      ctx.problems.push({
        where: `${path}.channels[${i}]`,
        reason:
          channel.kind === 'email'
            ? 'HSDS 3 gives a service one email address; this second one is not exported'
            : `HSDS 3 has no ${channel.kind} channel; not exported`,
        action: 'repaired',
      });
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

function centreService(centre: Centre, index: number, dataset: Dataset, ctx: Context): Rec {
  const path = `$.centres[${index}]`;
  const serviceId = uuidFor('service', centre.id);
  const locationId = uuidFor('location', centre.id);
  const salId = uuidFor('service_at_location', centre.id);
  const { phones, email } = contacts(centre.id, centre.channels, centre.languages, path, ctx);
  if (centre.stops.length > 0) {
    ctx.problems.push({
      where: `${path}.stops`,
      reason: 'HSDS 3 has no scheduled stops of a mobile team; not exported',
      action: 'repaired',
    });
  }
  const online = centre.kind === 'online';
  const address = textIn(centre.address, ctx);
  const notes = textIn(centre.accessibility?.notes, ctx);
  const location = present({
    id: locationId,
    location_type: online ? 'virtual' : 'physical',
    url: online ? centre.url : undefined,
    latitude: centre.position?.lat,
    longitude: centre.position?.lng,
    external_identifier: centre.id,
    external_identifier_type: MRC_ID_SCHEME,
    addresses: [
      {
        id: uuidFor('address', centre.id),
        location_id: locationId,
        address_1: address ?? '',
        city: textIn(centre.city, ctx) ?? '',
        state_province: textIn(centre.region, ctx) ?? '',
        postal_code: '',
        country: centre.country,
        address_type: online ? 'virtual' : 'physical',
      },
    ],
    accessibility:
      notes === undefined
        ? undefined
        : [{ id: uuidFor('accessibility', centre.id), location_id: locationId, description: notes }],
  });
  const terms = new Map(dataset.taxonomy.map((t) => [t.id, t]));
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
    attributes: centre.services.map((term) => ({
      id: uuidFor('attribute', centre.id, term),
      link_id: serviceId,
      link_type: 'service_category',
      link_entity: 'service',
      taxonomy_term_id: uuidFor('taxonomy_term', term),
      taxonomy_term: termOf(term, terms.get(term), ctx),
    })),
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
    ],
  });
}

function hotlineService(hotline: Hotline, index: number, ctx: Context): Rec {
  const path = `$.hotlines[${index}]`;
  const serviceId = uuidFor('service', 'hotline', hotline.id);
  const { phones, email } = contacts(`hotline:${hotline.id}`, hotline.channels, hotline.languages, path, ctx);
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
 * The dataset's centres and hotlines as HSDS 3 services, with their texts in one language: each
 * centre is a service at one location (its id kept as the location's external identifier), each
 * hotline a service with phones and no location. HSDS 3 has one text per field, so a dataset in
 * several languages is exported once per language. What HSDS cannot hold is reported.
 */
export function exportHsds(
  dataset: Dataset,
  locale: string,
  now = new Date(),
): { services: Rec[]; problems: Problem[] } {
  const ctx: Context = { locale, fallbacks: [dataset.defaultLocale], now, problems: [] };
  const services = [
    ...dataset.centres.map((c, i) => centreService(c, i, dataset, ctx)),
    ...dataset.hotlines.map((h, i) => hotlineService(h, i, ctx)),
  ];
  return { services, problems: ctx.problems };
}

/** One HSDS page holding every service, as `GET /services` answers. */
export function servicePage(services: Rec[]): Rec {
  return {
    total_items: services.length,
    total_pages: 1,
    page_number: 1,
    size: services.length,
    first_page: true,
    last_page: true,
    empty: services.length === 0,
    contents: services,
  };
}
