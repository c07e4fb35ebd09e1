// Generated results for the map tests: fictional centres scattered over West and North Africa.
import type { Centre, CentreResult, Position } from '@mrc-kit/sdk';

/** The local tile fixture: one grey PNG for every tile, from the test server. */
export const TILE_URL = '/packages/widgets/test/fixtures/tile.png?{z}/{x}/{y}';

export function centreAt(id: string, position: Position, extra: Partial<Centre> = {}): CentreResult {
  return {
    centre: {
      id,
      name: `Centre ${id}`,
      kind: 'centre',
      country: 'SN',
      position,
      services: [],
      audiences: [],
      languages: [],
      channels: [],
      stops: [],
      ...extra,
    },
    status: { state: 'unknown' },
  };
}

/** `count` centres at repeatable pseudo-random places (lat 5–35, lng −17–15). */
export function manyCentres(count: number): CentreResult[] {
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: count }, (_, i) =>
    centreAt(`c${i}`, { lat: 5 + random() * 30, lng: -17 + random() * 32 }),
  );
}

/** Three centres far enough apart to show as single markers. */
export const threeCentres: CentreResult[] = [
  centreAt('dakar', { lat: 14.6928, lng: -17.4467 }, { name: { en: 'Dakar centre', ar: 'مركز داكار' } }),
  centreAt('bamako', { lat: 12.6392, lng: -8.0029 }, { name: 'Bamako centre' }),
  centreAt('niamey', { lat: 13.5116, lng: 2.1254 }, { name: 'Niamey centre' }),
];
