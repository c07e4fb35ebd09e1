import { resolveText, type LocalizedText, type TaxonomyTerm } from '@mrc-kit/sdk';
import type { Problem } from '../problems.js';
import { uuidFor } from './uuid.js';

/** An HSDS record being written. */
export type Rec = Record<string, unknown>;

/** The record without its undefined fields. */
export function present(record: Rec): Rec {
  for (const key in record) if (record[key] === undefined) delete record[key];
  return record;
}

/** What the export of one language knows as it writes each record. */
export interface Context {
  /** The dataset's terms by id. */
  terms: Map<string, TaxonomyTerm>;
  locale: string;
  fallbacks: string[];
  now: Date;
  /** UTC offsets on `now`, by time zone. */
  offsets: Map<string, number>;
  problems: Problem[];
}

export const textIn = (text: LocalizedText | undefined, ctx: Context): string | undefined =>
  text === undefined ? undefined : resolveText(text, ctx.locale, ctx.fallbacks) || undefined;

/** Something the dataset holds and HSDS 3 cannot, reported once (every language loses the same). */
export function lose(ctx: Context, where: string, reason: string): void {
  ctx.problems.push({ where, path: where, reason, action: 'repaired' });
}

const displayNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
const names = new Map<string, string | undefined>();
/** The English name of a language (Intl is slow to ask, and an export asks for the same few 100,000 times). */
function languageName(code: string): string | undefined {
  if (!names.has(code)) names.set(code, displayNames.of(code));
  return names.get(code);
}

/** The languages of a service or phone as HSDS languages, linked to their owner by `link`. */
export function languageList(owner: string, tags: readonly string[], link: Rec): Rec[] {
  return tags.map((code) => ({ id: uuidFor('language', owner, code), ...link, name: languageName(code), code }));
}
