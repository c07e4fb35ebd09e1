import { expect } from 'chai';
import fc from 'fast-check';
import type { Audience, Centre, CentreKind, MobileStop } from '../src/model/centre.js';
import type { OpeningHours } from '../src/hours/hours.js';
import { createCentreIndex } from '../src/search/index.js';
import { naiveSearch } from '../src/search/naive.js';
import type { CentreQuery } from '../src/search/query.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../src/model/taxonomy.js';
import { NOW, at, officeHours } from './search-fixtures.js';

// ---- The index against the naive reference, on random centres and queries ---------------------

const WORDS = ['Casa', 'Casablanca', 'centre', 'Centre 2', 'Dakar', 'São Paulo', 'sao', 'México', 'École', 'ecole'];
const ARABIC = ['الدار البيضاء', 'دار', 'مركز الرباط', 'بالرباط', 'مكتب بالرباط', 'المركز', 'عبد الله', 'له'];
const SERVICES = ['employment', 'legal-protection', 'remittances', 'custom'];
const LANGUAGES = ['fr', 'fr-SN', 'ar', 'es', 'en-GB'];
const AUDIENCES: Audience[] = ['migrants', 'returnees', 'refugees'];
const KINDS: CentreKind[] = ['centre', 'mobile-team', 'online'];
const TEXTS = ['c', 'ca', 'cas', 'casa', 'centre', 'centre 2', 'centre d', 'dak', 'sao p', 'mexico', 'ecole'];
const QUERY_TEXTS = [
  ...TEXTS,
  'cas centre',
  'centr 2',
  'ecole dak',
  'البي',
  'بيضاء',
  'الرباط',
  'المركز',
  'مركز',
  'والدار بيض',
  'الم',
  'الله',
  'له',
  'legal',
  'emp',
  'remesas',
  'own',
  '',
  ' ',
  'xyz',
];
const taxonomy: TaxonomyTerm[] = [
  ...DEFAULT_TAXONOMY,
  { id: 'custom', name: { en: 'Own service', fr: 'Service propre' } },
];

// Positions on a coarse grid, so that equal distances (and their tie-breaking) happen often.
const position = fc.record({
  lat: fc.integer({ min: 26, max: 32 }).map((n) => n / 2),
  lng: fc.integer({ min: -36, max: -30 }).map((n) => n / 2),
});
const text = fc.oneof(
  fc.constantFrom(...WORDS, ...ARABIC),
  fc.record({ fr: fc.constantFrom(...WORDS), ar: fc.constantFrom(...ARABIC) }),
);
const hours = fc.constantFrom<OpeningHours | undefined>(
  undefined,
  { timeZone: 'Africa/Dakar', alwaysOpen: true },
  officeHours('Africa/Dakar'),
  officeHours('America/Mexico_City'),
  { timeZone: 'Africa/Dakar', exceptions: [{ date: '2026-03-02', closed: true }] },
);
// Stops on an 8-hour grid: equal starts, stops ending before they start, and unreadable dates all occur.
const stop = fc
  .record({
    place: fc.constant('Stop'),
    position: fc.option(position, { nil: undefined }),
    start: fc.integer({ min: -6, max: 6 }),
    length: fc.integer({ min: -1, max: 3 }),
    readable: fc.boolean(),
  })
  .map(({ place, position, start, length, readable }): MobileStop => ({
    place,
    ...(position && { position }),
    start: readable ? at(start * 8) : 'tomorrow',
    end: at((start + length) * 8),
  }));
const randomCentre = fc.record({
  name: text,
  kind: fc.constantFrom(...KINDS),
  operator: fc.option(text, { nil: undefined }),
  country: fc.constantFrom('SN', 'MA'),
  city: fc.option(text, { nil: undefined }),
  region: fc.option(
    fc.oneof(fc.constantFrom('Dakar', 'Thiès'), fc.record({ fr: fc.constant('Thiès'), ar: fc.constant('تييس') })),
    {
      nil: undefined,
    },
  ),
  position: fc.option(position, { nil: undefined }),
  services: fc.subarray(SERVICES),
  audiences: fc.subarray(AUDIENCES),
  languages: fc.subarray(LANGUAGES),
  hours,
  stops: fc.array(stop, { maxLength: 3 }),
});
const moment = fc.integer({ min: -50, max: 50 }).map((h) => new Date(at(h)));

/** A query field present `present` times in `absent + present`: a few filters at a time, as people use them. */
const sometimes = <T>(arbitrary: fc.Arbitrary<T>, absent = 2, present = 1): fc.Arbitrary<T | undefined> =>
  fc.oneof({ arbitrary: fc.constant(undefined), weight: absent }, { arbitrary, weight: present });
const query = fc.record({
  text: sometimes(fc.constantFrom(...QUERY_TEXTS), 1, 3),
  near: sometimes(position, 1),
  radiusKm: sometimes(fc.constantFrom(0, 40, 56, 100, 112, 300, 2000), 1),
  services: sometimes(fc.subarray([...SERVICES, 'none'])),
  audiences: sometimes(fc.subarray(AUDIENCES)),
  languages: sometimes(fc.subarray(['fr', 'FR-sn', 'ar', 'es-MX', 'en'])),
  country: sometimes(fc.constantFrom('SN', 'ma', 'MX'), 4),
  region: sometimes(fc.constantFrom('thies', 'DAKAR', 'تييس', 'Louga', ' ')),
  kinds: sometimes(fc.subarray(KINDS)),
  openAt: sometimes(moment),
  knownOpenOnly: sometimes(fc.boolean(), 1),
  sort: sometimes(fc.constantFrom<CentreQuery['sort']>('distance', 'name', 'relevance'), 1),
  locale: sometimes(fc.constantFrom('fr', 'ar', 'en', 'es-MX'), 1),
  limit: sometimes(fc.integer({ min: 0, max: 12 }), 1),
  offset: sometimes(fc.integer({ min: 0, max: 8 })),
});

describe('search: the index agrees with the naive reference', () => {
  it('finds the same centres in the same order, with the same distances and statuses', () => {
    fc.assert(
      fc.property(fc.array(randomCentre, { maxLength: 40 }), query, moment, (records, q, now) => {
        const list = records.map((record, i): Centre => ({ id: `c${i}`, channels: [], ...record }));
        const data = { centres: list, taxonomy, defaultLocale: 'fr' };
        const expected = naiveSearch(list, q, now, data);
        expect(createCentreIndex(data).search(q, now)).to.deep.equal(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('agrees page after page when a list is read on (the kept order of several pages ahead)', () => {
    fc.assert(
      fc.property(
        fc.array(randomCentre, { maxLength: 80 }),
        query,
        fc.constantFrom(...QUERY_TEXTS),
        fc.integer({ min: 1, max: 7 }),
        fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), fc.boolean()), { maxLength: 12 }),
        (records, q, otherText, pageSize, steps) => {
          const list = records.map((record, i): Centre => ({ id: `c${i}`, channels: [], ...record }));
          const data = { centres: list, taxonomy, defaultLocale: 'fr' };
          const built = createCentreIndex(data);
          // Read on page by page, sometimes skipping pages, going back to the first, or reading a
          // list that differs only by its words in between.
          let offset = 0;
          for (const [jump, other] of [[0, false], [1, false], [1, false], ...steps] as const) {
            offset = jump === 0 ? 0 : offset + jump * pageSize;
            const paged = { ...q, ...(other && { text: otherText }), offset, limit: pageSize };
            expect(built.search(paged, NOW)).to.deep.equal(naiveSearch(list, paged, NOW, data));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('agrees across many queries on one index (no state leaks between searches)', () => {
    fc.assert(
      fc.property(fc.array(randomCentre, { maxLength: 60 }), fc.array(query, { maxLength: 20 }), (records, queries) => {
        const list = records.map((record, i): Centre => ({ id: `c${i}`, channels: [], ...record }));
        const data = { centres: list, taxonomy, defaultLocale: 'en' };
        const built = createCentreIndex(data);
        for (const q of queries) expect(built.search(q, NOW)).to.deep.equal(naiveSearch(list, q, NOW, data));
      }),
      { numRuns: 50 },
    );
  });
});
