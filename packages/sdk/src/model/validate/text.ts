import * as z from './zod.js';
import { LANGUAGE_TAG } from '../text.js';

const TEXT_EXPECTED = 'a text, or texts by language such as { "en": "Help", "fr": "Aide" }';

const textSchema = z.union(
  [
    z.string().check(z.trim(), z.minLength(1, 'text is empty')),
    z
      .record(z.string().check(z.regex(LANGUAGE_TAG, 'not a BCP 47 language tag such as "en" or "es-MX"')), z.string())
      .check(z.refine((map) => Object.values(map).some((t) => t.trim() !== ''), 'no text in any language')),
  ],
  // Without this, a missing or mistyped text would read "nothing is not valid here".
  { error: (issue) => (issue.input === undefined ? `is required (${TEXT_EXPECTED})` : `expected ${TEXT_EXPECTED}`) },
);

/**
 * A text: a non-empty string, or language tags to strings with one not blank. A key that is not a
 * language tag makes the whole text invalid, "__proto__" included: JSON.parse gives it as an own key
 * like any other, but zod's records skip it without a word, so it is looked for before them.
 */
export const localizedTextSchema = z.pipe(
  z.transform((input: unknown, payload) => {
    if (input !== null && typeof input === 'object' && Object.hasOwn(input, '__proto__')) {
      payload.issues.push({ code: 'custom', message: `expected ${TEXT_EXPECTED}`, input });
      return z.NEVER;
    }
    return input;
  }),
  textSchema,
);
