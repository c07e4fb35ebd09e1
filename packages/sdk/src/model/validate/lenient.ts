import type * as z from './zod.js';
import type { DataWarning } from '../problems.js';
import { issuesToWarnings } from './issues.js';

/**
 * Parses a record, dropping optional fields that fail instead of the whole record: a misspelt
 * language tag or an empty note must not hide a working phone line. A problem in a required field
 * still skips the record. Every dropped field is reported as repaired, every skip as skipped.
 */
export function parseLeniently<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  path: readonly PropertyKey[],
  optional: ReadonlySet<string>,
  warnings: DataWarning[],
): T | undefined {
  const first = schema.safeParse(input);
  if (first.success) return first.data;
  const badKeys = new Set(first.error.issues.map((issue) => String(issue.path[0] ?? '')));
  const repairable =
    input !== null && typeof input === 'object' && !Array.isArray(input) && [...badKeys].every((k) => optional.has(k));
  if (repairable) {
    const trimmed: Record<string, unknown> = { ...(input as Record<string, unknown>) };
    for (const key of badKeys) delete trimmed[key];
    const second = schema.safeParse(trimmed);
    if (second.success) {
      for (const w of issuesToWarnings(first.error, input, path, 'repaired')) {
        warnings.push({ ...w, reason: `${w.reason}; this field was left out` });
      }
      return second.data;
    }
  }
  warnings.push(...issuesToWarnings(first.error, input, path));
  return undefined;
}
