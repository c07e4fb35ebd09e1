import { DATASET_FORMAT, type LoadResult } from '../model/dataset.js';
import { DatasetError } from '../model/errors.js';
import { safeLink } from '../contact/links.js';
import type { DataWarning } from '../model/problems.js';
import { isLanguageTag } from '../model/text.js';
import { isTimeZone } from '../hours/time-zone.js';
import { isIsoDate } from '../model/validate/iso-date.js';
import { validateDataset } from '../model/validate/dataset.js';
import { buildCentre, type CentreSources, type RawCentre } from './centre.js';
import { readCountry } from './countries.js';
import { type Node, Report, text } from './read.js';
import { collectRecords, notHsds, type Records } from './records.js';
import { toInputPath } from './sources.js';
import { Terms } from './terms.js';

export interface ImportHsdsOptions {
  /** ISO 3166-1 alpha-2 country of the records whose address gives none. Without it they are skipped. */
  defaultCountry?: string;
  /**
   * IANA time zone of the places (`America/New_York`). It is used for every schedule that does not
   * name an IANA zone itself, in place of a numeric UTC offset, which cannot follow daylight-saving time.
   */
  timeZone?: string;
  /** Language of the HSDS texts, as a BCP 47 tag. Default `en`. */
  defaultLocale?: string;
  /** The date schedules are judged against, YYYY-MM-DD: those that ended before are left out. Default: today (UTC). */
  today?: string;
}

/** Checks the options, throwing a RangeError that names the bad one. */
export function checkOptions(options: ImportHsdsOptions): {
  defaultCountry?: string;
  timeZone?: string;
  locale: string;
  today: string;
} {
  let defaultCountry: string | undefined;
  if (options.defaultCountry !== undefined) {
    const country = readCountry(options.defaultCountry);
    if (country.code === undefined) throw new RangeError(`defaultCountry: ${country.reason}`);
    defaultCountry = country.code;
  }
  if (options.timeZone !== undefined && !isTimeZone(options.timeZone)) {
    throw new RangeError(
      `timeZone: ${JSON.stringify(options.timeZone)} is not an IANA time zone such as "Africa/Dakar"`,
    );
  }
  const locale = options.defaultLocale ?? 'en';
  if (!isLanguageTag(locale))
    throw new RangeError(`defaultLocale: ${JSON.stringify(locale)} is not a BCP 47 language tag`);
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  if (!isIsoDate(today)) throw new RangeError(`today: ${JSON.stringify(today)} is not a date as YYYY-MM-DD`);
  return {
    ...(defaultCountry && { defaultCountry }),
    ...(options.timeZone && { timeZone: options.timeZone }),
    locale,
    today,
  };
}

/** The publisher: the organization behind every record, or a neutral name when there are several or none. */
function publisherOf(organizations: readonly Node[]): { name: string; url?: string } {
  const byKey = new Map<string, Node>();
  for (const org of organizations) {
    const key = text(org, 'id') ?? text(org, 'name');
    if (key !== undefined) byKey.set(key, org);
  }
  const only = byKey.size === 1 ? [...byKey.values()][0] : undefined;
  const name = only && text(only, 'name');
  if (!only || name === undefined) return { name: 'HSDS import' };
  const link = safeLink(text(only, 'website'));
  return { name, ...(link.ok && /^https?:/.test(link.href) && { url: link.href }) };
}

function unique(warnings: readonly DataWarning[]): DataWarning[] {
  const seen = new Set<string>();
  return warnings.filter((w) => {
    const key = `${w.action} ${w.path} ${w.reason}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Imports HSDS 3.x JSON (Open Referral): one `service_at_location`, `service`, `organization` or
 * `location` as the API returns it, a paginated list of them (`contents`), or an array of either.
 * Each service at a location becomes a centre; a location (given alone or in an organization)
 * becomes a centre with the services offered there. The result is checked like any dataset.
 *
 * Every value that could not be used or had to be changed is reported with its path in the HSDS
 * input. Throws {@link DatasetError} only when the input is not HSDS JSON at all (not an object or
 * a list, or an object that is no HSDS record and no page of them), and a RangeError for invalid
 * options.
 */
export function importHsds(json: unknown, options: ImportHsdsOptions = {}): LoadResult {
  if (json === null || typeof json !== 'object') {
    throw new DatasetError(
      `Expected HSDS JSON (an object or a list of objects), but got ${json === null ? 'null' : `a ${typeof json}`}.`,
    );
  }
  const opts = checkOptions(options);
  const what = notHsds(json);
  if (what !== undefined) {
    throw new DatasetError(
      `Expected HSDS JSON: a service_at_location, service, organization, location or taxonomy term, a list of them, or a page of them ("contents"); but got ${what}.`,
    );
  }
  const report = new Report();
  const records: Records = { plans: [], terms: [], organizations: [], count: 0 };
  collectRecords(json, [], records, report);
  if (records.count === 0) {
    report.skipped(
      [],
      records.terms.length > 0
        ? 'only taxonomy terms: they are added to the dataset taxonomy, but there are no centres'
        : 'no HSDS service_at_location, service, organization or location in the input, so no centres',
    );
  }

  const terms = new Terms();
  for (const node of records.terms) terms.remember(node);
  const centres: RawCentre[] = [];
  const sources: CentreSources[] = [];
  const context = { ...opts, terms, report };
  for (const plan of records.plans) {
    const built = buildCentre(plan, context);
    if (!built) continue;
    centres.push(built.centre);
    sources.push(built.sources);
  }
  for (const node of records.terms) terms.read(node, report);

  const taxonomy = [...terms.own.values()];
  const raw = {
    format: DATASET_FORMAT,
    publisher: publisherOf(records.organizations),
    defaultLocale: opts.locale,
    taxonomy,
    centres,
  };
  const result = validateDataset(raw);
  const checked = result.warnings.map((w) => toInputPath(w, sources, taxonomy, terms.sources));
  return { dataset: result.dataset, warnings: unique([...report.warnings, ...checked]) };
}
