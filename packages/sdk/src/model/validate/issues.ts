import type * as z from './zod.js';
import { jsonPath, type DataWarning } from '../problems.js';

/** A text in quotes, shortened: a reason must stay readable whatever was in the data. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 40 ? text.slice(0, 40) + '…' : text);
}

/** A value for a message, as JSON would write it; never throws, even on values JSON cannot hold. */
export function show(value: unknown): string {
  if (typeof value === 'string') return quoted(value);
  return value !== null && typeof value === 'object' ? kindOf(value) : String(value);
}

/** Names what was found, for reasons such as "expected a number, found the text \"14.7\"". */
export function kindOf(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the text ${quoted(value)}`;
  return `${typeof value === 'number' ? 'the number' : typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = root;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/**
 * Turns a zod issue into a sentence a data publisher understands. Custom messages written in the
 * schemas win; zod/mini's own default ("Invalid input") is replaced by one naming what was found.
 */
function describeIssue(issue: z.core.$ZodIssue, input: unknown): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  const found = valueAt(input, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is required (${EXPECTED[issue.expected] ?? issue.expected})`;
      return `expected ${EXPECTED[issue.expected] ?? issue.expected}, found ${kindOf(found)}`;
    case 'invalid_value': {
      const values = issue.values.map((v) => JSON.stringify(v)).join(' or ');
      return found === undefined ? `is required (${values})` : `must be ${values}, found ${kindOf(found)}`;
    }
    case 'too_small':
      return issue.origin === 'array' ? `needs at least ${String(issue.minimum)} item(s)` : `is too short or too small`;
    case 'too_big':
      return issue.origin === 'array' ? `has more than ${String(issue.maximum)} items` : `is too long or too large`;
    case 'invalid_format':
      return `${kindOf(found)} is not a valid ${issue.format}`;
    default:
      return `${kindOf(found)} is not valid here`;
  }
}

/** Converts every issue of a failed parse into warnings, rooted at `base` (the record's own path). */
export function issuesToWarnings(
  error: z.core.$ZodError,
  input: unknown,
  base: readonly PropertyKey[],
  action: DataWarning['action'] = 'skipped',
): DataWarning[] {
  return error.issues.map((issue) => ({
    path: jsonPath([...base, ...issue.path]),
    reason: describeIssue(issue, input),
    action,
  }));
}
