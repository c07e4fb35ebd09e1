/** Keys of LocalizedText fields in centres and hotlines. */
export const TEXT_KEYS = new Set([
  'name',
  'operator',
  'description',
  'region',
  'city',
  'address',
  'notes',
  'note',
  'label',
  'place',
]);

/** Adds the language of every text of `records` (centres, hotlines) to `tags`. */
export function addTextLanguages(records: readonly unknown[], tags: Set<string>): void {
  const visit = (value: unknown, key?: string) => {
    if (Array.isArray(value)) value.forEach((v) => visit(v));
    else if (value && typeof value === 'object') {
      if (key !== undefined && TEXT_KEYS.has(key)) for (const tag of Object.keys(value)) tags.add(tag);
      else for (const [k, v] of Object.entries(value)) visit(v, k);
    }
  };
  visit(records);
}
