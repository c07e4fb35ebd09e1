/**
 * Phone numbers are stored in E.164 (`+221338000000`): a leading +, a country code, at most 15
 * digits. The SDK accepts the common ways people write an international number and rejects
 * anything it cannot turn into E.164 without guessing a country.
 *
 * Hand-written on purpose: full per-country validation (libphonenumber) would weigh more than the
 * whole widget bundle, and the dataset already states numbers in international form. For the
 * same reason the SDK does not group a number: it shows the groups the dataset gives, which
 * `mrc-kit convert` writes with the full metadata (packages/cli/src/readable-number.ts).
 */
export type PhoneResult =
  | {
      ok: true;
      e164: string;
      /** The number as the publisher grouped it (`+44 20 7946 0123`), for people to read and dictate. */
      display: string;
    }
  | { ok: false; reason: string };

const SEPARATORS = /[\s.\-()/\u00a0\u2010-\u2015]/g;

export function normalisePhone(input: unknown): PhoneResult {
  if (typeof input !== 'string' || input.trim() === '') {
    return { ok: false, reason: 'is not a phone number' };
  }
  // Spreadsheets and copy-paste wrap numbers in quote marks; those are never part of a number.
  let s = input
    .trim()
    .replace(/^["'“”‘’]+|["'“”‘’]+$/g, '')
    .trim();
  s = s.replace(/^tel:/i, '');
  // "+44 (0)20 …", "00 44 (0)20 …": the bracketed 0 is the national trunk prefix, never dialled
  // after a country code. The prefix is written "+", next to the code, as people read it.
  s = s.replace(/^(?:\+|00)\s*(\d{1,4})[\s.-]*\(0\)/, '+$1 ').replace(/^(?:\+|00)\s*/, '+');
  const written = s.replace(/\s+/g, ' ');
  s = s.replace(SEPARATORS, '');
  if (s.startsWith('00')) s = '+' + s.slice(2);
  if (!s.startsWith('+')) {
    return {
      ok: false,
      reason: `"${input}" has no country code: write it in international form, such as +221 33 800 00 00`,
    };
  }
  const digits = s.slice(1);
  if (!/^\d+$/.test(digits)) return { ok: false, reason: `"${input}" contains characters that are not digits` };
  if (digits.startsWith('0')) return { ok: false, reason: `"${input}": a country code never starts with 0` };
  if (digits.length < 7 || digits.length > 15) {
    return { ok: false, reason: `"${input}" has ${digits.length} digits; an international number has 7 to 15` };
  }
  return { ok: true, e164: '+' + digits, display: written };
}
