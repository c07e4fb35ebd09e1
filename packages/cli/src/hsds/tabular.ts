import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { pathSegments } from '../json-text.js';
import { detectSeparator } from '../csv/read-table.js';
import type { Problem } from '../problems.js';

type Rec = Record<string, unknown>;

/** Where a built object came from: its CSV file, row and header. */
interface Origin {
  file: string;
  row: number;
  columns: string[];
}

// Columns HSDS types as numbers; CSV holds every value as text.
const NUMERIC = new Set([
  'latitude',
  'longitude',
  'timezone',
  'interval',
  'count',
  'minimum_age',
  'maximum_age',
  'extension',
  'year_incorporated',
]);

export interface Tabular {
  /** HSDS JSON objects built from the tables: each service at a location, then services without one. */
  records: Rec[];
  /** What the tables hold that cannot become a record, placed at its file and row. */
  problems: Problem[];
  /** The CSV cell a JSON path into `records` comes from, as `file:row:column`. */
  placeOf(path: string): string | undefined;
}

/** True for a folder in the HSDS tabular form (a datapackage of CSV tables). */
export function isTabular(folder: string): boolean {
  return ['services.csv', 'service_at_location.csv', 'locations.csv'].some((f) => existsSync(join(folder, f)));
}

// The HSDS datapackage resource of each table, by the file name the specification gives it.
const RESOURCES: Record<string, string> = {
  'services.csv': 'service',
  'organizations.csv': 'organization',
  'locations.csv': 'location',
  'service_at_location.csv': 'service_at_location',
  'phones.csv': 'phone',
  'schedules.csv': 'schedule',
  'languages.csv': 'language',
  'addresses.csv': 'address',
  'accessibility.csv': 'accessibility',
  'attributes.csv': 'attribute',
  'taxonomy_terms.csv': 'taxonomy_term',
};

/**
 * The file of each table as `datapackage.json` names it (`resources[].path`), by the usual file
 * name; tables it does not name keep the usual name. A datapackage.json that cannot be read is
 * reported, and the usual names are used.
 */
async function resourcePaths(folder: string, problems: Problem[]): Promise<Map<string, string>> {
  const paths = new Map<string, string>();
  const file = join(folder, 'datapackage.json');
  if (!existsSync(file)) return paths;
  let resources: unknown;
  try {
    resources = (JSON.parse(await readFile(file, 'utf8')) as { resources?: unknown }).resources;
  } catch {
    resources = undefined;
  }
  if (!Array.isArray(resources)) {
    problems.push({
      where: 'datapackage.json',
      reason: 'not a datapackage with a list of resources; the tables are read under their usual file names',
      action: 'repaired',
    });
    return paths;
  }
  const byName = new Map(
    resources
      .filter((r): r is { name: string; path: string } => typeof r?.name === 'string' && typeof r?.path === 'string')
      .map((r) => [r.name, r.path]),
  );
  for (const [usual, resource] of Object.entries(RESOURCES)) {
    const path = byName.get(resource);
    // Only a plain file in the folder: a path out of it, or a URL, is not read.
    if (path && /^[\w.-]+\.csv$/.test(path) && path !== usual) paths.set(usual, path);
  }
  return paths;
}

/**
 * Reads the HSDS tabular form (one CSV per table, linked by ids) into the nested HSDS JSON the
 * SDK imports: each row of service_at_location.csv becomes a service at a location with its
 * service, organization, location, addresses, phones, schedules, languages and terms.
 */
export async function readTabular(folder: string): Promise<Tabular> {
  const origins = new WeakMap<object, Origin>();
  const problems: Problem[] = [];
  const paths = await resourcePaths(folder, problems);
  const table = async (name: string): Promise<Rec[]> => {
    name = paths.get(name) ?? name;
    const file = join(folder, name);
    if (!existsSync(file)) return [];
    const delimiter = await detectSeparator(file);
    const rows = parse(await readFile(file), {
      bom: true,
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as string[][];
    const [columns = [], ...body] = rows;
    return body.map((cells, i) => {
      const record: Rec = {};
      columns.forEach((column, j) => {
        const value = cells[j]?.trim() ?? '';
        if (value === '') return;
        record[column] = NUMERIC.has(column) && /^[+-]?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
      });
      origins.set(record, { file: name, row: i + 2, columns });
      return record;
    });
  };
  const [
    services,
    organizations,
    locations,
    sals,
    phones,
    schedules,
    languages,
    addresses,
    accessibility,
    attributes,
    terms,
  ] = await Promise.all(
    [
      'services.csv',
      'organizations.csv',
      'locations.csv',
      'service_at_location.csv',
      'phones.csv',
      'schedules.csv',
      'languages.csv',
      'addresses.csv',
      'accessibility.csv',
      'attributes.csv',
      'taxonomy_terms.csv',
    ].map(table),
  );
  const byId = (rows: Rec[]) => new Map(rows.map((r) => [r.id, r]));
  const termById = byId(terms!);
  const orgById = byId(organizations!);
  /** The rows of a table by the value of one column (a foreign key), in table order: one pass, then lookups. */
  const index = (rows: Rec[], key: string, keep: (r: Rec) => boolean = () => true) => {
    const map = new Map<unknown, Rec[]>();
    for (const row of rows) {
      if (row[key] === undefined || !keep(row)) continue;
      const list = map.get(row[key]);
      if (list) list.push(row);
      else map.set(row[key], [row]);
    }
    return (id: unknown): Rec[] => (id === undefined ? [] : (map.get(id) ?? []));
  };
  // A phone or schedule belongs to the most specific record it names.
  const ownerKey = (r: Rec) =>
    r.service_at_location_id !== undefined
      ? 'sal'
      : r.service_id !== undefined
        ? 'service'
        : r.location_id !== undefined
          ? 'location'
          : 'org';
  const owned = (owner: string) => (r: Rec) => ownerKey(r) === owner;
  const phonesOf = {
    sal: index(phones!, 'service_at_location_id'),
    service: index(phones!, 'service_id', owned('service')),
    location: index(phones!, 'location_id', owned('location')),
  };
  const schedulesOf = {
    sal: index(schedules!, 'service_at_location_id'),
    service: index(schedules!, 'service_id', owned('service')),
    location: index(schedules!, 'location_id', owned('location')),
  };
  const languagesOf = {
    phone: index(languages!, 'phone_id'),
    service: index(languages!, 'service_id', (l) => l.phone_id === undefined && l.location_id === undefined),
    location: index(languages!, 'location_id', (l) => l.service_id === undefined),
  };
  const addressesOf = index(addresses!, 'location_id');
  const accessibilityOf = index(accessibility!, 'location_id');
  const attributesOf = index(attributes!, 'link_id');
  const withLanguages = (phone: Rec) => keepOrigin(phone, { ...phone, languages: languagesOf.phone(phone.id) });
  // Copies keep their origin, so that paths into them still find their row.
  const keepOrigin = (from: Rec, copy: Rec): Rec => {
    const origin = origins.get(from);
    if (origin) origins.set(copy, origin);
    return copy;
  };
  const keep = (r: Rec): Rec => keepOrigin(r, { ...r });

  const serviceObject = (service: Rec): Rec => {
    const copy = keep(service);
    const org = orgById.get(service.organization_id);
    if (org) copy.organization = keep(org);
    copy.phones = phonesOf.service(service.id).map(withLanguages);
    copy.schedules = schedulesOf.service(service.id);
    copy.languages = languagesOf.service(service.id);
    copy.attributes = attributesOf(service.id).map((a) =>
      keepOrigin(a, {
        ...a,
        ...(termById.has(a.taxonomy_term_id) && { taxonomy_term: termById.get(a.taxonomy_term_id) }),
      }),
    );
    return copy;
  };
  const locationObject = (location: Rec): Rec =>
    keepOrigin(location, {
      ...location,
      addresses: addressesOf(location.id),
      accessibility: accessibilityOf(location.id),
      phones: phonesOf.location(location.id).map(withLanguages),
      schedules: schedulesOf.location(location.id),
      languages: languagesOf.location(location.id),
    });
  const serviceById = byId(services!);
  const locationById = byId(locations!);
  const records: Rec[] = sals!.map((sal) => {
    const service = serviceById.get(sal.service_id);
    const location = locationById.get(sal.location_id);
    return keepOrigin(sal, {
      ...sal,
      ...(service && { service: serviceObject(service) }),
      ...(location && { location: locationObject(location) }),
      phones: phonesOf.sal(sal.id).map(withLanguages),
      schedules: schedulesOf.sal(sal.id),
    });
  });
  const placed = new Set(sals!.map((s) => s.service_id));
  for (const service of services!) if (!placed.has(service.id)) records.push(serviceObject(service));
  const offered = new Set(sals!.map((s) => s.location_id));
  for (const location of locations!) {
    if (offered.has(location.id)) continue;
    const origin = origins.get(location);
    problems.push({
      where: origin ? `${origin.file}:${origin.row}` : 'locations.csv',
      reason: `location ${JSON.stringify(location.id ?? '')} offers no service (no row of service_at_location names it), so it is not a centre; left out`,
      action: 'skipped',
    });
  }

  return {
    records,
    problems,
    placeOf(path) {
      const segments = pathSegments(path);
      if (!segments) return undefined;
      let node: unknown = records;
      let found: { origin: Origin; next: string | number | undefined } | undefined;
      for (const [i, segment] of segments.entries()) {
        if (!node || typeof node !== 'object') break;
        node = (node as Record<string | number, unknown>)[segment];
        const origin = node && typeof node === 'object' ? origins.get(node) : undefined;
        if (origin) found = { origin, next: segments[i + 1] };
      }
      if (!found) return undefined;
      const column = typeof found.next === 'string' ? found.origin.columns.indexOf(found.next) : -1;
      return `${found.origin.file}:${found.origin.row}${column >= 0 ? `:${column + 1}` : ''}`;
    },
  };
}
