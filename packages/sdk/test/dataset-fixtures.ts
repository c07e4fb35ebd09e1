// Shared by the tests of validateDataset (dataset*.test.ts).
import { DATASET_FORMAT } from '../src/model/dataset.js';

/** A small valid hotline; each test changes what it needs. */
export function hotline(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'line-1',
    name: { en: 'Test line', fr: 'Ligne de test' },
    countries: ['SN'],
    topics: ['safe-migration'],
    channels: [{ kind: 'voice', value: '+44 20 7946 0123' }],
    ...overrides,
  };
}

export function dataset(hotlines: unknown, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: DATASET_FORMAT,
    publisher: { name: 'Test publisher', url: 'https://example.org/' },
    updated: '2026-05-01',
    defaultLocale: 'en',
    hotlines,
    ...extra,
  };
}
