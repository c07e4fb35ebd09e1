import type { Audience, CentreKind, Position } from '../model/centre.js';
import { safeLink } from '../contact/links.js';
import { isIsoDate } from '../model/validate/iso-date.js';
import { readLanguages } from './languages.js';
import { readEmail, readPhone, type RawChannel, type ReadChannel } from './phones.js';
import { type Place, readAddress, readAddressCountry, readPosition } from './place.js';
import { children, quote, type Node, type Path, type Report, text } from './read.js';
import type { Plan } from './records.js';
import { readSchedules, type RawHours } from './schedules.js';
import type { Terms } from './terms.js';

/** A centre in the kit's dataset format, before validation. */
export interface RawCentre {
  id: string;
  name: string;
  kind: CentreKind;
  operator?: string;
  description?: string;
  country: string;
  region?: string;
  city?: string;
  address?: string;
  position?: Position;
  services: string[];
  audiences: Audience[];
  languages: string[];
  hours?: RawHours;
  channels: RawChannel[];
  accessibility?: { notes: string };
  url?: string;
  lastVerified?: string;
}

/** Where each part of a centre came from in the HSDS input, to point the validator's warnings there. */
export interface CentreSources {
  record: Path;
  fields: Partial<Record<keyof RawCentre, Path>>;
  channels: Path[];
}

export interface BuildContext {
  defaultCountry?: string;
  timeZone?: string;
  today: string;
  terms: Terms;
  report: Report;
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const CLOSED_STATUSES = new Set(['inactive', 'defunct', 'temporarily closed']);

/** The first of `keys` on the first node that has it, with its path. */
function firstText(nodes: readonly (Node | undefined)[], key: string): { value: string; path: Path } | undefined {
  for (const node of nodes) {
    const value = node && text(node, key);
    if (value !== undefined) return { value, path: [...node!.path, key] };
  }
  return undefined;
}

/** The centre's id: the HSDS id, made safe for URLs and storage keys when it is not. */
function readId(record: Node, report: Report): string | undefined {
  const raw = text(record, 'id');
  if (raw === undefined) {
    report.skipped(record.path, 'no id; left out');
    return undefined;
  }
  if (ID.test(raw)) return raw;
  const id = raw
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .slice(0, 128);
  if (!id) {
    report.skipped([...record.path, 'id'], `${quote(raw)} cannot be made into an id; left out`);
    return undefined;
  }
  report.repaired([...record.path, 'id'], `${quote(raw)} written as "${id}" (letters, digits and - _ . : only)`);
  return id;
}

/** A web page: the first candidate that is a safe http(s) link; bad ones are reported. */
function readUrl(
  candidates: readonly { value: string; path: Path }[],
  report: Report,
): { value: string; path: Path } | undefined {
  for (const candidate of candidates) {
    const link = safeLink(candidate.value);
    if (link.ok && /^https?:/.test(link.href)) return { value: link.href, path: candidate.path };
    report.skipped(candidate.path, `${link.ok ? 'a web page must be an http(s) link' : link.reason}; link left out`);
  }
  return undefined;
}

/** Phones and emails, each number once, in the order given; the organization's only when the place has none. */
function readChannels(
  plan: Plan,
  country: string | undefined,
  report: Report,
): { channels: RawChannel[]; paths: Path[] } {
  const seen = new Set<string>();
  const channels: RawChannel[] = [];
  const paths: Path[] = [];
  const add = (read: ReadChannel | undefined, path: Path) => {
    if (!read || seen.has(read.key)) return;
    seen.add(read.key);
    channels.push(read.channel);
    paths.push(path);
  };
  const owners = [...plan.sals, ...plan.services, ...(plan.location ? [plan.location] : [])];
  for (const owner of owners)
    for (const phone of children(owner, 'phones')) add(readPhone(phone, country, report), phone.path);
  for (const service of plan.services) add(readEmail(service, 'email', report), [...service.path, 'email']);
  const org = plan.organization;
  if (org && !channels.some((c) => c.kind === 'voice' || c.kind === 'sms')) {
    for (const phone of children(org, 'phones')) add(readPhone(phone, country, report), phone.path);
  }
  if (org && !channels.some((c) => c.kind === 'email')) add(readEmail(org, 'email', report), [...org.path, 'email']);
  return { channels, paths };
}

/** Schedules of the most specific record that has any: the service at the location, the service, the location. */
function scheduleOwner(plan: Plan): Node | undefined {
  const owners = plan.kind === 'location' ? [plan.location] : [...plan.sals, ...plan.services, plan.location];
  return owners.find((o) => o && children(o, 'schedules').length > 0);
}

function accessibilityOf(location: Node | undefined): { notes: string } | undefined {
  if (!location) return undefined;
  const texts = children(location, 'accessibility').flatMap((a) =>
    ['description', 'details'].map((k) => text(a, k)).filter((t): t is string => t !== undefined),
  );
  return texts.length > 0 ? { notes: texts.join('\n') } : undefined;
}

/** The oldest date a service was checked (`assured_date`): a centre is only as current as its least recent part. */
function lastVerifiedOf(services: readonly Node[], report: Report): string | undefined {
  const dates: string[] = [];
  for (const service of services) {
    const value = text(service, 'assured_date');
    if (value === undefined) continue;
    const date = value.slice(0, 10);
    if (isIsoDate(date)) dates.push(date);
    else report.repaired([...service.path, 'assured_date'], `${quote(value)} is not a date as YYYY-MM-DD; ignored`);
  }
  return dates.sort()[0];
}

/** Keeps the services that are open; at a location, a closed service takes its link along. */
function openServices(input: Plan, report: Report): Plan | undefined {
  const open = input.services.map((s) => {
    const status = text(s, 'status');
    if (status === undefined || !CLOSED_STATUSES.has(status.toLowerCase())) return true;
    report.skipped([...s.path, 'status'], `the service is ${status}; left out`);
    return false;
  });
  if (input.kind === 'service-at-location' && !open[0]) return undefined;
  return {
    ...input,
    services: input.services.filter((_, i) => open[i]),
    sals: input.kind === 'location' ? input.sals.filter((_, i) => open[i]) : input.sals,
  };
}

interface Where extends Place {
  country: string;
  online: boolean;
  position?: Position;
}

/** Where the centre is; undefined (reported) when not even its country is known. */
function whereOf(plan: Plan, name: string, ctx: BuildContext): Where | undefined {
  const { location } = plan;
  const online = location !== undefined && text(location, 'location_type')?.toLowerCase() === 'virtual';
  // A service's centre is named after the service: the building's name becomes the first address line.
  const placeName = location && plan.kind === 'service-at-location' ? text(location, 'name') : undefined;
  const place: Place =
    location && !online ? readAddress(location, placeName !== name ? placeName : undefined, ctx.report) : {};
  const address = place.source ?? (location && children(location, 'addresses')[0]);
  const country = readAddressCountry(address, ctx.report) ?? ctx.defaultCountry;
  if (country === undefined) {
    ctx.report.skipped(
      location ? [...location.path, 'addresses'] : plan.record.path,
      'no country: the address gives none and no defaultCountry option was given; left out',
    );
    return undefined;
  }
  const position = location && !online ? readPosition(location, ctx.report) : undefined;
  return { ...place, country, online, ...(position && { position }) };
}

function hoursOf(plan: Plan, country: string, ctx: BuildContext): { hours?: RawHours; path?: Path } {
  const owner = scheduleOwner(plan);
  if (!owner) return {};
  const path = [...owner.path, 'schedules'];
  const context = { country, today: ctx.today, ...(ctx.timeZone && { timeZone: ctx.timeZone }) };
  const hours = readSchedules(children(owner, 'schedules'), path, context, ctx.report);
  return hours ? { hours, path } : {};
}

/** The service's page, else the location's, else the organization's site. */
function urlOf(plan: Plan, report: Report): { value: string; path: Path } | undefined {
  const candidates = [
    ...plan.services.map((s) => firstText([s], 'url')),
    plan.location && firstText([plan.location], 'url'),
    plan.organization && firstText([plan.organization], 'website'),
  ].filter((c): c is { value: string; path: Path } => c !== undefined);
  return readUrl(candidates, report);
}

const unique = <T>(lists: T[][]): T[] => [...new Set(lists.flat())];

/**
 * Builds one centre from a plan, reporting every value it cannot use. Returns undefined (with the
 * reason reported) when the centre cannot be shown at all: no id, no name, no country, or closed.
 */
export function buildCentre(input: Plan, ctx: BuildContext): { centre: RawCentre; sources: CentreSources } | undefined {
  const { report } = ctx;
  const plan = openServices(input, report);
  const id = plan && readId(plan.record, report);
  if (!plan || id === undefined) return undefined;
  const service = plan.kind === 'service-at-location' ? plan.services[0] : undefined;
  const name = firstText(service ? [service, plan.location] : [plan.location], 'name');
  if (!name) {
    report.skipped(plan.record.path, 'no name; left out');
    return undefined;
  }
  const where = whereOf(plan, name.value, ctx);
  if (!where) return undefined;
  const { location } = plan;
  const terms = plan.services.map((s) => ctx.terms.ofService(s, report));
  const languageNodes = [...plan.services, ...(location ? [location] : [])].flatMap((n) => children(n, 'languages'));
  const { hours, path: hoursPath } = hoursOf(plan, where.country, ctx);
  const { channels, paths } = readChannels(plan, where.country, report);
  const url = urlOf(plan, report);
  const description = firstText(service ? [...plan.sals, service] : [location], 'description');
  const operator = plan.organization && firstText([plan.organization], 'name');
  const accessibility = accessibilityOf(where.online ? undefined : location);
  const lastVerified = lastVerifiedOf(plan.services, report);

  const centre: RawCentre = {
    id,
    name: name.value,
    kind: where.online ? 'online' : 'centre',
    ...(operator && { operator: operator.value }),
    ...(description && { description: description.value }),
    country: where.country,
    ...(where.region !== undefined && { region: where.region }),
    ...(where.city !== undefined && { city: where.city }),
    ...(where.address !== undefined && { address: where.address }),
    ...(where.position && { position: where.position }),
    services: unique(terms.map((t) => t.services)),
    audiences: unique(terms.map((t) => t.audiences)),
    languages: readLanguages(languageNodes, report),
    ...(hours && { hours }),
    channels,
    ...(accessibility && { accessibility }),
    ...(url && { url: url.value }),
    ...(lastVerified !== undefined && { lastVerified }),
  };
  const at = where.source?.path;
  const fields: CentreSources['fields'] = {
    id: [...plan.record.path, 'id'],
    name: name.path,
    ...(operator && { operator: operator.path }),
    ...(description && { description: description.path }),
    ...(at && { address: at, city: at, region: at, country: at }),
    ...(location && { position: location.path, languages: location.path }),
    ...(location && { accessibility: [...location.path, 'accessibility'] }),
    ...(hoursPath && { hours: hoursPath }),
    ...(url && { url: url.path }),
  };
  return { centre, sources: { record: plan.record.path, fields, channels: paths } };
}
