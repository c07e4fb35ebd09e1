import { expect } from 'chai';
import { createCentreIndex } from '../src/search/index.js';
import { NOW, CASABLANCA, RABAT, centre, centres, index, ids } from './search-fixtures.js';

describe('search: sorting', () => {
  it('sorts by name in the reader’s locale by default without text or position', () => {
    expect(ids({ country: 'MA' })).to.deep.equal(['sale', 'casablanca', 'rabat']);
    // In Arabic, names are read in Arabic where they have one, and Arabic collation puts Arabic
    // script first: فضاء (Rabat) before مركز (Casablanca), then the Latin name of Salé.
    expect(ids({ country: 'MA', locale: 'ar' })).to.deep.equal(['rabat', 'casablanca', 'sale']);
  });

  it('sorts accented names where the language puts them, numbers by value', () => {
    const names = ['Zaragoza', 'Ávila', 'Centre 10', 'Centre 2', 'ecole', 'École', 'Eau'];
    const own = names.map((name, i) => centre(`c${i}`, { name }));
    const byName = createCentreIndex({ centres: own, taxonomy: [], defaultLocale: 'fr' }).search({ sort: 'name' });
    expect(byName.items.map((item) => item.centre.name)).to.deep.equal([
      'Ávila',
      'Centre 2',
      'Centre 10',
      'Eau',
      'ecole',
      'École',
      'Zaragoza',
    ]);
  });

  it('sorts by distance by default with a position, those without one last', () => {
    expect(ids({ near: RABAT, country: 'MA' })).to.deep.equal(['rabat', 'sale', 'casablanca']);
    expect(ids({ near: RABAT, kinds: ['centre', 'online'], languages: ['fr'] })).to.deep.equal([
      'rabat',
      'casablanca',
      'saint-louis', // north of Dakar, so nearer to Rabat
      'dakar',
      'online',
    ]);
  });

  it('sorts by relevance by default with text: exact before prefix, names before other fields', () => {
    // "rabat": whole word in Rabat's name (4 points) and in Salé's city (3).
    expect(ids({ text: 'rabat' })).to.deep.equal(['rabat', 'sale']);
    const own = [
      centre('city-exact', { name: 'Bureau', city: 'Casa' }),
      centre('name-prefix', { name: 'Casanova' }),
      centre('name-exact', { name: 'Casa' }),
      centre('city-prefix', { name: 'Bureau', city: 'Casablanca' }),
    ];
    const found = createCentreIndex({ centres: own, taxonomy: [], defaultLocale: 'en' }).search({ text: 'casa' });
    expect(found.items.map((item) => item.centre.id)).to.deep.equal([
      'name-exact',
      'city-exact',
      'name-prefix',
      'city-prefix',
    ]);
  });

  it('breaks relevance ties by distance with a position, else by name', () => {
    expect(ids({ text: 'legal' })).to.deep.equal(['casablanca', 'rabat']);
    expect(ids({ text: 'legal', near: RABAT })).to.deep.equal(['rabat', 'casablanca']);
  });

  it('sorts as asked', () => {
    expect(ids({ text: 'rabat', sort: 'name' })).to.deep.equal(['sale', 'rabat']);
    expect(ids({ text: 'migrants', near: CASABLANCA, sort: 'distance' })).to.deep.equal(['casablanca', 'rabat']);
    // Distance without a position falls back to name.
    expect(ids({ country: 'MA', sort: 'distance' })).to.deep.equal(['sale', 'casablanca', 'rabat']);
  });
});

describe('search: paging', () => {
  it('returns one page and the total count', () => {
    const all = ids({ sort: 'name' });
    const page = index.search({ sort: 'name', limit: 3, offset: 2 }, NOW);
    expect(page.total).to.equal(centres.length);
    expect(page.items.map((item) => item.centre.id)).to.deep.equal(all.slice(2, 5));
    expect(ids({ sort: 'name', limit: 3, offset: 2 })).to.deep.equal(all.slice(2, 5));
  });

  it('returns an empty page beyond the end, or with limit 0, still with the total', () => {
    expect(index.search({ offset: 100 }, NOW)).to.deep.equal({ total: centres.length, items: [] });
    expect(index.search({ limit: 0, country: 'MA' }, NOW)).to.deep.equal({ total: 3, items: [] });
  });

  it('gives 50 by default', () => {
    const many = Array.from({ length: 120 }, (_, i) => centre(`c${i}`));
    const result = createCentreIndex({ centres: many, taxonomy: [], defaultLocale: 'en' }).search({});
    expect(result.total).to.equal(120);
    expect(result.items).to.have.length(50);
  });
});
