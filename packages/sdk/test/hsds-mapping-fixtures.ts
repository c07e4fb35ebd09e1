// Shared by the tests of the HSDS import rules (hsds-mapping*.test.ts): small records written here.
import { expect } from 'chai';
import type { DataWarning } from '../src/model/problems.js';
import { importHsds, type ImportHsdsOptions } from '../src/hsds/import.js';

const TODAY = '2026-12-01'; // a Tuesday

/** A service at a location in Guatemala City, complete enough to import without a warning. */
export function sal(
  over: { service?: object; location?: object; [key: string]: unknown } = {},
): Record<string, unknown> {
  const { service, location, ...rest } = over;
  return {
    id: 'sal-1',
    description: 'Legal advice for migrants and returnees.',
    service: {
      id: 'svc-1',
      name: 'Migrant legal desk',
      url: 'https://example.org/legal',
      email: 'desk@example.org',
      assured_date: '2026-10-01',
      organization: { id: 'org-1', name: 'Centro de Atención al Migrante', website: 'https://example.org/' },
      attributes: [{ id: 'a1', taxonomy_term: { id: 't1', code: 'LEGAL', name: 'Legal aid' } }],
      languages: [{ id: 'l1', code: 'es' }],
      ...service,
    },
    location: {
      id: 'loc-1',
      name: 'Centro de Atención',
      latitude: '14.6349',
      longitude: -90.5069,
      addresses: [
        {
          id: 'ad1',
          address_1: '6a Avenida 1-23',
          city: 'Guatemala',
          state_province: 'Guatemala',
          country: 'GT',
          address_type: 'physical',
        },
      ],
      ...location,
    },
    phones: [{ id: 'p1', number: '+502 2222 3333', type: 'voice' }],
    schedules: [
      {
        id: 's1',
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:00',
        closes_at: '16:30:00',
        timezone: 'America/Guatemala',
      },
    ],
    ...rest,
  };
}

export function run(input: unknown, options: ImportHsdsOptions = {}) {
  return importHsds(input, { today: TODAY, ...options });
}

export function only<T>(items: readonly T[]): T {
  expect(items).to.have.length(1);
  return items[0]!;
}

export function warningAt(warnings: readonly DataWarning[], path: string, action?: DataWarning['action']): DataWarning {
  const found = warnings.find((w) => w.path === path && (action === undefined || w.action === action));
  expect(found, `a warning at ${path}; got ${JSON.stringify(warnings, null, 1)}`).to.exist;
  return found!;
}
