// The list filters (services, audiences, languages, country, region, kinds) as one bitset per search:
// each value keeps the ascending list of its centres; a search ORs the lists of the values asked
// within a field and ANDs the fields. Checking a candidate is then one bit test.
import type { Centre } from '../model/centre.js';
import { languageMatches, listFilter, regionFilter, regionKeys } from './options.js';
import type { CentreQuery } from './query.js';

type Postings = Map<string, Uint32Array>;

function postingsOf(centres: readonly Centre[], valuesOf: (centre: Centre) => Iterable<string>): Postings {
  const lists = new Map<string, number[]>();
  centres.forEach((centre, doc) => {
    for (const value of valuesOf(centre)) {
      const list = lists.get(value);
      if (!list) lists.set(value, [doc]);
      // A value listed twice by one centre is one posting.
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  });
  return new Map([...lists].map(([value, docs]) => [value, Uint32Array.from(docs)]));
}

function listsOf(postings: Postings, values: readonly string[]): Uint32Array[] {
  const lists: Uint32Array[] = [];
  for (const value of new Set(values)) {
    const list = postings.get(value);
    if (list) lists.push(list);
  }
  return lists;
}

export class FilterIndex {
  readonly services: Postings;
  private readonly audiences: Postings;
  /** By lower-case tag. */
  private readonly languages: Postings;
  /** By upper-case code. */
  private readonly countries: Postings;
  private readonly kinds: Postings;
  /** By folded name, in every language. */
  private readonly regions: Postings;
  private readonly bits: Uint32Array;
  private readonly field: Uint32Array;

  constructor(centres: readonly Centre[]) {
    this.services = postingsOf(centres, (c) => c.services);
    this.audiences = postingsOf(centres, (c) => c.audiences);
    this.languages = postingsOf(centres, (c) => c.languages.map((tag) => tag.toLowerCase()));
    this.countries = postingsOf(centres, (c) => [c.country.toUpperCase()]);
    this.kinds = postingsOf(centres, (c) => [c.kind]);
    this.regions = postingsOf(centres, (c) => regionKeys(c.region));
    const words = Math.ceil(centres.length / 32);
    this.bits = new Uint32Array(words);
    this.field = new Uint32Array(words);
  }

  /**
   * Sets the bitset to the centres passing the query's list filters. Returns false when the query
   * has none (every centre passes; the bitset is then not used).
   */
  apply(query: CentreQuery): boolean {
    // Per field, the lists of the values asked: a centre passes a field when it is in any of them.
    const fields: Uint32Array[][] = [];
    const services = listFilter(query.services);
    if (services) fields.push(listsOf(this.services, services));
    const audiences = listFilter(query.audiences);
    if (audiences) fields.push(listsOf(this.audiences, audiences));
    const languages = listFilter(query.languages);
    if (languages) {
      const asked = languages.map((tag) => tag.toLowerCase());
      const spoken = [...this.languages.keys()].filter((tag) => asked.some((a) => languageMatches(a, tag)));
      fields.push(listsOf(this.languages, spoken));
    }
    if (query.country) fields.push(listsOf(this.countries, [query.country.toUpperCase()]));
    const region = regionFilter(query);
    if (region) fields.push(listsOf(this.regions, [region]));
    const kinds = listFilter(query.kinds);
    if (kinds) fields.push(listsOf(this.kinds, kinds));
    if (fields.length === 0) return false;

    fields.forEach((lists, i) => {
      // The first field writes the bitset directly; later ones go through `field` and are ANDed in.
      const target = i === 0 ? this.bits : this.field;
      target.fill(0);
      for (const docs of lists) {
        for (let p = 0; p < docs.length; p++) target[docs[p]! >>> 5]! |= 1 << (docs[p]! & 31);
      }
      if (i > 0) for (let w = 0; w < this.bits.length; w++) this.bits[w]! &= this.field[w]!;
    });
    return true;
  }

  /** Whether a centre passed the last {@link apply}. */
  has(doc: number): boolean {
    return ((this.bits[doc >>> 5]! >>> (doc & 31)) & 1) === 1;
  }

  /** Calls `visit` with every centre that passed the last {@link apply}, ascending. */
  forEach(visit: (doc: number) => void): void {
    const bits = this.bits;
    for (let w = 0; w < bits.length; w++) {
      let word = bits[w]!;
      while (word !== 0) {
        const low = word & -word;
        visit(w * 32 + 31 - Math.clz32(low));
        word ^= low;
      }
    }
  }
}
