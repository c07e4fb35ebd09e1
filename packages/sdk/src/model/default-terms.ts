// Which service terms are the kit's defaults, apart from the default taxonomy itself: an element
// that names the default services in its own interface strings asks here, and so does not load the
// taxonomy's names in four languages with its first screen.
const defaults = new WeakSet<object>();

/** Marks the terms of the default taxonomy (model/taxonomy.ts does, as it loads). */
export function markDefaultTerms(terms: readonly object[]): void {
  for (const term of terms) defaults.add(term);
}

/** Whether a dataset's term is one of the kit's default services, not renamed by the dataset. */
export function isDefaultTerm(term: object): boolean {
  return defaults.has(term);
}
