import { expect } from 'chai';
import { createCentreIndex } from '../src/search/index.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../src/model/taxonomy.js';
import { naiveSearch } from '../src/search/naive.js';
import { NOW, DAKAR, centre, centres, index, ids } from './search-fixtures.js';

function sorted(list: string[]): string[] {
  return [...list].sort();
}

describe('search: text', () => {
  it('ignores case and accents both ways', () => {
    expect(ids({ text: 'mexico' })).to.deep.equal(['mexico']);
    expect(ids({ text: 'MÉXICO' })).to.deep.equal(['mexico']);
    expect(ids({ text: 'sao paulo' })).to.deep.equal(['sao-paulo']);
    expect(ids({ text: 'Thies' })).to.deep.equal(['caravane']); // the mobile team stops at Thiès
    expect(ids({ text: 'referencia' })).to.deep.equal(['sao-paulo']);
  });

  it('matches Arabic with or without hamza, diacritics, tatweel and the article', () => {
    for (const text of ['الدار البيضاء', 'الدَّار البَيْضَاء', 'الـدار البيـضاء', 'دار بيضاء']) {
      expect(ids({ text }), text).to.deep.equal(['casablanca']);
    }
    expect(ids({ text: 'المنظمة الدولية للهجرة' })).to.deep.equal(['rabat']);
    expect(ids({ text: 'الرباط' })).to.deep.equal(['rabat']);
  });

  it('folds the article and joined particles of the query as it folds the records', () => {
    const own = [
      centre('office', { name: 'مكتب بالرباط' }),
      centre('centre', { name: 'مركز' }),
      centre('the-centre', { name: 'المركز' }),
      centre('abdallah', { name: 'عبد الله' }),
      centre('lahu', { name: 'له' }),
      centre('libya', { name: 'ليبيا' }),
    ];
    const data = { centres: own, taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'ar' };
    const built = createCentreIndex(data);
    const found = (text: string): string[] => {
      const result = built.search({ text, sort: 'name' }, NOW);
      expect(result, text).to.deep.equal(naiveSearch(own, { text, sort: 'name' }, NOW, data));
      return sorted(result.items.map((item) => item.centre.id));
    };
    // The query has the article, the record a preposition and the article, or neither.
    for (const text of ['الرباط', 'بالرباط', 'والرباط', 'فالرباط', 'كالرباط', 'للرباط', 'رباط', 'الرباط مكتب']) {
      expect(found(text), text).to.deep.equal(['office']);
    }
    for (const text of ['المركز', 'مركز', 'بالمركز', 'للمركز', 'المركز ', 'المركز مكتب']) {
      const expected = text.includes('مكتب') ? [] : ['centre', 'the-centre'];
      expect(found(text), text).to.deep.equal(expected);
    }
    // Too short to have an article: "الم" is typed on its way to "المركز", not the article and "م".
    expect(found('الم')).to.deep.equal(['the-centre']);
    // A name, not the article: "الله" is not "له" (to him), either way.
    expect(found('الله')).to.deep.equal(['abdallah']);
    expect(found('عبد الله')).to.deep.equal(['abdallah']);
    expect(found('له ')).to.deep.equal(['lahu']);
    expect(found('ليبيا')).to.deep.equal(['libya']);
  });

  it('matches the last word as a prefix while a person types', () => {
    for (const text of ['c', 'ca', 'cas', 'casa', 'casab', 'Casablanca']) {
      expect(ids({ text }), text).to.include('casablanca');
    }
    expect(ids({ text: 'casab' })).to.deep.equal(['casablanca']);
    expect(ids({ text: 'البي' })).to.deep.equal(['casablanca']);
  });

  it('matches earlier words whole', () => {
    expect(ids({ text: 'ciudad mex' })).to.deep.equal(['mexico']);
    expect(ids({ text: 'ciud mexico' })).to.deep.equal([]);
    expect(ids({ text: 'saint lou' })).to.deep.equal(['saint-louis', 'caravane']);
  });

  it('needs every word to match some field', () => {
    expect(ids({ text: 'centre dakar' })).to.deep.equal(['dakar']);
    expect(ids({ text: 'centre lima' })).to.deep.equal([]);
  });

  it('searches names in every language, operator, city and region', () => {
    expect(ids({ text: 'welcome' })).to.deep.equal(['dakar']); // English name, French reader
    expect(ids({ text: 'caritas' })).to.deep.equal(['casablanca']);
    expect(ids({ text: 'kenitra' })).to.deep.equal(['sale']);
    expect(sorted(ids({ text: 'rabat' }))).to.deep.equal(['rabat', 'sale']);
  });

  it('searches the names of the services offered, in every language of the taxonomy', () => {
    for (const text of ['legal advice', 'juridique', 'jurídica', 'القانونية', 'قانونية']) {
      expect(sorted(ids({ text })), text).to.deep.equal(['casablanca', 'rabat']);
    }
    expect(ids({ text: 'remesas' })).to.deep.equal(['mexico']);
  });

  it('searches the terms a publisher adds', () => {
    const taxonomy: TaxonomyTerm[] = [...DEFAULT_TAXONOMY, { id: 'psy', name: { en: 'Psychosocial support' } }];
    const own = [centre('a', { services: ['psy'] }), centre('b')];
    const found = createCentreIndex({ centres: own, taxonomy, defaultLocale: 'en' }).search({ text: 'psychos' });
    expect(found.items.map((item) => item.centre.id)).to.deep.equal(['a']);
  });

  it('treats text without words as no text', () => {
    expect(ids({ text: ' - ' })).to.have.length(centres.length);
  });
});

describe('search: filters', () => {
  it('filters by service, any of those asked', () => {
    expect(sorted(ids({ services: ['employment'] }))).to.deep.equal(['dakar', 'sale']);
    expect(sorted(ids({ services: ['employment', 'remittances'] }))).to.deep.equal(['dakar', 'mexico', 'sale']);
  });

  it('filters by audience', () => {
    expect(sorted(ids({ audiences: ['returnees'] }))).to.deep.equal(['mexico', 'saint-louis']);
  });

  it('filters by language, a language matching its regional forms both ways', () => {
    expect(sorted(ids({ languages: ['fr'] }))).to.deep.equal(['casablanca', 'dakar', 'online', 'rabat', 'saint-louis']);
    expect(sorted(ids({ languages: ['fr-SN'] }))).to.deep.equal([
      'casablanca',
      'dakar',
      'online',
      'rabat',
      'saint-louis',
    ]);
    expect(sorted(ids({ languages: ['fr-CA'] }))).to.deep.equal(['casablanca', 'dakar', 'online', 'rabat']);
    expect(sorted(ids({ languages: ['ES'] }))).to.deep.equal(['mexico', 'sao-paulo']);
  });

  it('filters by region, in any of its languages, ignoring case and accents', () => {
    expect(ids({ region: 'dakar' })).to.have.length.greaterThan(0);
    expect(ids({ region: 'rabat sale kenitra' })).to.deep.equal(ids({ region: 'Rabat-Salé-Kénitra' }));
    expect(ids({ region: 'Rabat-Salé-Kénitra' })).to.have.length(1);
    expect(ids({ region: 'Rabat' })).to.deep.equal([]);
    expect(ids({ region: '  ' })).to.deep.equal(ids({}));
  });

  it('filters by country, in any case', () => {
    expect(sorted(ids({ country: 'ma' }))).to.deep.equal(['casablanca', 'rabat', 'sale']);
  });

  it('filters by kind', () => {
    expect(ids({ kinds: ['mobile-team', 'online'] })).to.deep.equal(['caravane', 'online']);
  });

  it('combines fields with AND and treats an empty list as no filter', () => {
    expect(ids({ country: 'MA', services: ['legal-protection'], audiences: ['asylum-seekers'] })).to.deep.equal([
      'rabat',
    ]);
    expect(ids({ country: 'MA', languages: ['en'], text: 'migr' })).to.deep.equal(['rabat']);
    expect(ids({ services: [], kinds: [], audiences: [], languages: [] })).to.have.length(centres.length);
    expect(ids({ services: ['no-such-term'] })).to.deep.equal([]);
  });
});

describe('search: open at', () => {
  it('keeps centres open at that time and those with unknown hours', () => {
    // 10:00 UTC on a Monday: Dakar open, Rabat open (UTC+1), Mexico City (04:00) closed.
    expect(sorted(ids({ openAt: NOW }))).to.deep.equal(
      sorted(['dakar', 'saint-louis', 'caravane', 'casablanca', 'rabat', 'sale', 'sao-paulo', 'online']),
    );
    const sunday = new Date('2026-03-01T10:00:00Z');
    expect(sorted(ids({ openAt: sunday, country: 'MA' }))).to.deep.equal(['casablanca', 'sale']);
  });

  it('keeps only centres known to be open with knownOpenOnly', () => {
    expect(sorted(ids({ openAt: NOW, knownOpenOnly: true }))).to.deep.equal([
      'caravane',
      'casablanca',
      'dakar',
      'rabat',
    ]);
  });

  it('reports each result’s status at `openAt`, or now', () => {
    const mexico = index.search({ text: 'ventanilla' }, NOW).items[0]!;
    expect(mexico.status.state).to.equal('closed');
    expect(mexico.status.changesAt?.toISOString()).to.equal('2026-03-02T15:00:00.000Z');
    const noon = new Date('2026-03-02T18:00:00Z');
    expect(index.search({ text: 'ventanilla', openAt: noon }, NOW).items[0]!.status.state).to.equal('open');
    expect(index.search({ text: 'baos' }, NOW).items[0]!.status).to.deep.equal({ state: 'unknown' });
  });
});

describe('createCentreIndex', () => {
  it('gives its size and each centre by id', () => {
    expect(index.size).to.equal(centres.length);
    expect(index.get('rabat')).to.equal(centres[4]);
    expect(index.get('nowhere')).to.equal(undefined);
  });

  it('handles an empty dataset', () => {
    const empty = createCentreIndex({ centres: [], taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'en' });
    expect(empty.search({ text: 'dakar', near: DAKAR, services: ['employment'], openAt: NOW })).to.deep.equal({
      total: 0,
      items: [],
    });
  });
});
