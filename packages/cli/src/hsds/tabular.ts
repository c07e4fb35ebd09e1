import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { pathSegments } from '../json-text.js';
import { detectSeparator } from '../csv/read-table.js';

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
  /** The CSV cell a JSON path into `records` comes from, as `file:row:column`. */
  placeOf(path: string): string | undefined;
}

/** True for a folder in the HSDS tabular form (a datapackage of CSV tables). */
export function isTabular(folder: string): boolean {
  return ['services.csv', 'service_at_location.csv', 'locations.csv'].some((f) => existsSync(join(folder, f)));
}

/**
 * Reads the HSDS tabular form (one CSV per table, linked by ids) into the nested HSDS JSON the
 * SDK imports: each row of service_at_location.csv becomes a service at a location with its
 * service, organization, location, addresses, phones, schedules, languages and terms.
 */
export async function readTabular(folder: string): Promise<Tabular> {
  const origins = new WeakMap<object, Origin>();
  const table = async (name: string): Promise<Rec[]> => {
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
  const of = (rows: Rec[], key: string, id: unknown) => (id === undefined ? [] : rows.filter((r) => r[key] === id));
  // A phone or schedule belongs to the most specific record it names.
  const ownerKey = (r: Rec) =>
    r.service_at_location_id !== undefined
      ? 'sal'
      : r.service_id !== undefined
        ? 'service'
        : r.location_id !== undefined
          ? 'location'
          : 'org';
  const withLanguages = (phone: Rec) =>
    keepOrigin(phone, { ...phone, languages: of(languages!, 'phone_id', phone.id) });
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
    copy.phones = phones!.filter((p) => p.service_id === service.id && ownerKey(p) === 'service').map(withLanguages);
    copy.schedules = schedules!.filter((s) => s.service_id === service.id && ownerKey(s) === 'service');
    copy.languages = languages!.filter(
      (l) => l.service_id === service.id && l.phone_id === undefined && l.location_id === undefined,
    );
    copy.attributes = attributes!
      .filter((a) => a.link_id === service.id)
      .map((a) =>
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
      addresses: of(addresses!, 'location_id', location.id),
      accessibility: of(accessibility!, 'location_id', location.id),
      phones: phones!.filter((p) => p.location_id === location.id && ownerKey(p) === 'location').map(withLanguages),
      schedules: schedules!.filter((s) => s.location_id === location.id && ownerKey(s) === 'location'),
      languages: languages!.filter((l) => l.location_id === location.id && l.service_id === undefined),
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
      phones: of(phones!, 'service_at_location_id', sal.id).map(withLanguages),
      schedules: of(schedules!, 'service_at_location_id', sal.id),
    });
  });
  const placed = new Set(sals!.map((s) => s.service_id));
  for (const service of services!) if (!placed.has(service.id)) records.push(serviceObject(service));

  return {
    records,
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
