import { MRC_HSDS_SCHEMES, type LoadResult } from '@mrc-kit/sdk';

/** The centre ids an mrc-kit export kept in `location.external_identifier`, by service_at_location id. */
function keptIds(json: unknown, out = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(json)) for (const item of json) keptIds(item, out);
  else if (json && typeof json === 'object') {
    const record = json as Record<string, unknown>;
    const location = record.location as Record<string, unknown> | undefined;
    if (
      typeof record.id === 'string' &&
      location?.external_identifier_type === MRC_HSDS_SCHEMES.centre &&
      typeof location.external_identifier === 'string'
    ) {
      out.set(record.id, location.external_identifier);
    }
    for (const value of Object.values(record)) if (value && typeof value === 'object') keptIds(value, out);
  }
  return out;
}

/**
 * Gives centres exported by mrc-kit their own ids back (the importer names a centre after its
 * service_at_location, whose id HSDS requires to be a UUID), so links to them keep working.
 */
export function restoreIds(result: LoadResult, inputs: readonly unknown[]): LoadResult {
  const ids = new Map<string, string>();
  for (const input of inputs) keptIds(input, ids);
  if (ids.size === 0) return result;
  const taken = new Set(result.dataset.centres.map((c) => c.id));
  const centres = result.dataset.centres.map((centre) => {
    const own = ids.get(centre.id);
    if (own === undefined || taken.has(own)) return centre;
    taken.add(own);
    return { ...centre, id: own };
  });
  return { ...result, dataset: { ...result.dataset, centres } };
}
