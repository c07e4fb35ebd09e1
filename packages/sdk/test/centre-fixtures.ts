// Shared by the tests of centre records (centre*.test.ts, taxonomy.test.ts).
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import type { DataWarning } from '../src/model/problems.js';

/** A small valid fixed centre; each test changes what it needs. */
export function centre(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'centre-1',
    name: { en: 'Test centre', fr: 'Centre de test' },
    kind: 'centre',
    country: 'SN',
    address: '12 Rue de l’Exemple, Dakar',
    position: { lat: 14.67, lng: -17.43 },
    services: ['pre-departure'],
    ...overrides,
  };
}

export function validate(centres: unknown, extra: Record<string, unknown> = {}): ReturnType<typeof validateDataset> {
  return validateDataset({
    format: DATASET_FORMAT,
    publisher: { name: 'Test publisher' },
    defaultLocale: 'en',
    centres,
    ...extra,
  });
}

export const ids = (result: ReturnType<typeof validateDataset>): string[] => result.dataset.centres.map((c) => c.id);
export const repaired = (path: string, reason: string): DataWarning => ({ path, reason, action: 'repaired' });
export const skipped = (path: string, reason: string): DataWarning => ({ path, reason, action: 'skipped' });
