import { MRC_HSDS_SCHEMES, type Centre, type Dataset, type Hotline } from '@mrc-kit/sdk';
import { contacts, organization } from './export-contacts.js';
import { languageList, lose, present, textIn, type Context, type Rec } from './export-context.js';
import { locationOf, stopAtLocation } from './export-places.js';
import { schedules } from './export-schedules.js';
import { attribute, audienceTerm, HOTLINE_TERM, termOf, zoneAttribute } from './export-terms.js';
import { uuidFor } from './uuid.js';

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
    { id: centre.id, scheme: MRC_HSDS_SCHEMES.centre },
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
