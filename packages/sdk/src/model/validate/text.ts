import * as z from './zod.js';
import { LANGUAGE_TAG } from '../text.js';

const TEXT_EXPECTED = 'a text, or texts by language such as { "en": "Help", "fr": "Aide" }';

export const localizedTextSchema = z.union(
  [
    z.string().check(z.trim(), z.minLength(1, 'text is empty')),
    z
      .record(z.string().check(z.regex(LANGUAGE_TAG, 'not a BCP 47 language tag such as "en" or "es-MX"')), z.string())
      .check(z.refine((map) => Object.values(map).some((t) => t.trim() !== ''), 'no text in any language')),
  ],
  // Without this, a missing or mistyped text would read "nothing is not valid here".
  { error: (issue) => (issue.input === undefined ? `is required (${TEXT_EXPECTED})` : `expected ${TEXT_EXPECTED}`) },
);
