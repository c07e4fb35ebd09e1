// Shared by the tests of centre search (search*.test.ts): centres around Dakar and Casablanca, and their index.
import { expect } from 'chai';
import type { Centre, Position } from '../src/model/centre.js';
import type { OpeningHours } from '../src/hours/hours.js';
import { createCentreIndex, type SearchableDataset } from '../src/search/index.js';
import { naiveSearch } from '../src/search/naive.js';
import type { CentreQuery } from '../src/search/query.js';
import { DEFAULT_TAXONOMY } from '../src/model/taxonomy.js';

// Monday 2 March 2026, 10:00 UTC: 10:00 in Dakar and Casablanca, 04:00 in Mexico City.
export const NOW = new Date('2026-03-02T10:00:00Z');
export const HOUR = 3_600_000;
export const at = (hours: number): string => new Date(NOW.getTime() + hours * HOUR).toISOString();

export const DAKAR: Position = { lat: 14.6928, lng: -17.4467 };
export const SAINT_LOUIS: Position = { lat: 16.0179, lng: -16.4896 };
export const THIES: Position = { lat: 14.791, lng: -16.9359 };
export const CASABLANCA: Position = { lat: 33.5731, lng: -7.5898 };
export const RABAT: Position = { lat: 34.0209, lng: -6.8416 };

export const officeHours = (timeZone: string): OpeningHours => ({
  timeZone,
  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
});

export function centre(id: string, fields: Partial<Centre> = {}): Centre {
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

export const centres: Centre[] = [
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
export const index = createCentreIndex(dataset);
const context = { taxonomy: DEFAULT_TAXONOMY, defaultLocale: 'fr' };

/** Ids of the results, checked against the naive reference on the way. */
export function ids(query: CentreQuery, now: Date = NOW): string[] {
  const result = index.search(query, now);
  expect(result).to.deep.equal(naiveSearch(centres, query, now, context));
  return result.items.map((item) => item.centre.id);
}
