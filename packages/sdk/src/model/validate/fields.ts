import type { OpeningHours } from '../../hours/hours.js';
import { safeLink } from '../../contact/links.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { hoursSchema } from './hours.js';
import { issuesToWarnings } from './issues.js';

/**
 * Hours are checked on their own: bad hours are dropped (shown as "unknown", never as "closed")
 * and reported, so one typo in a schedule does not hide a working phone line or an open door.
 */
export function parseHours(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
): OpeningHours | undefined {
  if (input === undefined) return undefined;
  const parsed = hoursSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  for (const w of issuesToWarnings(parsed.error, input, path, 'repaired')) {
    warnings.push({ ...w, reason: `${w.reason}; hours dropped, shown as unknown` });
  }
  return undefined;
}

/** A record's web page: only an http(s) link that passes the safe-link checks; anything else is dropped and reported. */
export function parseWebPage(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
): string | undefined {
  if (input === undefined) return undefined;
  const link = safeLink(input);
  if (link.ok && /^https?:/.test(link.href)) return link.href;
  const reason = link.ok ? 'a web page must be an http(s) link' : link.reason;
  warnings.push({ path: jsonPath(path), reason, action: 'repaired' });
  return undefined;
}
