import type { Position } from '../model/centre.js';
import { readCountry } from './countries.js';
import { children, quote, type Node, type Report, text } from './read.js';

/** Where a centre is, in the kit's terms. */
export interface Place {
  country?: string;
  region?: string;
  city?: string;
  address?: string;
  /** The HSDS address the fields came from. */
  source?: Node;
}

/**
 * The address people go to: a physical one, else a postal one (reported, since a postal address
 * may be a box, not a door). `attention` names a person to send mail to and is left out.
 */
export function readAddress(location: Node, firstLine: string | undefined, report: Report): Place {
  const addresses = children(location, 'addresses');
  const type = (a: Node) => text(a, 'address_type')?.toLowerCase();
  const physical = addresses.find((a) => type(a) === 'physical' || type(a) === undefined);
  const postal = addresses.find((a) => type(a) === 'postal');
  const chosen = physical ?? postal;
  if (!chosen) return {};
  if (!physical) {
    report.repaired(
      [...chosen.path, 'address_type'],
      'only a postal address is given; it is shown as the address of the centre',
    );
  }
  if (text(chosen, 'attention') !== undefined) {
    report.repaired(
      [...chosen.path, 'attention'],
      'the name to send mail to is not part of the address people visit; left out',
    );
  }
  const lines = [firstLine, text(chosen, 'address_1'), text(chosen, 'address_2'), text(chosen, 'postal_code')].filter(
    (l): l is string => l !== undefined,
  );
  const region = text(chosen, 'state_province') ?? text(chosen, 'region');
  const city = text(chosen, 'city');
  return {
    ...(lines.length > 0 && { address: lines.join('\n') }),
    ...(region !== undefined && { region }),
    ...(city !== undefined && { city }),
    source: chosen,
  };
}

/** The country of the address, as an ISO 3166-1 alpha-2 code; names are mapped and reported. */
export function readAddressCountry(address: Node | undefined, report: Report): string | undefined {
  if (!address) return undefined;
  const value = text(address, 'country');
  if (value === undefined) return undefined;
  const country = readCountry(value);
  if (country.code === undefined) {
    report.repaired([...address.path, 'country'], `${country.reason}; ignored`);
    return undefined;
  }
  if (country.renamed)
    report.repaired([...address.path, 'country'], `${quote(value)} read as the country code ${country.code}`);
  return country.code;
}

function coordinate(location: Node, key: string, limit: number, report: Report): number | undefined {
  const raw = location.value[key];
  if (raw === undefined || raw === null || raw === '') return undefined;
  const value = typeof raw === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(raw) ? Number(raw) : raw;
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    report.repaired([...location.path, key], `${quote(raw)} is not a number; the position is left out`);
    return undefined;
  }
  if (Math.abs(value) > limit) {
    report.repaired([...location.path, key], `${value} is outside -${limit}…${limit}; the position is left out`);
    return undefined;
  }
  return value;
}

/** The position from `latitude` and `longitude` (numbers or numeric texts), only when both are sound. */
export function readPosition(location: Node, report: Report): Position | undefined {
  const lat = coordinate(location, 'latitude', 90, report);
  const lng = coordinate(location, 'longitude', 180, report);
  if (lat === undefined || lng === undefined) {
    const given = lat === undefined ? lng : lat;
    const missing = lat === undefined ? 'latitude' : 'longitude';
    const value = location.value[missing];
    if (given !== undefined && (value === undefined || value === null || value === '')) {
      report.repaired([...location.path, missing], `no ${missing}; the position is left out`);
    }
    return undefined;
  }
  if (lat === 0 && lng === 0) {
    report.repaired(
      [...location.path, 'latitude'],
      '0, 0 is a placeholder, not a place (it is in the Gulf of Guinea); the position is left out',
    );
    return undefined;
  }
  return { lat, lng };
}
