import { present } from '../present.js';
import type { Cells } from './cells.js';
import type { RawRecord } from './rows.js';
import { spelledCode } from './spellings.js';

/** The fields of a centre's or hotline's own hours, from its row. */
function hoursFields(c: Cells, locale: string): RawRecord {
  return present({
    timeZone: c.code('time_zone'),
    alwaysOpen: c.flag('always_open'),
    note: c.localized('hours_note', locale),
  });
}

/** The fields of a centre from its row of centres.csv; its hours and contacts come from other files. */
export function centreFields(c: Cells, locale: string): RawRecord {
  const lat = c.number('lat');
  const lng = c.number('lng');
  let position: { lat: number; lng: number } | undefined;
  if (lat !== undefined && lng !== undefined) position = { lat, lng };
  else if (
    (lat === undefined) !== (lng === undefined) &&
    (c.text('lat') === undefined || c.text('lng') === undefined)
  ) {
    const [given, blank] = lat === undefined ? ['lng', 'lat'] : ['lat', 'lng'];
    c.problems.push({
      where: c.at(blank),
      reason: `${blank}: blank while ${given} is given; a position needs both, so it is left out`,
      action: 'repaired',
    });
  }
  const wheelchair = c.flag('wheelchair');
  const notes = c.localized('accessibility', locale);
  return present({
    name: c.localized('name', locale),
    kind: c.code('kind', spelledCode) ?? 'centre',
    operator: c.localized('operator', locale),
    description: c.localized('description', locale),
    country: c.code('country')?.toUpperCase(),
    region: c.localized('region', locale),
    city: c.localized('city', locale),
    address: c.localized('address', locale),
    position,
    services: c.list('services'),
    audiences: c.list('audiences')?.map(spelledCode),
    languages: c.list('languages'),
    appointment: c.code('appointment', spelledCode),
    accessibility: wheelchair === undefined && notes === undefined ? undefined : present({ wheelchair, notes }),
    url: c.text('url'),
    lastVerified: c.date('last_verified'),
    hours: hoursFields(c, locale),
  });
}

/** The fields of a hotline from its row of hotlines.csv. */
export function hotlineFields(c: Cells, locale: string): RawRecord {
  return present({
    name: c.localized('name', locale),
    description: c.localized('description', locale),
    operator: c.localized('operator', locale),
    countries: c.list('countries')?.map((code) => code.toUpperCase()),
    topics: c.list('topics'),
    languages: c.list('languages'),
    free: c.flag('free'),
    anonymous: c.flag('anonymous'),
    emergency: c.flag('emergency'),
    url: c.text('url'),
    lastVerified: c.date('last_verified'),
    hours: hoursFields(c, locale),
  });
}
