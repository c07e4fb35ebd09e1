import { MRC_HSDS_SCHEMES, type Centre, type MobileStop } from '@mrc-kit/sdk';
import { lose, present, textIn, type Context, type Rec } from './export-context.js';
import { weekdaysOf } from './export-schedules.js';
import { uuidFor } from './uuid.js';

/** A place as an HSDS location: the centre's own (id kept under `mrc-kit`), or one stop of a team. */
export function locationOf(
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
export function stopAtLocation(
  team: Centre,
  serviceId: string,
  stop: MobileStop,
  i: number,
  path: string,
  ctx: Context,
) {
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
    { id: team.id, scheme: MRC_HSDS_SCHEMES.stop },
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
