import { expect } from 'chai';
import fc from 'fast-check';
import type { Audience, Centre, CentreKind, MobileStop, Position } from '../src/model/centre.js';
import type { OpeningHours } from '../src/hours/hours.js';
import { haversineKm } from '../src/search/geo.js';
import { createCentreIndex, type SearchableDataset } from '../src/search/index.js';
import { naiveSearch } from '../src/search/naive.js';
import { fieldTokens, foldText, tokenise } from '../src/search/normalise.js';
import type { CentreQuery, SearchResult } from '../src/search/query.js';
import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '../src/model/taxonomy.js';

// Monday 2 March 2026, 10:00 UTC: 10:00 in Dakar and Casablanca, 04:00 in Mexico City.
const NOW = new Date('2026-03-02T10:00:00Z');
const HOUR = 3_600_000;
const at = (hours: number): string => new Date(NOW.getTime() + hours * HOUR).toISOString();

const DAKAR: Position = { lat: 14.6928, lng: -17.4467 };
const SAINT_LOUIS: Position = { lat: 16.0179, lng: -16.4896 };
const THIES: Position = { lat: 14.791, lng: -16.9359 };
const CASABLANCA: Position = { lat: 33.5731, lng: -7.5898 };
const RABAT: Position = { lat: 34.0209, lng: -6.8416 };

const officeHours = (timeZone: string): OpeningHours => ({
  timeZone,
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
});

function centre(id: string, fields: Partial<Centre> = {}): Centre {
  return {
    id,
    name: id,
    kind: 'centre',
    country: 'SN',
    services: [],
    audiences: [],
    languages: [],
    channels: [],
    stops: [],
    ...fields,
  };
}

const centres: Centre[] = [
  centre('dakar', {
    name: { fr: 'Centre d’accueil de Dakar', en: 'Dakar Welcome Centre' },
    city: 'Dakar',
    region: 'Dakar',
    position: DAKAR,
    services: ['pre-departure', 'employment'],
    audiences: ['migrants', 'potential-migrants'],
    languages: ['fr', 'wo'],
    hours: officeHours('Africa/Dakar'),
  }),
  centre('saint-louis', {
    name: 'BAOS Saint-Louis',
    operator: 'Direction générale d’appui aux Sénégalais de l’extérieur',
    city: 'Saint-Louis',
    position: SAINT_LOUIS,
    services: ['reintegration'],
    audiences: ['returnees'],
    languages: ['fr-SN'],
  }),
  centre('caravane', {
    name: 'Caravane mobile',
    kind: 'mobile-team',
    services: ['risk-awareness'],
    audiences: ['potential-migrants'],
    languages: ['wo'],
    stops: [
      { place: 'Dakar', position: DAKAR, start: at(-30), end: at(-26) },
      { place: 'Thiès', position: THIES, start: at(-1), end: at(3) },
      { place: 'Saint-Louis', position: SAINT_LOUIS, start: at(47), end: at(51) },
    ],
  }),
  centre('casablanca', {
    name: { fr: 'Centre d’écoute de Casablanca', ar: 'مركز الاستماع بالدار البيضاء' },
    operator: 'Caritas Maroc',
    city: { fr: 'Casablanca', ar: 'الدار البيضاء' },
    country: 'MA',
    position: CASABLANCA,
    services: ['legal-protection'],
    audiences: ['migrants', 'refugees'],
    languages: ['ar', 'fr'],
    hours: { timeZone: 'Africa/Casablanca', alwaysOpen: true },
  }),
  centre('rabat', {
    name: { fr: 'Espace Migrants Rabat', ar: 'فضاء المهاجرين الرباط' },
    operator: { fr: 'Organisation internationale pour les migrations', ar: 'المنظمة الدولية للهجرة' },
    city: 'Rabat',
    country: 'MA',
    position: RABAT,
    services: ['legal-protection', 'referral'],
    audiences: ['asylum-seekers', 'refugees'],
    languages: ['ar', 'fr', 'en'],
    hours: officeHours('Africa/Casablanca'),
  }),
  centre('sale', {
    name: 'Bureau de Salé',
    city: 'Rabat',
    region: 'Rabat-Salé-Kénitra',
    country: 'MA',
    position: { lat: 34.0531, lng: -6.7985 },
    services: ['employment'],
    audiences: ['migrants'],
    languages: ['ar'],
  }),
  centre('mexico', {
    name: 'Ventanilla de Atención Integral',
    city: 'Ciudad de México',
    country: 'MX',
    position: { lat: 19.4326, lng: -99.1332 },
    services: ['remittances'],
    audiences: ['returnees', 'families'],
    languages: ['es-MX'],
    hours: officeHours('America/Mexico_City'),
  }),
  centre('sao-paulo', {
    name: 'Centro de Referência e Atendimento para Imigrantes',
    city: 'São Paulo',
    country: 'BR',
    position: { lat: -23.5505, lng: -46.6333 },
    services: ['social-integration'],
    audiences: ['migrants', 'refugees'],
    languages: ['pt', 'es'],
  }),
  centre('online', {
    name: 'Ligne d’information en ligne',
    kind: 'online',
    services: ['pre-departure'],
    audiences: ['potential-migrants'],
    languages: ['fr', 'wo'],
  }),
];

const dataset: SearchableDataset = { centres, taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'fr' };
const index = createCentreIndex(dataset);
const context = { taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'fr' };

/** Ids of the results, checked against the naive reference on the way. */
function ids(query: CentreQuery, now: Date = NOW): string[] {
  const result = index.search(query, now);
  expect(result).to.deep.equal(naiveSearch(centres, query, now, context));
  return result.items.map((item) => item.centre.id);
}

function sorted(list: string[]): string[] {
  return [...list].sort();
}

describe('foldText and tokenise', () => {
  it('lower-cases and removes accents', () => {
    expect(foldText('México')).to.equal('mexico');
    expect(foldText('SÃO PAULO')).to.equal('sao paulo');
    expect(foldText('Thiès, Sénégal')).to.equal('thies senegal');
    expect(foldText('İstanbul')).to.equal('istanbul');
  });

  it('folds letters without a decomposition', () => {
    expect(foldText('Straße Łódź Œuvre Æsir Đà Nẵng Diyarbakır Ørsta')).to.equal(
      'strasse lodz oeuvre aesir da nang diyarbakir orsta',
    );
  });

  it('folds Arabic alef forms, hamza carriers, alef maksura, teh marbuta, tashkeel and tatweel', () => {
    expect(foldText('أحمد إبراهيم آمال ٱلله')).to.equal('احمد ابراهيم امال الله');
    expect(foldText('مؤسسة شاطئ مستشفى')).to.equal('موسسه شاطي مستشفي');
    expect(foldText('الدَّارُ البَيْضَاءُ')).to.equal('الدار البيضاء');
    expect(foldText('الـــدار')).to.equal('الدار');
    expect(foldText('ﺍﻟﺪﺍﺭ')).to.equal('الدار'); // presentation forms, as copied from some PDFs
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(foldText('٢٠٢٦ ۱۲')).to.equal('2026 12');
  });

  it('turns punctuation into word breaks', () => {
    expect(tokenise("l'Office d’emploi (Dakar) — 24/7")).to.deep.equal([
      'l',
      'office',
      'd',
      'emploi',
      'dakar',
      '24',
      '7',
    ]);
    expect(tokenise(' ,;- ')).to.deep.equal([]);
  });

  it('indexes Arabic words with and without their article or joined particle', () => {
    expect(fieldTokens('الدار البيضاء')).to.deep.equal(['الدار', 'دار', 'البيضاء', 'بيضاء']);
    expect(fieldTokens('بالرباط للمهاجرين')).to.include.members(['رباط', 'مهاجرين']);
    // Too short to have an article: "الا" stays whole.
    expect(fieldTokens('الا')).to.deep.equal(['الا']);
  });
});

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

describe('search: distance', () => {
  it('measures great-circle distances', () => {
    // By hand, with the spherical law of cosines and R = 6371.0088 km:
    // cos c = sin 14.6928° sin 16.0179° + cos 14.6928° cos 16.0179° cos 0.9571° → c = 0.028184 rad → 179.56 km.
    expect(haversineKm(DAKAR.lat, DAKAR.lng, SAINT_LOUIS.lat, SAINT_LOUIS.lng)).to.be.closeTo(179.56, 1);
    // One degree of latitude: 6371.0088 × π / 180 = 111.195 km.
    expect(haversineKm(0, 0, 1, 0)).to.be.closeTo(111.195, 0.001);
    // A quarter of the equator: 6371.0088 × π / 2 = 10007.56 km.
    expect(haversineKm(0, 0, 0, 90)).to.be.closeTo(10007.56, 0.01);
    expect(haversineKm(CASABLANCA.lat, CASABLANCA.lng, RABAT.lat, RABAT.lng)).to.be.closeTo(85.2, 1);
  });

  it('returns the distance of each result and sorts by it when `near` is given', () => {
    const result = index.search({ near: DAKAR, country: 'SN' }, NOW);
    expect(result.items.map((item) => item.centre.id)).to.deep.equal(['dakar', 'caravane', 'saint-louis', 'online']);
    const [dakar, caravane, saintLouis, online] = result.items;
    expect(dakar!.distanceKm).to.equal(0);
    expect(caravane!.distanceKm).to.be.closeTo(56.0, 1); // at its Thiès stop
    expect(saintLouis!.distanceKm).to.be.closeTo(179.56, 1);
    expect(online!).not.to.have.property('distanceKm');
    ids({ near: DAKAR, country: 'SN' });
  });

  it('keeps only centres within the radius, leaving out those without a position', () => {
    expect(ids({ near: DAKAR, radiusKm: 100 })).to.deep.equal(['dakar', 'caravane']);
    expect(ids({ near: DAKAR, radiusKm: 180 })).to.deep.equal(['dakar', 'caravane', 'saint-louis']);
    expect(ids({ near: DAKAR, radiusKm: 179 })).to.deep.equal(['dakar', 'caravane']);
    expect(ids({ near: CASABLANCA, radiusKm: 100, text: 'rabat' })).to.deep.equal(['rabat', 'sale']);
  });

  it('keeps a centre exactly at the radius, due north or due east', () => {
    const own = [centre('north', { position: { lat: 1, lng: 0 } }), centre('east', { position: { lat: 0, lng: 1 } })];
    const built = createCentreIndex({ centres: own, taxonomy: [], defaultLocale: 'en' });
    const radiusKm = haversineKm(0, 0, 1, 0);
    expect(built.search({ near: { lat: 0, lng: 0 }, radiusKm }).total).to.equal(2);
    expect(built.search({ near: { lat: 0, lng: 0 }, radiusKm: radiusKm - 0.001 }).total).to.equal(0);
  });

  it('ignores a radius without `near`, and a `near` that is not a position', () => {
    expect(ids({ radiusKm: 1 })).to.have.length(centres.length);
    expect(ids({ near: { lat: NaN, lng: 0 }, radiusKm: 1 })).to.have.length(centres.length);
  });
});

describe('search: mobile teams', () => {
  const team = (stops: MobileStop[], fields: Partial<Centre> = {}): Centre =>
    centre('team', { kind: 'mobile-team', stops, ...fields });
  const only = (c: Centre, query: CentreQuery, now = NOW): SearchResult =>
    createCentreIndex({ centres: [c], taxonomy: [], defaultLocale: 'en' }).search(query, now);

  it('counts by the stop it is at, then by the next one', () => {
    const stops: MobileStop[] = [
      { place: 'Dakar', position: DAKAR, start: at(-3), end: at(-1) },
      { place: 'Thiès', position: THIES, start: at(2), end: at(6) },
      { place: 'Saint-Louis', position: SAINT_LOUIS, start: at(24), end: at(28) },
    ];
    expect(only(team(stops), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
    expect(only(team(stops), { near: DAKAR }, new Date(NOW.getTime() + 7 * HOUR)).items[0]!.distanceKm).to.be.closeTo(
      179.56,
      1,
    );
    // `openAt` moves the clock for the stop too.
    const openAt = new Date(NOW.getTime() - 2 * HOUR);
    expect(only(team(stops), { near: DAKAR, openAt }).items[0]!.distanceKm).to.equal(0);
  });

  it('is open during a stop until it ends, and closed between stops until the next one starts', () => {
    const stops: MobileStop[] = [
      { place: 'Thiès', position: THIES, start: at(-1), end: at(3) },
      { place: 'Saint-Louis', position: SAINT_LOUIS, start: at(24), end: at(28) },
    ];
    expect(only(team(stops), {}).items[0]!.status).to.deep.equal({ state: 'open', changesAt: new Date(at(3)) });
    expect(only(team(stops), {}, new Date(at(5))).items[0]!.status).to.deep.equal({
      state: 'closed',
      changesAt: new Date(at(24)),
    });
    expect(only(team(stops), { openAt: new Date(at(5)) }).total).to.equal(0);
    expect(only(team(stops), { openAt: new Date(at(25)) }).total).to.equal(1);
  });

  it('has no distance and unknown status with no upcoming stop', () => {
    const past: MobileStop[] = [{ place: 'Dakar', position: DAKAR, start: at(-5), end: at(-4) }];
    const result = only(team(past), { near: DAKAR });
    expect(result.items[0]).not.to.have.property('distanceKm');
    expect(result.items[0]!.status).to.deep.equal({ state: 'unknown' });
    expect(only(team(past), { near: DAKAR, radiusKm: 20_000 }).total).to.equal(0);
    expect(only(team([]), { openAt: NOW }).total).to.equal(1);
    expect(only(team([]), { openAt: NOW, knownOpenOnly: true }).total).to.equal(0);
  });

  it('counts by its base position when it has no upcoming stop, or the stop has no position', () => {
    const past: MobileStop[] = [{ place: 'Dakar', position: DAKAR, start: at(-5), end: at(-4) }];
    const based = team(past, { position: THIES });
    expect(only(based, { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
    expect(only(based, { near: DAKAR, radiusKm: 100 }).total).to.equal(1);
    const unplaced: MobileStop[] = [{ place: 'Somewhere', start: at(1), end: at(3) }];
    expect(only(team(unplaced, { position: THIES }), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
  });

  it('is found by the name of a place it stops at', () => {
    const stops: MobileStop[] = [{ place: { fr: 'Thiès', ar: 'تيس' }, position: THIES, start: at(1), end: at(3) }];
    expect(only(team(stops), { text: 'thies' }).total).to.equal(1);
    expect(only(team(stops), { text: 'تيس' }).total).to.equal(1);
    expect(only(team(stops), { text: 'louga' }).total).to.equal(0);
  });

  it('skips stops whose dates cannot be read', () => {
    const stops: MobileStop[] = [
      { place: 'Nowhere', position: DAKAR, start: 'soon', end: at(3) },
      { place: 'Thiès', position: THIES, start: at(1), end: at(3) },
    ];
    expect(only(team(stops), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
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

// ---- The index against the naive reference, on random centres and queries ---------------------

const WORDS = ['Casa', 'Casablanca', 'centre', 'Centre 2', 'Dakar', 'São Paulo', 'sao', 'México', 'École', 'ecole'];
const ARABIC = ['الدار البيضاء', 'دار', 'مركز الرباط', 'بالرباط'];
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
