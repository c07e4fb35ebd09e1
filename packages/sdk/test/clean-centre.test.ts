import { expect } from 'chai';
import fc from 'fast-check';
import { demoDataset } from '../src/demo/index.js';
import { centreSchema } from '../src/model/validate/centre-schema.js';
import { cleanCentre } from '../src/model/validate/clean-centre.js';

// Every field the centre schema reads, so a field added there is covered here too.
const FIELDS = Object.keys(centreSchema.shape) as (keyof typeof centreSchema.shape)[];

const TEXT_MISSES = [' padded ', '', '\t', { en: '' }, { EN_gb: 'x' }, { en: 'x', fr: 3 }, {}, ['x'], 'fine'];

// Near misses for each field: the values a clean-looking check could wrongly let through.
const MISSES: Record<(typeof FIELDS)[number], readonly unknown[]> = {
  id: ['bad id', '', '-lead', 'ok-id', 'x'.repeat(129), 42],
  name: TEXT_MISSES,
  kind: ['Centre', 'mobile team', 'online', ''],
  operator: TEXT_MISSES,
  description: TEXT_MISSES,
  country: ['sn', 'SEN', 'S1', 'GT', ''],
  region: TEXT_MISSES,
  city: TEXT_MISSES,
  address: TEXT_MISSES,
  position: [
    { lat: 14.7, lng: -17.4 },
    { lat: 120, lng: 14 },
    { lat: 0, lng: 0 },
    { lat: '14.7', lng: -17.4 },
    { lat: 14.7, lng: -17.4, alt: 3 },
    { lat: 90.0001, lng: 0 },
    { lat: 10, lng: -180.5 },
    { lat: Number.NaN, lng: 1 },
    { lat: 10 },
  ],
  services: ['legal-protection', ['x'], {}],
  audiences: ['returnees', ['x']],
  languages: [['fr', 'wo'], ['French'], ['fr', 3], 'fr', []],
  hours: [{ timeZone: 'Mars/Base' }, 'always'],
  channels: [{}, 'tel:+1'],
  accessibility: [{ wheelchair: true, notes: 'Ramp' }, { wheelchair: 'yes' }, { notes: '' }, { other: 1 }, []],
  appointment: ['walkin', 'either', ''],
  stops: [{}, 'soon'],
  url: ['javascript:alert(1)', 3],
  lastVerified: ['2026-02-29', '2026-13-01', '26-01-01', '0050-01-01', '2026-03-01', 20260301],
};

describe('cleanCentre', () => {
  it('accepts the demo centres, as the schema gives them', () => {
    for (const centre of demoDataset.centres) {
      const parsed = centreSchema.safeParse(centre);
      expect(parsed.success, centre.id).to.equal(true);
      expect(cleanCentre(centre), centre.id).to.deep.equal(parsed.data);
    }
  });

  it('only ever accepts what the centre schema accepts, with the same result', () => {
    const base = demoDataset.centres[0] as unknown as Record<string, unknown>;
    // A few fields changed at a time, the rest as published: mostly near misses, some junk, some removed.
    const field = (name: (typeof FIELDS)[number]) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...MISSES[name]), weight: 4 },
        { arbitrary: fc.jsonValue(), weight: 1 },
        { arbitrary: fc.constant(undefined), weight: 1 },
      );
    const centres = fc
      .subarray([...FIELDS], { minLength: 1, maxLength: 3 })
      .chain((names) =>
        fc.tuple(...names.map(field)).map((values) => names.map((name, i) => [name, values[i]] as const)),
      )
      .map((changes) => {
        const input: Record<string, unknown> = { ...base };
        for (const [name, value] of changes) {
          if (value === undefined) delete input[name];
          else input[name] = value;
        }
        return input;
      });
    fc.assert(
      fc.property(centres, (input) => {
        const clean = cleanCentre(input);
        if (clean === undefined) return;
        const parsed = centreSchema.safeParse(input);
        expect(parsed.success, JSON.stringify(input)).to.equal(true);
        expect(clean).to.deep.equal(parsed.data);
      }),
      { numRuns: 1000 },
    );
  });
});
