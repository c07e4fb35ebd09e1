import type * as z from './zod.js';
import { APPOINTMENT_POLICIES, CENTRE_KINDS } from '../centre.js';
import { isLanguageTag, LANGUAGE_TAG, type LocalizedText } from '../text.js';
import { isIsoDate } from './iso-date.js';
import type { centreSchema } from './centre-schema.js';

type RawCentre = z.output<typeof centreSchema>;

const ID = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;
const COUNTRY = /^[A-Z]{2}$/;
const KINDS: ReadonlySet<unknown> = new Set(CENTRE_KINDS);
const POLICIES: ReadonlySet<unknown> = new Set(APPOINTMENT_POLICIES);
const TEXT_FIELDS = ['operator', 'description', 'region', 'city', 'address'] as const;
const LIST_FIELDS = ['services', 'audiences', 'channels', 'stops'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A text the rules accept as it is: a trimmed non-empty string, or language tags to strings, one not blank. */
function isCleanText(value: unknown): value is LocalizedText {
  if (typeof value === 'string') return value !== '' && value.trim() === value;
  if (!isRecord(value)) return false;
  let blank = true;
  for (const key of Object.keys(value)) {
    const text = value[key];
    if (typeof text !== 'string' || !LANGUAGE_TAG.test(key)) return false;
    if (blank && text.trim() !== '') blank = false;
  }
  return !blank;
}

function cleanPosition(value: unknown): { lat: number; lng: number } | undefined {
  if (!isRecord(value)) return undefined;
  const { lat, lng } = value;
  if (typeof lat !== 'number' || typeof lng !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lng)) {
    return undefined;
  }
  if (Math.abs(lat) > 90 || Math.abs(lng) > 180 || (lat === 0 && lng === 0)) return undefined;
  return { lat, lng };
}

/**
 * The record as the centre schema would give it, when every field is already clean; undefined
 * otherwise, and the schema then runs to give each problem its reason. Most records of a published
 * dataset are clean, and this check costs a fraction of a schema run (loading 10,000 centres is
 * mostly this step). It only ever accepts what the schema accepts: a test holds the two together.
 */
export function cleanCentre(input: unknown): RawCentre | undefined {
  if (!isRecord(input)) return undefined;
  const { id, name, kind, country, position, languages, accessibility, appointment, lastVerified } = input;
  if (typeof id !== 'string' || !ID.test(id) || !isCleanText(name) || !KINDS.has(kind)) return undefined;
  if (typeof country !== 'string' || !COUNTRY.test(country)) return undefined;
  const out: Record<string, unknown> = { id, name, kind, country };
  for (const field of TEXT_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (!isCleanText(value)) return undefined;
    out[field] = value;
  }
  for (const field of LIST_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    if (!Array.isArray(value)) return undefined;
    out[field] = value;
  }
  if (position !== undefined) {
    const clean = cleanPosition(position);
    if (!clean) return undefined;
    out.position = clean;
  }
  if (languages !== undefined) {
    if (!Array.isArray(languages) || !languages.every((l) => typeof l === 'string' && isLanguageTag(l)))
      return undefined;
    out.languages = languages;
  }
  if (accessibility !== undefined) {
    if (!isRecord(accessibility)) return undefined;
    const { wheelchair, notes } = accessibility;
    if (wheelchair !== undefined && typeof wheelchair !== 'boolean') return undefined;
    if (notes !== undefined && !isCleanText(notes)) return undefined;
    out.accessibility = { ...(wheelchair !== undefined && { wheelchair }), ...(notes !== undefined && { notes }) };
  }
  if (appointment !== undefined) {
    if (!POLICIES.has(appointment)) return undefined;
    out.appointment = appointment;
  }
  if (lastVerified !== undefined) {
    if (typeof lastVerified !== 'string' || !isIsoDate(lastVerified)) return undefined;
    out.lastVerified = lastVerified;
  }
  // Hours and the web page are checked on their own later, whatever their shape.
  if (input.hours !== undefined) out.hours = input.hours;
  if (input.url !== undefined) out.url = input.url;
  return out as RawCentre;
}
