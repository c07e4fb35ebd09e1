import * as z from './zod.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../taxonomy.js';
import { idSchema } from './common.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

/** A publisher's service term. */
export const termSchema = z.object({
  id: idSchema,
  name: localizedTextSchema,
  description: z.optional(localizedTextSchema),
});

const OPTIONAL_TERM_FIELDS = new Set(['description']);

/**
 * The dataset's service terms merged over the default taxonomy: a term with a default's id
 * replaces it in place, a new one is added at the end. Each term is checked on its own.
 */
export function parseTaxonomy(input: unknown, warnings: DataWarning[]): TaxonomyTerm[] {
  const terms = new Map(DEFAULT_TAXONOMY.map((term) => [term.id, term]));
  if (input !== undefined && !Array.isArray(input)) {
    warnings.push({ path: '$.taxonomy', reason: 'must be a list of service terms; ignored', action: 'skipped' });
  } else if (input !== undefined) {
    const seen = new Set<string>();
    input.forEach((item: unknown, i) => {
      const term = parseLeniently(termSchema, item, ['taxonomy', i], OPTIONAL_TERM_FIELDS, warnings);
      if (!term) return;
      if (seen.has(term.id)) {
        warnings.push({
          path: jsonPath(['taxonomy', i, 'id']),
          reason: `duplicate id "${term.id}"; the first term with it is kept`,
          action: 'skipped',
        });
        return;
      }
      seen.add(term.id);
      terms.set(term.id, {
        id: term.id,
        name: term.name,
        ...(term.description !== undefined && { description: term.description }),
      });
    });
  }
  return [...terms.values()];
}
