import { AUDIENCES, type Audience, type Centre } from '../centre.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { parseChannels } from './channel.js';
import { centreSchema } from './centre-schema.js';
import { cleanCentre } from './clean-centre.js';
import { parseHours, parseWebPage } from './fields.js';
import { kindOf, quoted } from './issues.js';
import { parseLeniently } from './lenient.js';
import { parseStops } from './stops.js';

// Fields whose problems drop the field, not the record.
const OPTIONAL_CENTRE_FIELDS = new Set([
  'operator',
  'description',
  'region',
  'city',
  'address',
  'position',
  'services',
  'audiences',
  'languages',
  'channels',
  'accessibility',
  'appointment',
  'stops',
  'lastVerified',
]);

const AUDIENCE_SET: ReadonlySet<string> = new Set(AUDIENCES);

/** Keeps the items that pass `check`; each other one is left out and reported with the reason `check` gives. */
function keepItems<T>(
  items: readonly unknown[],
  path: readonly PropertyKey[],
  warnings: DataWarning[],
  check: (item: unknown) => string | undefined,
): T[] {
  const kept: T[] = [];
  items.forEach((item, i) => {
    const reason = check(item);
    if (reason === undefined) kept.push(item as T);
    else warnings.push({ path: jsonPath([...path, i]), reason: `${reason}; left out`, action: 'repaired' });
  });
  return kept;
}

/** Why the record cannot be shown at all, after its fields were checked; undefined when it can. */
function unusable(centre: Centre): string | undefined {
  switch (centre.kind) {
    case 'centre':
      return centre.position || centre.address
        ? undefined
        : 'a centre needs a position or an address: without either nobody could find it';
    case 'mobile-team':
      return centre.stops.length > 0 || centre.position
        ? undefined
        : 'a mobile team needs at least one stop or a position: without either nobody could find it';
    case 'online':
      return centre.channels.length > 0 || centre.url
        ? undefined
        : 'an online service needs a contact channel or a web page (url): without either nobody could reach it';
  }
}

/**
 * Validates one centre, mobile team or online service against the dataset's service terms. Bad
 * optional fields, channels, stops, services and audiences are left out and reported; the record
 * is skipped only when a required field is wrong or nobody could find or reach it. A centre with
 * no channel is kept: people can walk in.
 */
export function parseCentre(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
  taxonomyIds: ReadonlySet<string>,
): Centre | undefined {
  const raw = cleanCentre(input) ?? parseLeniently(centreSchema, input, path, OPTIONAL_CENTRE_FIELDS, warnings);
  if (!raw) return undefined;
  const at = (...rest: PropertyKey[]): PropertyKey[] => [...path, ...rest];

  const services = keepItems<string>(raw.services ?? [], at('services'), warnings, (item) => {
    if (typeof item !== 'string') return `expected a service id, found ${kindOf(item)}`;
    return taxonomyIds.has(item) ? undefined : `${quoted(item)} is not a service in the taxonomy`;
  });
  const audiences = keepItems<Audience>(raw.audiences ?? [], at('audiences'), warnings, (item) => {
    if (typeof item !== 'string') return `expected an audience, found ${kindOf(item)}`;
    return AUDIENCE_SET.has(item) ? undefined : `${quoted(item)} is not an audience: use ${AUDIENCES.join(', ')}`;
  });
  const languages = raw.languages ?? [];
  const hours = parseHours(raw.hours, at('hours'), warnings);
  // A centre has no "free" flag of its own: a channel is free only when it says so.
  const channels = parseChannels(raw.channels ?? [], at('channels'), { hours, languages, free: false }, warnings);
  let stops: Centre['stops'] = [];
  if (raw.stops !== undefined && raw.kind !== 'mobile-team') {
    warnings.push({
      path: jsonPath(at('stops')),
      reason: `only a mobile team has stops, and this is ${raw.kind === 'centre' ? 'a fixed centre' : 'an online service'}; stops left out`,
      action: 'repaired',
    });
  } else if (raw.stops !== undefined) stops = parseStops(raw.stops, at('stops'), warnings);
  const url = parseWebPage(raw.url, at('url'), warnings);

  const centre: Centre = {
    id: raw.id,
    name: raw.name,
    kind: raw.kind,
    ...(raw.operator !== undefined && { operator: raw.operator }),
    ...(raw.description !== undefined && { description: raw.description }),
    country: raw.country,
    ...(raw.region !== undefined && { region: raw.region }),
    ...(raw.city !== undefined && { city: raw.city }),
    ...(raw.address !== undefined && { address: raw.address }),
    ...(raw.position !== undefined && { position: raw.position }),
    services,
    audiences,
    languages,
    ...(hours !== undefined && { hours }),
    channels,
    ...(raw.accessibility !== undefined && { accessibility: raw.accessibility }),
    ...(raw.appointment !== undefined && { appointment: raw.appointment }),
    stops,
    ...(url !== undefined && { url }),
    ...(raw.lastVerified !== undefined && { lastVerified: raw.lastVerified }),
  };
  const reason = unusable(centre);
  if (reason === undefined) return centre;
  warnings.push({ path: jsonPath(path), reason, action: 'skipped' });
  return undefined;
}
