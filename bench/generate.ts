// Synthetic datasets in the published format, the same for a given size on every run: centres,
// mobile teams and online services spread over real cities, with realistic names, services,
// languages and hours.
import { AUDIENCES } from '../packages/sdk/src/model/centre.js';
import { DEFAULT_TAXONOMY } from '../packages/sdk/src/model/taxonomy.js';
import { COUNTRIES, DISTRICTS, NAME_PATTERNS, OPERATORS, type City, type Country } from './places.js';

/** The moment the benchmark searches at: a Monday morning in Africa, mobile teams on the road. */
export const BENCH_NOW = new Date('2026-03-02T10:00:00Z');

/** mulberry32: a small, fast, seedable PRNG; Math.random cannot be seeded. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type Random = ReturnType<typeof prng>;

export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** 1 to `max` distinct items, fewer more likely. */
export function some<T>(random: Random, list: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * random() * max);
  const chosen = new Set<T>();
  while (chosen.size < Math.min(count, list.length)) chosen.add(pick(random, list));
  return [...chosen];
}

/** Up to about `km` from the city centre, in degrees. */
function near(random: Random, c: City, km: number): { lat: number; lng: number } {
  const dLat = ((random() * 2 - 1) * km) / 111;
  const dLng = ((random() * 2 - 1) * km) / (111 * Math.cos((c.lat * Math.PI) / 180));
  return { lat: Math.round((c.lat + dLat) * 1e5) / 1e5, lng: Math.round((c.lng + dLng) * 1e5) / 1e5 };
}

function centreName(random: Random, country: Country, c: City, serial: number): string | Record<string, string> {
  const language = country.nameLanguage;
  const fill = (pattern: string, cityName: string, district: string): string =>
    pattern.replace('{c}', cityName).replace('{d}', district).trim();
  const local = fill(pick(random, NAME_PATTERNS[language]), language === 'ar' ? (c.ar ?? c.name) : c.name, '');
  const district = pick(random, DISTRICTS[language]);
  const named = `${local} ${district} ${serial % 97}`.replace(/\s+/g, ' ');
  if (language !== 'ar')
    return random() < 0.6 ? named : { [language]: named, en: `Migrant Resource Centre ${c.name} ${serial % 97}` };
  // Arabic-speaking countries publish in Arabic and French or English.
  const latin = fill(pick(random, NAME_PATTERNS.fr), c.name, pick(random, DISTRICTS.fr));
  return { ar: named, fr: `${latin} ${serial % 97}` };
}

const WEEKDAYS = ['mo', 'tu', 'we', 'th', 'fr'] as const;

function hoursFor(random: Random, c: City): object | undefined {
  const roll = random();
  if (roll < 0.3) return undefined; // unknown hours: common in real directories
  if (roll < 0.38) return { timeZone: c.timeZone, alwaysOpen: true };
  const opens = pick(random, ['08:00', '08:30', '09:00']);
  const closes = pick(random, ['16:00', '17:00', '18:00']);
  const weekly: object[] =
    random() < 0.5
      ? [{ days: [...WEEKDAYS], opens, closes }]
      : [
          { days: [...WEEKDAYS], opens, closes: '12:30' },
          { days: [...WEEKDAYS], opens: '14:00', closes },
        ];
  if (random() < 0.3) weekly.push({ days: ['sa'], opens: '09:00', closes: '13:00' });
  return {
    timeZone: c.timeZone,
    weekly,
    ...(random() < 0.2 && { exceptions: [{ date: '2026-03-20', closed: true }] }),
  };
}

function stopsFor(random: Random, country: Country): object[] {
  const stops: object[] = [];
  let start = BENCH_NOW.getTime() - random() * 3 * 86_400_000;
  for (let i = 0, n = 3 + Math.floor(random() * 4); i < n; i++) {
    const c = pick(random, country.cities);
    const end = start + (4 + Math.floor(random() * 6)) * 3_600_000;
    stops.push({
      place: c.ar ? { ar: c.ar, fr: c.name } : c.name,
      position: near(random, c, 10),
      start: new Date(start).toISOString(),
      end: new Date(end).toISOString(),
    });
    start = end + (12 + Math.floor(random() * 36)) * 3_600_000;
  }
  return stops;
}

/** A dataset of `size` centres in the published JSON format (before validation). */
export function generateDataset(size: number, seed = 2026): Record<string, unknown> {
  const random = prng(seed);
  const services = DEFAULT_TAXONOMY.map((term) => term.id);
  const centres: object[] = [];
  for (let i = 0; i < size; i++) {
    const country = pick(random, COUNTRIES);
    const c = pick(random, country.cities);
    const roll = random();
    const kind = roll < 0.85 ? 'centre' : roll < 0.95 ? 'mobile-team' : 'online';
    const id = `${country.code.toLowerCase()}-${i}`;
    const operator = random() < 0.7 ? pick(random, OPERATORS) : undefined;
    centres.push({
      id,
      name: centreName(random, country, c, i),
      kind,
      ...(operator !== undefined && { operator }),
      country: country.code,
      region: c.region,
      city: c.ar ? { ar: c.ar, fr: c.name } : c.name,
      ...(kind === 'centre' && { position: near(random, c, 15), address: `${1 + (i % 200)} ${c.name}` }),
      services: some(random, services, 4),
      audiences: some(random, AUDIENCES, 3),
      languages: some(random, country.languages, 3),
      ...(kind !== 'mobile-team' && { hours: hoursFor(random, c) }),
      channels: [{ kind: 'voice', value: `+1 202 555 ${String(1000 + (i % 9000)).padStart(4, '0')}` }],
      ...(kind === 'mobile-team' && { stops: stopsFor(random, country) }),
      ...(kind === 'online' && { url: `https://example.org/centres/${id}` }),
      lastVerified: '2026-01-15',
    });
  }
  return {
    format: 'mrc-kit/dataset@1',
    publisher: { name: 'Benchmark publisher' },
    updated: '2026-03-01',
    defaultLocale: 'en',
    centres,
    hotlines: [],
  };
}
