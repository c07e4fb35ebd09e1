// The benchmark's queries: what a person types in the finder (often a few letters of a place),
// with two filters and their position, sorted by distance, the first page of 50.
import { AUDIENCES } from '../packages/sdk/src/model/centre.js';
import type { CentreQuery } from '../packages/sdk/src/search/query.js';
import { DEFAULT_TAXONOMY } from '../packages/sdk/src/model/taxonomy.js';
import { pick, prng, some } from './generate.js';
import { COUNTRIES } from './places.js';

const TEXTS = [
  // Places, partly typed, without accents or in Arabic.
  'cas',
  'casa',
  'dak',
  'dakar',
  'saint',
  'tij',
  'tijuana',
  'tapa',
  'mexico',
  'ciudad de',
  'sao paulo',
  'sao p',
  'fes',
  'tanger',
  'quet',
  'guaya',
  'bamak',
  'niam',
  'agad',
  'manil',
  'beyr',
  'الدار',
  'الدار البيضاء',
  'الرب',
  'بيروت',
  'تون',
  'القاه',
  // Kinds of place, operators and services, in the four languages.
  'migr',
  'centre',
  'ventanilla',
  'casa del',
  'oficina',
  'espace',
  'oim',
  'caritas',
  'cruz',
  'croix',
  'emploi',
  'empleo',
  'employment',
  'legal',
  'juridique',
  'remesas',
  'reintegration',
  'formation',
  'مركز',
  'المهاجرين',
  'التوظيف',
];

const SERVICES = DEFAULT_TAXONOMY.map((term) => term.id);
const LANGUAGES = ['fr', 'ar', 'es', 'en', 'pt', 'wo'];

/** `count` queries: text, two of the four list filters, a position in a real city, distance order, top 50. */
export function benchQueries(count: number, seed = 7): CentreQuery[] {
  const random = prng(seed);
  const filters: ((q: CentreQuery) => void)[] = [
    (q) => (q.services = some(random, SERVICES, 2)),
    (q) => (q.languages = [pick(random, LANGUAGES)]),
    (q) => (q.audiences = some(random, AUDIENCES, 2)),
    (q) => (q.kinds = ['centre', 'mobile-team']),
  ];
  return Array.from({ length: count }, () => {
    const city = pick(random, pick(random, COUNTRIES).cities);
    const query: CentreQuery = {
      text: pick(random, TEXTS),
      near: { lat: city.lat + (random() - 0.5) * 0.2, lng: city.lng + (random() - 0.5) * 0.2 },
      sort: 'distance',
      limit: 50,
    };
    const first = Math.floor(random() * filters.length);
    const second = (first + 1 + Math.floor(random() * (filters.length - 1))) % filters.length;
    filters[first]!(query);
    filters[second]!(query);
    return query;
  });
}

/** The finder's first screen: no text, centres near the person, open now. */
export function nearbyQueries(count: number, seed = 11): CentreQuery[] {
  const random = prng(seed);
  return Array.from({ length: count }, () => {
    const city = pick(random, pick(random, COUNTRIES).cities);
    return { near: { lat: city.lat, lng: city.lng }, radiusKm: 50, sort: 'distance', limit: 50 };
  });
}
