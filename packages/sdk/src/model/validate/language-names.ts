import { jsonPath, type DataWarning } from '../problems.js';
import { isLanguageTag, type LocalizedText } from '../text.js';
import { localizedTextSchema } from './text.js';

/**
 * The dataset's own names of languages (`languageNames`): by language tag, a text naming it, such as
 * `{ "qaa": { "en": "Casamance Creole", "fr": "créole de Casamance" } }`. A name with a key that is
 * not a language tag, or that is not a text, is skipped with a warning; the others are kept.
 */
export function parseLanguageNames(
  input: unknown,
  warnings: DataWarning[],
): Readonly<Record<string, LocalizedText>> | undefined {
  if (input === undefined) return undefined;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    warnings.push({
      path: '$.languageNames',
      reason: 'must be an object of language tags to names, such as { "snk": { "en": "Soninke" } }; ignored',
      action: 'skipped',
    });
    return undefined;
  }
  const names: Record<string, LocalizedText> = {};
  for (const [tag, name] of Object.entries(input)) {
    const path = jsonPath(['languageNames', tag]);
    if (!isLanguageTag(tag)) {
      warnings.push({ path, reason: `"${tag}" is not a language tag; the name is skipped`, action: 'skipped' });
      continue;
    }
    const parsed = localizedTextSchema.safeParse(name);
    if (!parsed.success) {
      warnings.push({
        path,
        reason: `${parsed.error.issues[0]?.message ?? 'not a text'}; the name is skipped`,
        action: 'skipped',
      });
      continue;
    }
    // Defined, not assigned: a key such as "constructor" is a name like any other, never a setter.
    Object.defineProperty(names, tag.toLowerCase(), {
      value: parsed.data,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return names;
}
