import { expect } from 'chai';
import {
  applicableGroups,
  applicableSteps,
  checklistProgress,
  documentKey,
  groupSteps,
  isLastingDocumentKey,
  requiredCostTotals,
  stepStatus,
  type Checklist,
  type ChecklistStep,
  type Ticks,
} from '../src/model/checklist.js';
import { demoDataset } from '../src/demo/index.js';
import { validateDataset } from '../src/model/validate/dataset.js';

function step(id: string, extra: Partial<ChecklistStep> = {}): ChecklistStep {
  return { id, title: id, optional: false, when: [], documents: [], tasks: [], ...extra };
}

function ticks(steps: string[] = [], documents: string[] = []): Ticks {
  return { steps: new Set(steps), documents: new Set(documents) };
}

const checklist: Checklist = {
  id: 'c',
  title: 'C',
  kind: 'test',
  reviewed: '2026-01-01',
  source: { title: 'Source' },
  questions: [
    {
      id: 'offer',
      prompt: 'Offer?',
      options: [
        { id: 'yes', label: 'Yes' },
        { id: 'no', label: 'No' },
      ],
    },
  ],
  steps: [
    step('a'),
    step('find', { when: [{ question: 'offer', answers: ['no'] }] }),
    step('check', { when: [{ question: 'offer', answers: ['yes'] }] }),
    step('b'),
  ],
};

const ids = (steps: readonly ChecklistStep[]) => steps.map((s) => s.id);

describe('checklists', () => {
  describe('applicableSteps', () => {
    it('shows every step while a question is unanswered', () => {
      expect(ids(applicableSteps(checklist, {}))).to.deep.equal(['a', 'find', 'check', 'b']);
    });

    it('keeps only the steps whose conditions hold', () => {
      expect(ids(applicableSteps(checklist, { offer: 'yes' }))).to.deep.equal(['a', 'check', 'b']);
      expect(ids(applicableSteps(checklist, { offer: 'no' }))).to.deep.equal(['a', 'find', 'b']);
    });

    it('reads only the answers themselves, not properties every object has', () => {
      const odd = step('odd', { when: [{ question: 'constructor', answers: ['yes'] }] });
      const list = { ...checklist, steps: [odd] };
      expect(ids(applicableSteps(list, {}))).to.deep.equal(['odd']);
      expect(ids(applicableSteps(list, { constructor: 'yes' }))).to.deep.equal(['odd']);
      expect(ids(applicableSteps(list, { constructor: 'no' }))).to.deep.equal([]);
    });

    it('needs every condition of a step to hold', () => {
      const both = step('both', {
        when: [
          { question: 'x', answers: ['1'] },
          { question: 'y', answers: ['1', '2'] },
        ],
      });
      const list = { ...checklist, steps: [both] };
      expect(applicableSteps(list, { x: '1', y: '2' })).to.have.length(1);
      expect(applicableSteps(list, { x: '2', y: '2' })).to.have.length(0);
    });
  });

  describe('groupSteps', () => {
    it('numbers single steps and joins "and" and "or" steps to the one before', () => {
      const groups = groupSteps([
        step('a'),
        step('b'),
        step('c', { join: 'and' }),
        step('d'),
        step('e', { join: 'or' }),
        step('f', { join: 'or' }),
      ]);
      expect(groups.map((g) => [g.number, g.logic, ids(g.steps)])).to.deep.equal([
        [1, 'single', ['a']],
        [2, 'and', ['b', 'c']],
        [3, 'or', ['d', 'e', 'f']],
      ]);
    });

    it('starts a group on the step after it even when the checklist starts with a join', () => {
      expect(groupSteps([step('e', { join: 'or' }), step('f')]).map((g) => g.logic)).to.deep.equal([
        'single',
        'single',
      ]);
    });
  });

  describe('applicableGroups', () => {
    const nationality = {
      id: 'nat',
      prompt: 'Nationality?',
      options: [
        { id: 'A', label: 'A' },
        { id: 'B', label: 'B' },
      ],
    };
    const groups = (steps: ChecklistStep[], answers: Record<string, string>) =>
      applicableGroups({ ...checklist, questions: [nationality], steps }, answers).map((g) => [
        g.number,
        g.logic,
        ids(g.steps),
      ]);
    const whenNat = (answer: string) => ({ when: [{ question: 'nat', answers: [answer] }] });

    for (const join of ['and', 'or'] as const) {
      it(`never joins a step to the one before a hidden group head (${join})`, () => {
        const steps = [step('passport'), step('visa-a', whenNat('A')), step('visa-b', { join, ...whenNat('B') })];
        // Answer B hides the head of the group "visa A / visa B": visa B stands alone, not with the passport.
        expect(groups(steps, { nat: 'B' })).to.deep.equal([
          [1, 'single', ['passport']],
          [2, 'single', ['visa-b']],
        ]);
        expect(groups(steps, { nat: 'A' })).to.deep.equal([
          [1, 'single', ['passport']],
          [2, 'single', ['visa-a']],
        ]);
        expect(groups(steps, {})).to.deep.equal([
          [1, 'single', ['passport']],
          [2, join, ['visa-a', 'visa-b']],
        ]);
      });
    }

    it('drops a group whose steps are all hidden and numbers the rest again', () => {
      const steps = [
        step('a'),
        step('b', whenNat('A')),
        step('c', { join: 'and', ...whenNat('A') }),
        step('d'),
        step('e', { join: 'or' }),
        step('f', { join: 'or', ...whenNat('B') }),
      ];
      expect(groups(steps, { nat: 'B' })).to.deep.equal([
        [1, 'single', ['a']],
        [2, 'or', ['d', 'e', 'f']],
      ]);
      expect(groups(steps, { nat: 'A' })).to.deep.equal([
        [1, 'single', ['a']],
        [2, 'and', ['b', 'c']],
        [3, 'or', ['d', 'e']],
      ]);
    });
  });

  describe('stepStatus and progress', () => {
    const withDocs = step('d', { documents: [{ name: 'Passport', need: 'required' }] });

    it('keys a document’s tick by its id when it has one, else by its place in the step', () => {
      const mixed = step('s', {
        documents: [
          { name: 'Photo', need: 'required' },
          { id: 'passport', name: 'Passport', need: 'required' },
        ],
      });
      expect([documentKey(mixed, 0), documentKey(mixed, 1)]).to.deep.equal(['s/0', 's#passport']);
      expect([isLastingDocumentKey('s/0'), isLastingDocumentKey('s#passport')]).to.deep.equal([false, true]);
    });

    it('is not started, in progress once a document is ticked, done once the step is', () => {
      expect(stepStatus(withDocs, ticks())).to.equal('not-started');
      expect(stepStatus(withDocs, ticks([], [documentKey(withDocs, 0)]))).to.equal('in-progress');
      expect(stepStatus(withDocs, ticks(['d'], []))).to.equal('done');
    });

    it('counts an "or" group once, and optional steps not at all', () => {
      const groups = groupSteps([
        step('a'),
        step('b'),
        step('c', { join: 'and' }),
        step('d'),
        step('e', { join: 'or' }),
        step('opt', { optional: true }),
      ]);
      expect(checklistProgress(groups, ticks())).to.deep.equal({ done: 0, total: 4 });
      expect(checklistProgress(groups, ticks(['a', 'c', 'e', 'opt']))).to.deep.equal({ done: 3, total: 4 });
    });

    it('counts a choice with an optional alternative in neither the progress nor the costs', () => {
      const groups = groupSteps([
        step('a', { cost: { amount: 5, currency: 'EUR' } }),
        step('paid', { cost: { amount: 50, currency: 'EUR' } }),
        step('skip', { join: 'or', optional: true }),
      ]);
      expect(checklistProgress(groups, ticks())).to.deep.equal({ done: 0, total: 1 });
      expect(checklistProgress(groups, ticks(['paid']))).to.deep.equal({ done: 0, total: 1 });
      expect(requiredCostTotals(groups, ticks()).totals).to.deep.equal([
        { currency: 'EUR', amount: 5, atLeast: false },
      ]);
      expect(requiredCostTotals(groups, ticks(['paid'])).totals).to.deep.equal([
        { currency: 'EUR', amount: 5, atLeast: false },
      ]);
    });
  });

  describe('requiredCostTotals', () => {
    const xof = (amount: number) => ({ amount, currency: 'XOF' });
    const eur = (amount: number) => ({ amount, currency: 'EUR' });

    it('adds the needed steps’ costs per currency, leaving optional steps out', () => {
      const groups = groupSteps([
        step('a', { cost: xof(1000) }),
        step('b', { cost: eur(60) }),
        step('c', { cost: xof(500) }),
        step('d', { cost: eur(35), optional: true }),
      ]);
      expect(requiredCostTotals(groups, ticks())).to.deep.equal({
        totals: [
          { currency: 'XOF', amount: 1500, atLeast: false },
          { currency: 'EUR', amount: 60, atLeast: false },
        ],
        choices: [],
      });
    });

    it('counts the cheapest alternative as a minimum until one is ticked, then that one', () => {
      const groups = groupSteps([step('online', { cost: eur(60) }), step('visit', { join: 'or', cost: eur(80) })]);
      expect(requiredCostTotals(groups, ticks()).totals).to.deep.equal([
        { currency: 'EUR', amount: 60, atLeast: true },
      ]);
      expect(requiredCostTotals(groups, ticks(['visit']))).to.deep.equal({
        totals: [{ currency: 'EUR', amount: 80, atLeast: false }],
        choices: [],
      });
    });

    it('lists a choice between a free alternative and a paid one on its own, until one is ticked', () => {
      const groups = groupSteps([
        step('a', { cost: xof(1000) }),
        step('paid', { cost: eur(10) }),
        step('free', { join: 'or' }),
      ]);
      expect(requiredCostTotals(groups, ticks())).to.deep.equal({
        totals: [{ currency: 'XOF', amount: 1000, atLeast: false }],
        choices: [[eur(10), undefined]],
      });
      expect(requiredCostTotals(groups, ticks(['free']))).to.deep.equal({
        totals: [{ currency: 'XOF', amount: 1000, atLeast: false }],
        choices: [],
      });
    });

    it('keeps alternatives in different currencies when they are the only costs', () => {
      const groups = groupSteps([step('online', { cost: eur(60) }), step('visit', { join: 'or', cost: xof(40000) })]);
      expect(requiredCostTotals(groups, ticks())).to.deep.equal({ totals: [], choices: [[eur(60), xof(40000)]] });
      expect(requiredCostTotals(groups, ticks(['visit']))).to.deep.equal({
        totals: [{ currency: 'XOF', amount: 40000, atLeast: false }],
        choices: [],
      });
    });

    it('has nothing to choose between free alternatives', () => {
      const groups = groupSteps([step('x'), step('y', { join: 'or' })]);
      expect(requiredCostTotals(groups, ticks())).to.deep.equal({ totals: [], choices: [] });
    });

    it('is exact when alternatives cost the same', () => {
      const groups = groupSteps([step('x', { cost: xof(5) }), step('y', { join: 'or', cost: xof(5) })]);
      expect(requiredCostTotals(groups, ticks()).totals).to.deep.equal([
        { currency: 'XOF', amount: 5, atLeast: false },
      ]);
    });
  });

  describe('demo checklists', () => {
    const { dataset, warnings } = validateDataset(demoDataset);

    it('load without a single warning, with places that are demo centres', () => {
      expect(warnings).to.deep.equal([]);
      const centreIds = new Set(dataset.centres.map((c) => c.id));
      const places = dataset.checklists.flatMap((c) => c.steps.flatMap((s) => s.where?.centres ?? []));
      expect(places.length).to.be.greaterThan(0);
      for (const id of places) expect(centreIds.has(id), id).to.equal(true);
    });

    /** Every text of a checklist, with its path: titles, prompts, options, steps, documents, costs, places, tasks. */
    function* texts(value: unknown, path: string): Generator<[string, unknown]> {
      if (Array.isArray(value)) {
        for (const [i, item] of value.entries()) yield* texts(item, `${path}[${i}]`);
        return;
      }
      if (value === null || typeof value !== 'object') return;
      for (const [key, field] of Object.entries(value)) {
        const at = `${path}.${key}`;
        if (['title', 'summary', 'prompt', 'label', 'description', 'name', 'note'].includes(key)) yield [at, field];
        else if (key === 'tasks') for (const [i, task] of (field as unknown[]).entries()) yield [`${at}[${i}]`, task];
        else yield* texts(field, at);
      }
    }

    it('have every text in the four languages, and say they are demos', () => {
      const walked = new Set<string>();
      for (const [i, c] of dataset.checklists.entries()) {
        expect((c.title as Record<string, string>).en).to.match(/^Demo procedure/);
        for (const [path, text] of texts(c, `checklists[${i}]`)) {
          walked.add(/\.(\w+)(\[\d+\])?$/.exec(path)![1]!);
          expect(text, path).to.be.an('object');
          expect(Object.keys(text as object), path).to.have.members(['en', 'fr', 'es', 'ar']);
          for (const [lang, words] of Object.entries(text as object))
            expect(words, `${path}.${lang}`).to.be.a('string').and.not.equal('');
        }
      }
      // Every kind of text was walked, not only the titles.
      expect([...walked]).to.have.members([
        'title',
        'summary',
        'prompt',
        'label',
        'description',
        'name',
        'note',
        'tasks',
      ]);
    });

    it('say on every cost that its amount is not a real fee', () => {
      const costs = dataset.checklists.flatMap((c) => c.steps.flatMap((s) => (s.cost ? [s.cost] : [])));
      expect(costs.length).to.be.greaterThan(0);
      for (const cost of costs) {
        const note = cost.note as Record<string, string>;
        expect(note.en).to.contain('Demo amount, not the real fee');
        expect(note.fr).to.contain('Montant de démonstration');
        expect(note.es).to.contain('Importe de demostración');
        expect(note.ar).to.contain('مبلغ تجريبي');
      }
    });

    it('change the work permit’s steps with the screening answer', () => {
      const permit = dataset.checklists.find((c) => c.id === 'demo-seasonal-work-permit')!;
      const yes = ids(applicableSteps(permit, { 'job-offer': 'yes' }));
      const no = ids(applicableSteps(permit, { 'job-offer': 'no' }));
      expect(yes).to.include('check-offer').and.not.include('find-employer');
      expect(no).to.include('find-employer').and.not.include('check-offer');
    });
  });
});
