// Property-based tests of validateDataset: random documents and the demo dataset with random
// damage. Whatever comes in, the only error is DatasetError (and only for input that is not a
// dataset), no valid record is lost, and every warning says where and why.
import { expect } from 'chai';
import fc from 'fast-check';
import { AUDIENCES, type Centre, type Position } from '../src/model/centre.js';
import { DATASET_FORMAT, type LoadResult } from '../src/model/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import { DatasetError } from '../src/model/errors.js';
import type { Channel, Hotline } from '../src/model/hotline.js';
import type { DataWarning } from '../src/model/problems.js';
import { validateDataset } from '../src/model/validate/dataset.js';

type Json = Record<string, unknown>;
type ListKey = 'centres' | 'hotlines';

const demo = JSON.parse(JSON.stringify(demoDataset)) as Json & Record<ListKey, Json[]>;
const reference = validateDataset(demo).dataset;
const referenceById = new Map<string, Centre | Hotline>(
  [...reference.centres, ...reference.hotlines].map((r) => [`${'kind' in r ? 'centres' : 'hotlines'}/${r.id}`, r]),
);

// ---- What may be thrown at the validator --------------------------------------------------------

const hostileText = fc.constantFrom(
  '',
  '   ',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java\nscript:alert(1)',
  'data:text/html,<b>hi</b>',
  'https://user:pass@example.org/',
  'https://wa.me.evil.example/1',
  'mailto:help@example.org?bcc=someone@example.org',
  'tel:+221338000000',
  '+221 33 800 00 00',
  '33 800 00 00',
  '\u0000',
  '\u202Eevil',
  '\uD800',
  '\uFEFF',
  'ﷺ',
  '١٢٣٤',
  '😀👨‍👩‍👧',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  '../../etc/passwd',
  'Africa/Dakkar',
  '24:00',
  '2026-02-30',
  '2026-11-17T09:00:00',
  '9999-12-31T23:59:59+23:59',
  'centre',
  'mobile-team',
  'x'.repeat(5000),
);

const oddNumber = fc.constantFrom(0, -0, NaN, Infinity, -Infinity, 90.000001, -180.5, 1e308, Number.MIN_VALUE);

const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.jsonValue({ maxDepth: 3 }), weight: 4 },
  { arbitrary: hostileText, weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  { arbitrary: oddNumber, weight: 1 },
  { arbitrary: fc.constant(undefined), weight: 1 },
  // An inline `data` object is not always plain JSON.
  {
    arbitrary: fc.anything({
      maxDepth: 2,
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withNullPrototype: true,
      withSet: true,
      withSparseArray: true,
    }),
    weight: 1,
  },
);

const hostileKey = fc.oneof(hostileText, fc.string({ maxLength: 10 }));

// ---- Reading and damaging documents -------------------------------------------------------------

const isPlainObject = (value: unknown): value is object =>
  value !== null &&
  typeof value === 'object' &&
  [Object.prototype, null].includes(Object.getPrototypeOf(value) as object | null);

/** Every location inside a value (its lists and plain objects), as key paths; the value itself is `[]`. */
function locations(value: unknown, prefix: PropertyKey[] = []): PropertyKey[][] {
  const out = [prefix];
  if (Array.isArray(value)) value.forEach((v, i) => out.push(...locations(v, [...prefix, i])));
  else if (isPlainObject(value)) {
    for (const [k, v] of Object.entries(value)) out.push(...locations(v, [...prefix, k]));
  }
  return out;
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const key of path) v = (v as Record<PropertyKey, unknown>)[key];
  return v;
}

/** Sets an own property, even one named `__proto__`, as JSON.parse would. */
function define(target: object, key: PropertyKey, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

interface Mutation {
  list: ListKey;
  record: number;
  location: number;
  op: 'set' | 'delete' | 'insert';
  key: string;
  value: unknown;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  list: fc.constantFrom<ListKey>('centres', 'hotlines'),
  record: fc.nat(),
  location: fc.nat(),
  op: fc.constantFrom<Mutation['op']>('set', 'delete', 'insert'),
  key: hostileKey,
  value: anyValue,
});

/** Applies a mutation to a record and returns the record (a new value when the root is replaced). */
function mutate(record: unknown, m: Mutation): unknown {
  const all = locations(record);
  const path = all[m.location % all.length] ?? [];
  if (path.length === 0) {
    if (m.op === 'insert' && isPlainObject(record)) {
      define(record, m.key, m.value);
      return record;
    }
    return m.op === 'delete' ? undefined : m.value;
  }
  const parent = valueAt(record, path.slice(0, -1)) as Record<PropertyKey, unknown> | unknown[];
  const last = path.at(-1) as PropertyKey;
  const target = valueAt(record, path);
  if (m.op === 'delete') {
    if (Array.isArray(parent)) parent.splice(last as number, 1);
    else delete parent[last];
  } else if (m.op === 'insert' && Array.isArray(target)) target.push(m.value);
  else if (m.op === 'insert' && isPlainObject(target)) define(target, m.key, m.value);
  else define(parent, last, m.value);
  return record;
}

/** Parses the JSON paths the validator writes: `$`, `.name`, `[3]` and `["any key"]`. */
function parsePath(path: string): PropertyKey[] | undefined {
  if (!path.startsWith('$')) return undefined;
  const segments: PropertyKey[] = [];
  let rest = path.slice(1);
  while (rest) {
    const m = /^\.([A-Za-z_$][\w$]*)/.exec(rest) ?? /^\[(\d+)\]/.exec(rest) ?? /^\[("(?:[^"\\]|\\.)*")\]/.exec(rest);
    if (!m?.[1]) return undefined;
    const raw = m[1];
    segments.push(m[0].startsWith('.') ? raw : raw.startsWith('"') ? (JSON.parse(raw) as string) : Number(raw));
    rest = rest.slice(m[0].length);
  }
  return segments;
}

/**
 * A warning points at a place in the input: every step exists, except that a field reported as
 * required or missing is absent from an object that does exist.
 */
function expectGoodWarning(input: unknown, w: DataWarning): void {
  const where = JSON.stringify(w);
  expect(w.path, where).to.match(/^\$\./);
  expect(w.reason, where).to.be.a('string').that.is.not.empty;
  expect(w.action, where).to.be.oneOf(['skipped', 'repaired']);
  const segments = parsePath(w.path);
  expect(segments, where).to.be.an('array');
  let v = input;
  (segments ?? []).forEach((key, i) => {
    expect(v !== null && typeof v === 'object', `${where}: nothing to look into at step ${i}`).to.equal(true);
    // A hole in a sparse array is still a place in it.
    const present = Array.isArray(v) ? (key as number) < v.length : Object.prototype.hasOwnProperty.call(v, key);
    if (!present) {
      expect(i, `${where}: step ${i} does not exist`).to.equal((segments ?? []).length - 1);
      expect(w.reason, where).to.match(/^(is required|missing)/);
    }
    v = present ? (v as Json)[key as string] : undefined;
  });
}

// ---- What a validated record always satisfies -----------------------------------------------------

const SAFE_HREF = /^(tel:\+\d+|sms:\+\d+|mailto:[^?&#]+|https:\/\/[^\s]+|viber:\/\/chat\?number=%2B\d+)$/;

function expectGoodPosition(p: Position | undefined, where: string): void {
  if (!p) return;
  expect(Math.abs(p.lat), where).to.be.at.most(90);
  expect(Math.abs(p.lng), where).to.be.at.most(180);
  expect(p.lat === 0 && p.lng === 0, where).to.equal(false);
}

function expectGoodChannels(channels: readonly Channel[], where: string): void {
  for (const c of channels) expect(c.href, where).to.match(SAFE_HREF);
}

function expectGoodResult({ dataset }: LoadResult): void {
  const terms = new Set(dataset.taxonomy.map((t) => t.id));
  for (const list of [dataset.centres, dataset.hotlines]) {
    expect(new Set(list.map((r) => r.id)).size, 'ids are unique').to.equal(list.length);
  }
  for (const c of dataset.centres) {
    expect(c.kind === 'centre' ? Boolean(c.position ?? c.address) : true, c.id).to.equal(true);
    expect(c.kind === 'mobile-team' ? c.stops.length > 0 || Boolean(c.position) : true, c.id).to.equal(true);
    expect(c.kind === 'online' ? c.channels.length > 0 || Boolean(c.url) : true, c.id).to.equal(true);
    if (c.kind !== 'mobile-team') expect(c.stops, c.id).to.deep.equal([]);
    expectGoodPosition(c.position, c.id);
    c.stops.forEach((s, i) => {
      expectGoodPosition(s.position, c.id);
      expect(Date.parse(s.end), c.id).to.be.greaterThan(Date.parse(s.start));
      if (i > 0) expect(Date.parse(s.start), c.id).to.be.at.least(Date.parse(c.stops[i - 1]?.start ?? ''));
    });
    for (const s of c.services) expect(terms.has(s), `${c.id} ${s}`).to.equal(true);
    for (const a of c.audiences) expect(AUDIENCES, c.id).to.include(a);
    expectGoodChannels(c.channels, c.id);
    if (c.url) expect(c.url, c.id).to.match(/^https?:\/\//);
  }
  for (const h of dataset.hotlines) {
    expect(h.channels, h.id).not.to.be.empty;
    expectGoodChannels(h.channels, h.id);
    if (h.url) expect(h.url, h.id).to.match(/^https?:\/\//);
  }
}

// ---- Properties --------------------------------------------------------------------------------

const isDatasetShaped = (input: unknown): boolean =>
  input !== null && typeof input === 'object' && !Array.isArray(input) && (input as Json).format === DATASET_FORMAT;

describe('validateDataset: properties', () => {
  it('throws only DatasetError, and only for input that is not an mrc-kit dataset', () => {
    const list = fc.oneof(anyValue, fc.array(anyValue, { maxLength: 5 }));
    const document = fc.record(
      {
        format: fc.oneof({ arbitrary: fc.constant(DATASET_FORMAT), weight: 4 }, { arbitrary: anyValue, weight: 1 }),
        publisher: fc.oneof(anyValue, fc.record({ name: anyValue, url: anyValue }, { requiredKeys: [] })),
        updated: anyValue,
        defaultLocale: anyValue,
        taxonomy: fc.oneof(list, fc.array(fc.record({ id: anyValue, name: anyValue }, { requiredKeys: [] }))),
        centres: list,
        hotlines: list,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(anyValue, document), (input) => {
        let result: LoadResult | undefined;
        try {
          result = validateDataset(input);
        } catch (error) {
          expect(error, 'the only error').to.be.instanceOf(DatasetError);
          expect(isDatasetShaped(input), 'refused a dataset').to.equal(false);
          return;
        }
        expect(isDatasetShaped(input), 'accepted something that is not a dataset').to.equal(true);
        for (const w of result.warnings) expectGoodWarning(input, w);
        expectGoodResult(result);
      }),
      { numRuns: 200, includeErrorInReport: true },
    );
  });

  it('keeps every record the damage did not touch, exactly as it was, and reports every one it drops', () => {
    const pick = (list: ListKey) =>
      fc.subarray(
        demo[list].map((_, i) => i),
        { minLength: 1 },
      );
    fc.assert(
      fc.property(
        pick('centres'),
        pick('hotlines'),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        (centreIndexes, hotlineIndexes, mutations) => {
          const lists: Record<ListKey, unknown[]> = {
            centres: centreIndexes.map((i) => structuredClone(demo.centres[i])),
            hotlines: hotlineIndexes.map((i) => structuredClone(demo.hotlines[i])),
          };
          const touched: Record<ListKey, Set<number>> = { centres: new Set(), hotlines: new Set() };
          for (const m of mutations) {
            const at = m.record % lists[m.list].length;
            lists[m.list][at] = mutate(lists[m.list][at], m);
            touched[m.list].add(at);
          }
          const input = { ...demo, centres: lists.centres, hotlines: lists.hotlines };
          const result = validateDataset(input);

          for (const key of ['centres', 'hotlines'] as const) {
            const kept = new Map<string, Centre | Hotline>(result.dataset[key].map((r) => [r.id, r]));
            const indexes = key === 'centres' ? centreIndexes : hotlineIndexes;
            indexes.forEach((demoIndex, at) => {
              if (touched[key].has(at)) return;
              const id = demo[key][demoIndex]?.id as string;
              expect(kept.get(id), `${key} ${id}`).to.deep.equal(referenceById.get(`${key}/${id}`));
            });
            // A record that is gone was reported as skipped, at its own path or inside it.
            lists[key].forEach((record, i) => {
              const id = isPlainObject(record) ? (record as Json).id : undefined;
              if (typeof id === 'string' && kept.has(id)) return;
              const at = `$.${key}[${i}]`;
              const reported = result.warnings.some(
                (w) =>
                  w.action === 'skipped' &&
                  (w.path === at || w.path.startsWith(`${at}.`) || w.path.startsWith(`${at}[`)),
              );
              expect(reported, `${at} is gone without a report`).to.equal(true);
            });
          }
          for (const w of result.warnings) expectGoodWarning(input, w);
          expectGoodResult(result);
        },
      ),
      { numRuns: 150, includeErrorInReport: true },
    );
  });

  it('keeps every centre whatever happens to the taxonomy, with only services it defines', () => {
    const taxonomy = fc.oneof(
      anyValue,
      fc.array(
        fc.oneof(
          fc.record({ id: fc.oneof(fc.constantFrom('referral', 'psychosocial-support'), anyValue), name: anyValue }),
          anyValue,
        ),
        { maxLength: 5 },
      ),
    );
    fc.assert(
      fc.property(taxonomy, (terms) => {
        const input = { ...demo, taxonomy: terms };
        const result = validateDataset(input);
        expect(result.dataset.centres.map((c) => c.id)).to.deep.equal(reference.centres.map((c) => c.id));
        expect(result.dataset.hotlines).to.deep.equal(reference.hotlines);
        for (const w of result.warnings) expectGoodWarning(input, w);
        expectGoodResult(result);
      }),
      { numRuns: 150, includeErrorInReport: true },
    );
  });
});
