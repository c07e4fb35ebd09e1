import { child, children, isRec, type Node, type Path, type Rec, type Report, text } from './read.js';

/**
 * One future centre: a service at a location, or a location with the services offered there
 * (when the input is a location or an organization). `sals` link the services to the place and
 * may carry their own phones and schedules.
 */
export interface Plan {
  kind: 'service-at-location' | 'location';
  /** The record whose id the centre takes. */
  record: Node;
  location?: Node;
  organization?: Node;
  /** The service of a service-at-location plan; the services offered at a location plan. */
  services: Node[];
  sals: Node[];
}

/** What the input holds: the future centres, standalone taxonomy terms, and the organizations seen. */
export interface Records {
  plans: Plan[];
  terms: Node[];
  organizations: Node[];
  /** How many service_at_location, service, organization and location records were found. */
  count: number;
}

type Kind = 'service_at_location' | 'organization' | 'service' | 'location' | 'taxonomy_term';

// Fields that only records of one kind have, tried in this order.
const ORGANIZATION_KEYS = ['locations', 'services', 'website', 'legal_status', 'year_incorporated', 'tax_status'];
const SERVICE_KEYS = ['service_at_locations', 'organization', 'status', 'eligibility_description', 'program'];
const LOCATION_KEYS = ['location_type', 'latitude', 'longitude', 'addresses', 'accessibility', 'transportation'];
const TERM_KEYS = ['term_uri', 'taxonomy', 'taxonomy_detail', 'parent_id', 'code'];

/** An object that is an HSDS record of a kind: it has an id, as every HSDS record does, or a field only that kind has. */
function isRecordOf(value: unknown, keys: readonly string[]): boolean {
  return isRec(value) && (value.id !== undefined || keys.some((k) => value[k] !== undefined));
}

/**
 * Recognises an HSDS record by the fields only its kind has (HSDS objects carry no type tag). A
 * `service` or `location` field makes a service_at_location only when it holds an HSDS record:
 * many other JSON files have a "service" or a "location".
 */
function kindOf(node: Node): Kind | undefined {
  const v = node.value;
  const has = (keys: readonly string[]) => keys.some((k) => v[k] !== undefined);
  if (isRecordOf(v.service, SERVICE_KEYS) || isRecordOf(v.location, LOCATION_KEYS)) return 'service_at_location';
  if (has(['service_id', 'location_id'])) return 'service_at_location';
  if (has(ORGANIZATION_KEYS)) return 'organization';
  if (has(SERVICE_KEYS)) return 'service';
  if (has(LOCATION_KEYS)) return 'location';
  if (has(TERM_KEYS)) return 'taxonomy_term';
  return undefined;
}

function fromServiceAtLocation(
  sal: Node,
  records: Records,
  report: Report,
  parent?: { service: Node; organization?: Node },
): void {
  const service = child(sal, 'service') ?? parent?.service;
  const location = child(sal, 'location');
  const organization = (service && child(service, 'organization')) ?? parent?.organization;
  if (!location) {
    report.skipped(
      sal.path,
      'the location of this service_at_location is not in the input (a list gives only ids: load each one in full); left out',
    );
    return;
  }
  if (!service) {
    report.skipped(sal.path, 'the service of this service_at_location is not in the input; left out');
    return;
  }
  if (organization) records.organizations.push(organization);
  records.plans.push({
    kind: 'service-at-location',
    record: sal,
    location,
    organization,
    services: [service],
    sals: [sal],
  });
}

function fromService(service: Node, records: Records, report: Report, organization?: Node): void {
  const org = child(service, 'organization') ?? organization;
  if (org) records.organizations.push(org);
  const sals = children(service, 'service_at_locations');
  if (sals.length === 0) {
    report.skipped(service.path, 'this service has no service_at_locations, so no place to show it at; left out');
  }
  for (const sal of sals) fromServiceAtLocation(sal, records, report, { service, ...(org && { organization: org }) });
}

const locationId = (sal: Node): string | undefined => {
  const location = child(sal, 'location');
  return (location && text(location, 'id')) ?? text(sal, 'location_id');
};

/** An organization's locations become centres with the services offered there. */
function fromOrganization(org: Node, records: Records, report: Report): void {
  records.organizations.push(org);
  const locations = children(org, 'locations');
  const services = children(org, 'services');
  const placed = new Set<string>();
  for (const location of locations) {
    const id = text(location, 'id');
    if (id !== undefined) placed.add(id);
    const here = services.flatMap((service) =>
      children(service, 'service_at_locations')
        .filter((sal) => id !== undefined && locationId(sal) === id)
        .map((sal) => ({ service, sal })),
    );
    records.plans.push({
      kind: 'location',
      record: location,
      location,
      organization: org,
      services: here.map((h) => h.service),
      sals: here.map((h) => h.sal),
    });
  }
  // Services offered at places the organization does not list itself still get their centres.
  for (const service of services) {
    const elsewhere = children(service, 'service_at_locations').filter((sal) => !placed.has(locationId(sal) ?? ''));
    for (const sal of elsewhere) fromServiceAtLocation(sal, records, report, { service, organization: org });
  }
  if (records.plans.every((p) => p.organization !== org)) {
    report.skipped(org.path, 'this organization lists no locations, so no place to show; left out');
  }
}

const onlyId = (value: Rec): boolean => Object.keys(value).every((k) => k === 'id');

/**
 * What `input` is, when it is not HSDS at all: an object that is no HSDS record, no page of them
 * and not only an id (a list may hold such objects: they are left out one by one). Else undefined.
 */
export function notHsds(input: unknown): string | undefined {
  if (!isRec(input) || Array.isArray(input.contents) || onlyId(input)) return undefined;
  if (kindOf({ value: input, path: [] }) !== undefined) return undefined;
  if (typeof input.format === 'string' && input.format.startsWith('mrc-kit/dataset')) {
    return 'an mrc-kit dataset, which needs no conversion';
  }
  if (input.openapi !== undefined) return 'an OpenAPI description of an API, not its data';
  const keys = Object.keys(input);
  if (keys.length === 0) return 'an empty object';
  const named = keys.slice(0, 8).map((k) => JSON.stringify(k));
  return `an object with none of their fields: it has the field${keys.length > 1 ? 's' : ''} ${named.join(', ')}${keys.length > 8 ? ', …' : ''}`;
}

function fromRecord(node: Node, records: Records, report: Report): void {
  const kind = kindOf(node);
  if (kind !== undefined && kind !== 'taxonomy_term') records.count += 1;
  switch (kind) {
    case 'service_at_location':
      return fromServiceAtLocation(node, records, report);
    case 'service':
      return fromService(node, records, report);
    case 'organization':
      return fromOrganization(node, records, report);
    case 'location':
      records.plans.push({ kind: 'location', record: node, location: node, services: [], sals: [] });
      return;
    case 'taxonomy_term':
      records.terms.push(node);
      return;
    default:
      report.skipped(
        node.path,
        onlyId(node.value)
          ? 'only an id: the record itself is not in the input; left out'
          : 'not an HSDS service_at_location, service, organization, location or taxonomy term; left out',
      );
  }
}

/**
 * Walks the input: one record, a paginated list (`contents`), an array of either. A list that is
 * one page of several is imported as it is, and the missing pages are reported.
 */
export function collectRecords(input: unknown, path: Path, records: Records, report: Report): void {
  if (Array.isArray(input)) {
    input.forEach((item: unknown, i) => collectRecords(item, [...path, i], records, report));
    return;
  }
  if (!isRec(input)) {
    report.skipped(path, 'not an HSDS object; left out');
    return;
  }
  if (Array.isArray(input.contents)) {
    const page = input.page_number;
    const pages = input.total_pages;
    if (typeof page === 'number' && typeof pages === 'number' && pages > 1) {
      report.skipped(
        [...path, 'total_pages'],
        `this is page ${page} of ${pages}: only its records are imported (loadHsds reads every page)`,
      );
    }
    input.contents.forEach((item: unknown, i) => {
      if (isRec(item)) fromRecord({ value: item, path: [...path, 'contents', i] }, records, report);
      else report.skipped([...path, 'contents', i], 'not an HSDS object; left out');
    });
    return;
  }
  fromRecord({ value: input, path }, records, report);
}
