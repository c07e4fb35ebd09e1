import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { JsonStreamError, streamList } from '../src/hsds/json-stream.js';
import { JsonScanner } from '../src/json-scan.js';

/** The bytes of `text` cut into chunks at the given places. */
async function* cutAt(bytes: Buffer, cuts: number[]) {
  let from = 0;
  for (const cut of [...cuts, bytes.length]) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
}

async function read(bytes: Buffer, cuts: number[]) {
  const records: [unknown, string][] = [];
  const result = await streamList(cutAt(bytes, cuts), (value, list) => {
    records.push([value, list]);
  });
  return { records, result };
}

// Strings that look like structure, escapes, and characters of several bytes: each must stay whole.
const tricky = [
  { id: 'a', name: 'quote " and \\ backslash \\\\', note: '{ [ ] } , : "contents": [' },
  { id: 'b', name: 'مركز الهجرة', tags: [[1, 2], [], { x: ['y'] }], empty: {} },
  { id: 'c', name: '\u00e9t\u00e9 \ud83c\udf0d \\"', n: -1.5e3, t: true, f: false, z: null },
];

const documents: { name: string; text: string; records: unknown[]; list?: string; members?: object }[] = [
  { name: 'a top-level array', text: JSON.stringify(tricky, null, 2), records: tricky, list: '$' },
  {
    name: 'a page, members before and after its contents',
    text: JSON.stringify({ total_items: 3, note: 'a "contents": [1]', contents: tricky, last_page: true }),
    records: tricky,
    list: '$.contents',
    members: { total_items: 3, note: 'a "contents": [1]', contents: [0, 0, 0], last_page: true },
  },
  {
    name: 'a list of bare values',
    text: '[ 1 , "two, \\"three\\"" ,null,[4],{"five":5} ]',
    records: [1, 'two, "three"', null, [4], { five: 5 }],
    list: '$',
  },
  {
    name: 'a page whose contents is in a nested object only',
    text: '{"data": {"contents": [{"id": "x"}]}}',
    records: [],
  },
  {
    // As Python and PHP write text: every non-ASCII character escaped, and runs of backslashes.
    name: 'records written with escapes only',
    text: String.raw`[{"name": "\u0645\u0631\u0643\u0632 \"\\\" \\"}, "\\", {"k\"]": "\u00e9\/"}]`,
    records: [{ name: 'مركز "\\" \\' }, '\\', { 'k"]': 'é/' }],
    list: '$',
  },
  { name: 'an empty list', text: '{"contents": [], "size": 0}', records: [] },
  { name: 'a bare value', text: ' "just text" ', records: [] },
];

describe('JSON read as a stream', () => {
  for (const doc of documents) {
    it(`hands over the records of ${doc.name}, cut anywhere`, async () => {
      const bytes = Buffer.from(doc.text);
      const everyCut = Array.from({ length: bytes.length + 1 }, (_, i) => [i]);
      const byteByByte = Array.from({ length: bytes.length }, (_, i) => i + 1);
      for (const cuts of [...everyCut, byteByByte]) {
        const { records, result } = await read(bytes, cuts);
        const where = `cut at ${cuts.length > 1 ? 'every byte' : cuts[0]}`;
        assert.deepEqual(
          records.map(([value]) => value),
          doc.records,
          where,
        );
        if (doc.list) {
          assert.deepEqual(result.kind === 'list' && result.path, doc.list, where);
          assert.ok(
            records.every(([, list]) => list === doc.list),
            where,
          );
        } else {
          assert.deepEqual(
            result,
            { kind: 'document', value: JSON.parse(doc.text), members: result.members, records: 0 },
            where,
          );
        }
        if (doc.members) assert.deepEqual(Object.fromEntries(result.members), doc.members, where);
        // Counted rather than handed over, the records leave the same rest.
        const counted = await streamList(cutAt(bytes, cuts), undefined);
        assert.equal(counted.records, doc.records.length, where);
        assert.deepEqual(counted.members, result.members, where);
      }
    });
  }

  it('streams the list a top-level member names, or only counts its records', async () => {
    const text = JSON.stringify({ format: 'x', contents: [9], centres: tricky, hotlines: [{ id: 'h' }] });
    const records: unknown[] = [];
    const named = await streamList(cutAt(Buffer.from(text), [40]), (value) => void records.push(value), {
      member: 'centres',
    });
    assert.deepEqual(records, tricky);
    assert.deepEqual(named.kind === 'list' && named.path, '$.centres');
    assert.deepEqual(Object.fromEntries(named.members), {
      format: 'x',
      contents: [9],
      centres: [0, 0, 0],
      hotlines: [{ id: 'h' }],
    });
    const counted = await streamList(cutAt(Buffer.from(text), [40]), undefined, { member: 'centres' });
    assert.equal(counted.records, 3);
    assert.deepEqual(Object.fromEntries(counted.members), Object.fromEntries(named.members));
  });

  it('skips a byte-order mark', async () => {
    const { records } = await read(Buffer.from('\ufeff[{"id": "a"}]'), [1]);
    assert.deepEqual(records, [[{ id: 'a' }, '$']]);
  });

  it('waits for the records of one chunk before reading the next', async () => {
    const seen: string[] = [];
    async function* chunks() {
      seen.push('chunk 1');
      yield Buffer.from('[{"id": "a"}, {"id": ');
      seen.push('chunk 2');
      yield Buffer.from('"b"}]');
    }
    await streamList(chunks(), async (value) => {
      await new Promise((resolve) => setTimeout(resolve, 5));
      seen.push((value as { id: string }).id);
    });
    assert.deepEqual(seen, ['chunk 1', 'a', 'chunk 2', 'b']);
  });

  const broken = [
    ['a file cut short inside a record', '[{"id": "a"}, {"id": "b"'],
    ['a file cut short inside a string', '[{"id": "a'],
    ['a file cut short after a record', '{"contents": [{"id": "a"}'],
    ['a broken record', '[{"id": "a"}, {"id" "b"}]'],
    ['a missing colon outside the records', '{"total" 1, "contents": [{"id": "a"}]}'],
    ['words after the end', '[{"id": "a"}] and more'],
    ['a list never closed', '[{"id": "a"},'],
    ['a list given twice', '{"contents": [{"id": "a"}], "contents": []}'],
  ];
  for (const [name, text] of broken) {
    it(`refuses ${name}`, async () => {
      await assert.rejects(read(Buffer.from(text!), []), JsonStreamError);
    });
  }
});

describe('the JSON scanner', () => {
  /** What the scanner tells of `bytes` cut at `cuts`, watching every depth. */
  function events(bytes: Buffer, cuts: number[]): string[] {
    const told: string[] = [];
    const scanner = new JsonScanner({
      watch: Infinity,
      value: (depth, key, at, start) => void told.push(`value ${depth} ${JSON.stringify(key)} ${at} ${start}`),
      end: (depth, at) => void told.push(`end ${depth} ${at}`),
    });
    let from = 0;
    for (const cut of [...cuts, bytes.length]) {
      scanner.write(bytes.subarray(from, cut));
      from = cut;
    }
    return told;
  }

  it('tells the same values, keys and places wherever the bytes are cut', () => {
    const bytes = Buffer.from('{"a\\"b": [1, "x,]", {"é": true}], "c": {"d": null, "e\\u0041": []}, "n": -1.5e3}');
    const whole = events(bytes, []);
    assert.ok(whole.includes('value 1 "a\\"b" 9 1'), whole.join('\n'));
    assert.ok(
      whole.some((e) => e.startsWith('value 2 "eA" ')),
      whole.join('\n'),
    );
    for (let cut = 0; cut <= bytes.length; cut++) assert.deepEqual(events(bytes, [cut]), whole, `cut at ${cut}`);
    const everyByte = Array.from({ length: bytes.length }, (_, i) => i + 1);
    assert.deepEqual(events(bytes, everyByte), whole, 'cut at every byte');
  });
});
