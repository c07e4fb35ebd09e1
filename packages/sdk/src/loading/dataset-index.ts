import { DATASET_FORMAT, DATASET_INDEX_FORMAT } from '../model/dataset.js';
import { DatasetError } from '../model/errors.js';
import type { DataWarning } from '../model/problems.js';
import { isIsoDate } from '../model/validate/iso-date.js';
import { show } from '../model/validate/issues.js';

/** One shard file listed by a dataset index. */
export interface ShardEntry {
  /** The country whose centres the shard holds (ISO 3166-1 alpha-2). */
  country: string;
  /** The shard's absolute URL (resolved against the index). */
  url: string;
  /** How many centres the publisher says the shard holds. */
  centres?: number;
  /**
   * `[minLng, minLat, maxLng, maxLat]` around the shard's centres; `minLng > maxLng` crosses the
   * 180th meridian, as in GeoJSON. Without it the shard is loaded for every query near a place.
   */
  bbox?: [number, number, number, number];
  updated?: string;
}

export interface ParsedIndex {
  /** The index with its shard list taken out and the dataset format put in: ready for the dataset validator. */
  envelope: Record<string, unknown>;
  shards: ShardEntry[];
  warnings: DataWarning[];
}

/** True for a document that says it is a dataset index, of whatever version. */
export function isDatasetIndex(doc: unknown): doc is Record<string, unknown> {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    typeof (doc as { format?: unknown }).format === 'string' &&
    (doc as { format: string }).format.startsWith('mrc-kit/dataset-index@')
  );
}

export interface DatasetIndexOptions {
  /**
   * Where a shard's file is, from its `url` and the index's `source`; `undefined` when it may not
   * be read. By default an http(s) URL relative to the index (a browser reads nothing else); the
   * command line also reads files beside an index on disk.
   */
  resolveShard?: (url: string, source: string) => string | undefined;
}

/**
 * Checks an index document. A bad shard entry is skipped (or a bad optional field left out) and
 * reported; a document of an unknown index version, or without a shard list, is an error.
 */
export function parseDatasetIndex(
  doc: Record<string, unknown>,
  source: string,
  { resolveShard = resolveShardUrl }: DatasetIndexOptions = {},
): ParsedIndex {
  if (doc.format !== DATASET_INDEX_FORMAT) {
    throw new DatasetError(
      `Unsupported dataset index format ${show(doc.format)}: this version of mrc-kit reads "${DATASET_INDEX_FORMAT}".`,
      source,
    );
  }
  if (!Array.isArray(doc.shards)) {
    throw new DatasetError(`The dataset index ${source} has no "shards" list.`, source);
  }
  const warnings: DataWarning[] = [];
  const shards: ShardEntry[] = [];
  const seen = new Set<string>();
  doc.shards.forEach((entry: unknown, i) => {
    const shard = parseShard(entry, `$.shards[${i}]`, (url) => resolveShard(url, source), warnings);
    if (!shard) return;
    if (seen.has(shard.url)) {
      // Loading one file twice would list its centres twice.
      warnings.push({ path: `$.shards[${i}].url`, reason: `${shard.url} is already listed`, action: 'skipped' });
      return;
    }
    seen.add(shard.url);
    shards.push(shard);
  });
  if (doc.centres !== undefined) {
    warnings.push({
      path: '$.centres',
      reason: 'an index keeps its centres in its shards; ignored',
      action: 'skipped',
    });
  }
  const envelope: Record<string, unknown> = { ...doc, format: DATASET_FORMAT, centres: [] };
  delete envelope.shards;
  return { envelope, shards, warnings };
}

function parseShard(
  entry: unknown,
  path: string,
  resolve: (url: string) => string | undefined,
  warnings: DataWarning[],
): ShardEntry | undefined {
  const skip = (reason: string) => {
    warnings.push({ path, reason, action: 'skipped' });
    return undefined;
  };
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return skip('a shard entry is an object');
  const { country, url, centres, bbox, updated } = entry as Record<string, unknown>;
  if (typeof country !== 'string' || !/^[A-Za-z]{2}$/.test(country)) {
    return skip('"country" must be a two-letter ISO 3166-1 code such as "SN"');
  }
  const href = typeof url === 'string' && url.trim() !== '' ? resolve(url) : undefined;
  if (!href) return skip('"url" must be the address of a shard file, relative to the index or https:');
  const shard: ShardEntry = { country: country.toUpperCase(), url: href };

  const leaveOut = (field: string, reason: string) =>
    warnings.push({ path: `${path}.${field}`, reason: `${reason}; left out`, action: 'repaired' });
  if (centres !== undefined) {
    if (typeof centres === 'number' && Number.isInteger(centres) && centres >= 0) shard.centres = centres;
    else leaveOut('centres', 'not a count of centres');
  }
  if (bbox !== undefined) {
    if (isBbox(bbox)) shard.bbox = [bbox[0], bbox[1], bbox[2], bbox[3]];
    else leaveOut('bbox', 'not [minLng, minLat, maxLng, maxLat] in degrees');
  }
  if (updated !== undefined) {
    if (typeof updated === 'string' && isIsoDate(updated)) shard.updated = updated;
    else leaveOut('updated', 'not a date written YYYY-MM-DD');
  }
  return shard;
}

/** Shard URLs resolve against the index's own URL; only http(s) files are fetched. */
function resolveShardUrl(url: string, source: string): string | undefined {
  try {
    const resolved = new URL(url, source);
    if (resolved.protocol !== 'https:' && resolved.protocol !== 'http:') return undefined;
    resolved.hash = '';
    return resolved.href;
  } catch {
    return undefined;
  }
}

function isBbox(value: unknown): value is [number, number, number, number] {
  if (!Array.isArray(value) || value.length !== 4) return false;
  if (!value.every((n) => typeof n === 'number' && Number.isFinite(n))) return false;
  const [minLng, minLat, maxLng, maxLat] = value as number[];
  const lng = (n: number) => n >= -180 && n <= 180;
  const lat = (n: number) => n >= -90 && n <= 90;
  return lng(minLng!) && lng(maxLng!) && lat(minLat!) && lat(maxLat!) && minLat! <= maxLat!;
}
