import { expect } from 'chai';
import { validateDataset, validateDatasetInSlices } from '../src/model/validate/dataset.js';
import { DatasetError } from '../src/model/errors.js';
import { demoDataset } from '../src/demo/index.js';
import { hotline, dataset } from './dataset-fixtures.js';

/** A copy of the demo dataset whose centres are repeated `times` times, each copy with ids of its own. */
function largeDataset(times: number): Record<string, unknown> {
  const centres = Array.from({ length: times }, (_, n) =>
    demoDataset.centres.map((centre) => ({ ...centre, id: `${centre.id}-${n}` })),
  ).flat();
  return { ...demoDataset, centres };
}

/** A dataset with something wrong at every level: repaired fields, skipped records, duplicates, a hole. */
function faultyDataset(): Record<string, unknown> {
  const hotlines: unknown[] = [
    hotline(),
    hotline({ id: 'line-1' }),
    hotline({ id: 'no-channels', channels: [] }),
    'not a record',
    hotline({ id: 'bad-link', channels: [{ kind: 'voice', value: 'javascript:alert(1)' }] }),
  ];
  hotlines[7] = hotline({ id: 'after-a-hole' });
  return dataset(hotlines, {
    defaultLocale: 'not a tag!',
    publisher: { url: 'ftp://example.org' },
    updated: '1 May 2026',
    centres: [...demoDataset.centres.slice(0, 3), { ...demoDataset.centres[0], name: 42 }, demoDataset.centres[1]],
    quizzes: 'not a list',
    checklists: [...demoDataset.checklists, { id: 'half-a-checklist' }],
  });
}

describe('validateDatasetInSlices', () => {
  it('gives exactly what validateDataset gives for the demo dataset', async () => {
    expect(await validateDatasetInSlices(demoDataset, 'demo.json')).to.deep.equal(
      validateDataset(demoDataset, 'demo.json'),
    );
  });

  it('gives exactly what validateDataset gives for records with errors, with the same warnings in the same order', async () => {
    const sync = validateDataset(faultyDataset());
    expect(sync.warnings.length).to.be.greaterThan(6);
    expect(await validateDatasetInSlices(faultyDataset())).to.deep.equal(sync);
  });

  it('gives exactly what validateDataset gives for a part of a larger dataset', async () => {
    const options = { earlierCentreIds: new Set([demoDataset.centres[2]!.id]), firstCentre: 40, knownTermIds: ['x'] };
    const part = { ...demoDataset, hotlines: undefined, quizzes: undefined };
    expect(await validateDatasetInSlices(part, 'part.json', options)).to.deep.equal(
      validateDataset(part, 'part.json', options),
    );
  });

  it('rejects what is not a dataset with the error validateDataset throws', async () => {
    for (const input of [null, [], { format: 'other@1' }, 'text']) {
      let thrown: unknown;
      try {
        validateDataset(input, 'x.json');
      } catch (error) {
        thrown = error;
      }
      expect(thrown).to.be.instanceOf(DatasetError);
      let rejected: unknown;
      await validateDatasetInSlices(input, 'x.json').catch((error: unknown) => (rejected = error));
      expect(rejected).to.be.instanceOf(DatasetError);
      expect((rejected as Error).message).to.equal((thrown as Error).message);
    }
  });

  it('lets other work run while it checks a large dataset, and still gives the same result', async () => {
    const large = largeDataset(300);
    // The pauses are counted, not timed: a browser may run its own next task (scheduler.yield)
    // before a test's setTimeout, so a timer proves nothing either way.
    const own = globalThis as { scheduler?: unknown };
    const scheduler = own.scheduler;
    let pauses = 0;
    own.scheduler = { yield: () => (pauses++, new Promise<void>((resolve) => setTimeout(resolve, 0))) };
    let sliced;
    try {
      sliced = await validateDatasetInSlices(large);
    } finally {
      own.scheduler = scheduler;
    }
    expect(pauses).to.be.greaterThan(0);
    expect(sliced.dataset.centres).to.have.length(300 * demoDataset.centres.length);
    expect(sliced).to.deep.equal(validateDataset(large));
  });
});
