// Names as a reader sees them, for sorting: resolved in the reader's locale when first needed and
// kept, then compared with that locale's collator. Sorting every name up front would cost more
// than a second for 100,000 centres (a collator call per comparison); a search compares names
// only to order its page and to break ties.
import type { Centre } from '../model/centre.js';
import { resolveText } from '../model/text.js';
import { nameCollator } from './options.js';

// A page shows one language at a time; a few kept locales cover a language switch or two.
const KEPT_LOCALES = 4;

export class Names {
  private readonly resolved = new Map<string, (string | undefined)[]>();

  constructor(
    private readonly centres: readonly Centre[],
    private readonly defaultLocale: string,
  ) {}

  /**
   * Compares two centres by name as read in `locale` (with the dataset's fallbacks), by that
   * locale's collation; equal names keep dataset order, so the order is total.
   */
  comparator(locale: string): (a: number, b: number) => number {
    const collator = nameCollator(locale, this.defaultLocale);
    let names = this.resolved.get(locale);
    if (!names) {
      names = new Array<string | undefined>(this.centres.length);
      if (this.resolved.size >= KEPT_LOCALES) this.resolved.delete(this.resolved.keys().next().value!);
      this.resolved.set(locale, names);
    }
    const fallbacks = [this.defaultLocale];
    const nameOf = (doc: number): string => (names[doc] ??= resolveText(this.centres[doc]!.name, locale, fallbacks));
    return (a, b) => collator.compare(nameOf(a), nameOf(b)) || a - b;
  }
}
