import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { parseChecklist, isCurrencyCode } from '../src/model/validate/checklist.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import type { DataWarning } from '../src/model/problems.js';

/** A small valid checklist; each test changes what it needs. */
function raw(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id: 'permit',
    title: { en: 'Work permit', fr: 'Permis de travail' },
    kind: 'work-permit',
    from: 'SN',
    reviewed: '2026-03-01',
    source: { title: 'Ministry guide', url: 'https://example.org/guide' },
    questions: [
      {
        id: 'offer',
        prompt: 'Do you have a job offer?',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      },
    ],
    steps: [
      { id: 'a', title: 'First', cost: { amount: 10, currency: 'EUR' }, where: { centres: ['centre-1'] } },
      { id: 'b', title: 'Second', when: [{ question: 'offer', answers: ['no'] }] },
    ],
    ...overrides,
  };
}

// `null`: a document without a centres list at all.
function dataset(checklists: unknown[], centres: unknown[] | null = [centre()]) {
  return {
    format: 'mrc-kit/dataset@1',
    publisher: { name: 'Test' },
    defaultLocale: 'en',
    ...(centres && { centres }),
    checklists,
  };
}

function centre(id = 'centre-1') {
  return {
    id,
    name: 'Centre',
    kind: 'centre',
    country: 'SN',
    address: '1 Demo Street',
    channels: [{ kind: 'voice', value: '+44 20 7946 0123' }],
  };
}

const paths = (warnings: readonly DataWarning[]) => warnings.map((w) => w.path);

describe('checklist validation', () => {
  it('keeps a valid checklist with its defaults filled in', () => {
    const { dataset: d, warnings } = validateDataset(dataset([raw()]));
    expect(warnings).to.deep.equal([]);
    const [c] = d.checklists;
    expect(c!.steps[0]).to.deep.include({ optional: false, when: [], documents: [], tasks: [] });
    expect(c!.steps[0]!.where).to.deep.equal({ centres: ['centre-1'] });
    expect(c!.source).to.deep.equal({ title: 'Ministry guide', url: 'https://example.org/guide' });
  });

  it('drops an unknown centre id with its path, keeping the step and the other centres', () => {
    const steps = [{ id: 'a', title: 'A', where: { centres: ['centre-1', 'nowhere'] } }];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps[0]!.where!.centres).to.deep.equal(['centre-1']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.deep.include({ path: '$.checklists[0].steps[0].where.centres[1]', action: 'repaired' });
    expect(warnings[0]!.reason).to.contain('"nowhere"');
  });

  it('does not check centre ids in a document without centres (an index of shards)', () => {
    const steps = [{ id: 'a', title: 'A', where: { centres: ['in-a-shard'] } }];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })], null));
    expect(warnings).to.deep.equal([]);
    expect(d.checklists[0]!.steps[0]!.where!.centres).to.deep.equal(['in-a-shard']);
  });

  it('checks centre ids against the ids it is told of, for a dataset read a part at a time', () => {
    const steps = [{ id: 'a', title: 'A', where: { centres: ['centre-1', 'nowhere'] } }];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })], null), undefined, {
      knownCentreIds: ['centre-1'],
    });
    expect(d.checklists[0]!.steps[0]!.where!.centres).to.deep.equal(['centre-1']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['$.checklists[0].steps[0].where.centres[1]']);
  });

  it('drops conditions on unknown questions and unknown answers, with their paths', () => {
    const steps = [
      { id: 'a', title: 'A', when: [{ question: 'ghost', answers: ['yes'] }] },
      { id: 'b', title: 'B', when: [{ question: 'offer', answers: ['maybe', 'no'] }] },
      { id: 'c', title: 'C', when: [{ question: 'offer', answers: ['maybe'] }] },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    const [a, b, c] = d.checklists[0]!.steps;
    expect(a!.when).to.deep.equal([]);
    expect(b!.when).to.deep.equal([{ question: 'offer', answers: ['no'] }]);
    expect(c!.when).to.deep.equal([]);
    expect(paths(warnings)).to.deep.equal([
      '$.checklists[0].steps[0].when[0].question',
      '$.checklists[0].steps[1].when[0].answers[0]',
      '$.checklists[0].steps[2].when[0].answers[0]',
      '$.checklists[0].steps[2].when[0].answers',
    ]);
    expect(warnings[0]!.reason).to.contain('no screening question has the id "ghost"');
  });

  it('drops a cost in an unknown or lower-case currency, keeping the step', () => {
    const steps = [
      { id: 'a', title: 'A', cost: { amount: 5, currency: 'ABC' } },
      { id: 'b', title: 'B', cost: { amount: 5, currency: 'eur' } },
      { id: 'c', title: 'C', cost: { amount: -1, currency: 'EUR' } },
      { id: 'd', title: 'D', cost: { amount: 5, currency: 'XOF' } },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps.map((s) => s.cost)).to.deep.equal([
      undefined,
      undefined,
      undefined,
      { amount: 5, currency: 'XOF' },
    ]);
    expect(paths(warnings)).to.deep.equal([
      '$.checklists[0].steps[0].cost.currency',
      '$.checklists[0].steps[1].cost.currency',
      '$.checklists[0].steps[2].cost.amount',
    ]);
    expect(warnings[0]!.reason).to.contain('ISO 4217').and.contain('the cost was left out');
  });

  it('knows real currencies', () => {
    expect(isCurrencyCode('XOF')).to.equal(true);
    expect(isCurrencyCode('PHP')).to.equal(true);
    expect(isCurrencyCode('XYZ')).to.equal(false);
    expect(isCurrencyCode('usd')).to.equal(false);
  });

  it('skips a step with a taken id and a step without a title, keeping the rest', () => {
    const steps = [{ id: 'a', title: 'A' }, { id: 'a', title: 'Again' }, { id: 'b' }, { id: 'c', title: 'C' }];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps.map((s) => s.id)).to.deep.equal(['a', 'c']);
    expect(warnings.map((w) => [w.path, w.action])).to.deep.equal([
      ['$.checklists[0].steps[1].id', 'skipped'],
      ['$.checklists[0].steps[2].title', 'skipped'],
    ]);
    expect(warnings[0]!.reason).to.contain('duplicate step id "a"');
    expect(warnings[1]!.reason).to.contain('the step was left out');
  });

  it('repairs a join on the first step and a group mixing "and" with "or"', () => {
    const steps = [
      { id: 'a', title: 'A', join: 'or' },
      { id: 'b', title: 'B', join: 'and' },
      { id: 'c', title: 'C', join: 'or' },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps.map((s) => s.join)).to.deep.equal([undefined, 'and', 'and']);
    expect(paths(warnings)).to.deep.equal(['$.checklists[0].steps[0].join', '$.checklists[0].steps[2].join']);
  });

  it('skips a document without a name and a question with one option, with their paths', () => {
    const questions = [{ id: 'q', prompt: 'Q?', options: [{ id: 'only', label: 'Only' }] }];
    const steps = [
      { id: 'a', title: 'A', documents: [{ need: 'required' }, { name: 'Passport', need: 'if-applicable' }] },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ questions, steps })]));
    expect(d.checklists[0]!.questions).to.deep.equal([]);
    expect(d.checklists[0]!.steps[0]!.documents).to.deep.equal([{ name: 'Passport', need: 'if-applicable' }]);
    expect(paths(warnings)).to.deep.equal([
      '$.checklists[0].questions[0].options',
      '$.checklists[0].steps[0].documents[0].name',
    ]);
  });

  it('keeps a document’s id, and drops an id used twice in one step or that is not an id', () => {
    const steps = [
      {
        id: 'a',
        title: 'A',
        documents: [
          { id: 'passport', name: 'Passport' },
          { id: 'passport', name: 'Old passport' },
          { id: 'not an id', name: 'Photo' },
        ],
      },
      { id: 'b', title: 'B', documents: [{ id: 'passport', name: 'Passport again, in another step' }] },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    const [a, b] = d.checklists[0]!.steps;
    expect(a!.documents.map((doc) => doc.id)).to.deep.equal(['passport', undefined, undefined]);
    expect(b!.documents[0]!.id).to.equal('passport');
    expect(warnings.map((w) => [w.path, w.action])).to.deep.equal([
      ['$.checklists[0].steps[0].documents[1].id', 'repaired'],
      ['$.checklists[0].steps[0].documents[2].id', 'repaired'],
    ]);
    expect(warnings[0]!.reason).to.contain('duplicate document id "passport"');
  });

  it('reads a group of "or" alternatives with an optional one as optional as a whole, and says so', () => {
    const steps = [
      { id: 'a', title: 'A' },
      { id: 'paid', title: 'Paid', cost: { amount: 50, currency: 'EUR' } },
      { id: 'skip', title: 'Skip', join: 'or', optional: true },
      { id: 'both', title: 'Both', optional: true },
      { id: 'either', title: 'Either', join: 'or', optional: true },
    ];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps.map((s) => [s.id, s.optional])).to.deep.equal([
      ['a', false],
      ['paid', true],
      ['skip', true],
      ['both', true],
      ['either', true],
    ]);
    expect(warnings.map((w) => [w.path, w.action])).to.deep.equal([['$.checklists[0].steps[2].optional', 'repaired']]);
    expect(warnings[0]!.reason).to.contain('the whole choice optional');
  });

  it('drops an unsafe source link but keeps the source title', () => {
    const source = { title: 'Guide', url: 'javascript:alert(1)' };
    const { dataset: d, warnings } = validateDataset(dataset([raw({ source })]));
    expect(d.checklists[0]!.source).to.deep.equal({ title: 'Guide' });
    expect(paths(warnings)).to.deep.equal(['$.checklists[0].source.url']);
  });

  it('skips a checklist without a reviewed date or without usable steps, keeping the others', () => {
    const { dataset: d, warnings } = validateDataset(
      dataset([raw({ id: 'x', reviewed: '2026-02-30' }), raw({ id: 'y', steps: [{ title: 'no id' }] }), raw()]),
    );
    expect(d.checklists.map((c) => c.id)).to.deep.equal(['permit']);
    expect(paths(warnings)).to.deep.equal([
      '$.checklists[0].reviewed',
      '$.checklists[1].steps[0].id',
      '$.checklists[1].steps',
    ]);
    expect(warnings.map((w) => w.action)).to.deep.equal(['skipped', 'skipped', 'skipped']);
  });

  it('reports a checklists field that is not a list', () => {
    const { dataset: d, warnings } = validateDataset({ ...dataset([]), checklists: {} });
    expect(d.checklists).to.deep.equal([]);
    expect(paths(warnings)).to.deep.equal(['$.checklists']);
  });

  it('rejects a duration whose max is below its min, keeping the step', () => {
    const steps = [{ id: 'a', title: 'A', duration: { min: 3, max: 1, unit: 'week' } }];
    const { dataset: d, warnings } = validateDataset(dataset([raw({ steps })]));
    expect(d.checklists[0]!.steps[0]!.duration).to.equal(undefined);
    expect(paths(warnings)).to.deep.equal(['$.checklists[0].steps[0].duration.max']);
  });

  it('parses one checklist on its own', () => {
    const warnings: DataWarning[] = [];
    expect(parseChecklist(raw(), ['checklists', 0], warnings)?.id).to.equal('permit');
    expect(warnings).to.deep.equal([]);
  });

  it('are listed and found by the client', async () => {
    const client = createClient({ data: dataset([raw(), raw({ id: 'other' })]) });
    expect((await client.checklists.list()).map((c) => c.id)).to.deep.equal(['permit', 'other']);
    expect((await client.checklists.get('other'))?.id).to.equal('other');
    expect(await client.checklists.get('none')).to.equal(undefined);
  });
});
