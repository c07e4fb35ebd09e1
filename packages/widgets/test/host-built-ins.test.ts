import { expect, html } from '@open-wc/testing';
import { createClient, parseQuiz, type DataWarning } from '@mrc-kit/sdk';
import '../src/risk-quiz/mrc-risk-quiz.js';
import { storedJson } from '../src/base/stored-json.js';
import { readProgress, writeProgress } from '../src/procedure-checklist/progress-storage.js';
import { freshProgress, loadProgress, saveProgress } from '../src/risk-quiz/quiz-progress.js';
import { quizDataset } from './quiz-data.js';
import { answer, heading, next, part, quizEl, root } from './risk-quiz-fixtures.js';

// The elements beside what a host page's old scripts change in the built-ins: Prototype.js 1.6's
// Array.prototype.toJSON, a replaced JSON.stringify, and data ids named like Object.prototype's members.

/** Runs `body` with the built-ins changed as old host scripts change them, and puts them back after. */
async function withOldHostScripts(body: () => unknown): Promise<void> {
  const stringify = JSON.stringify;
  const arrays = Array.prototype as unknown as { toJSON?: () => string };
  arrays.toJSON = function toJSON(this: unknown[]) {
    return `[${this.map((item) => String(item)).join(', ')}]`;
  };
  JSON.stringify = ((value: unknown, _replacer?: unknown, space?: string | number) =>
    stringify(
      value,
      (_key, item: unknown) => (Array.isArray(item) ? item.join('|') : item),
      space,
    )) as typeof stringify;
  try {
    await body();
  } finally {
    delete arrays.toJSON;
    JSON.stringify = stringify;
  }
}

const SAMPLES: unknown[] = [
  { answers: { 'has-passport': 'yes', constructor: 'no' }, steps: ['a', 'b'], documents: [] },
  {
    version: 1,
    index: 2,
    finished: false,
    nested: [
      [1, 2.5, -0, 1e21],
      [true, null],
    ],
    skip: undefined,
  },
  ['quote " backslash \\ newline \n tab \t bell \u0007 nul \u0000', 'العربية', '✓'],
  [undefined, () => 1, Number.NaN, Infinity],
  'plain',
  0,
];

describe('beside a host page’s old scripts', () => {
  beforeEach(() => {
    localStorage.clear();
    sessionStorage.clear();
  });

  describe('stored progress', () => {
    it('is written as the browser’s own JSON.stringify writes it', () => {
      for (const sample of SAMPLES) expect(storedJson(sample)).to.equal(JSON.stringify(sample));
    });

    it('is written the same with Array.prototype.toJSON and a replaced JSON.stringify', async () => {
      const plain = SAMPLES.map((sample) => storedJson(sample));
      await withOldHostScripts(() => {
        expect(JSON.stringify({ a: ['x'] }), 'the host scripts are in force').to.not.equal('{"a":["x"]}');
        expect(SAMPLES.map((sample) => storedJson(sample))).to.deep.equal(plain);
      });
    });

    it('keeps a checklist’s ticks across a reload', async () => {
      const progress = { answers: { 'has-passport': 'yes' }, steps: ['apply', 'pay'], documents: ['apply/0'] };
      await withOldHostScripts(() => {
        expect(writeProgress('permit', '2026-01-01', progress)).to.equal(true);
        expect(readProgress('permit', '2026-01-01').current).to.deep.equal(progress);
      });
    });

    it('keeps a quiz’s answers across a reload', async () => {
      const warnings: DataWarning[] = [];
      const quiz = parseQuiz(quizDataset.quizzes[0], ['quizzes', 0], warnings)!;
      const progress = { ...freshProgress(quiz), answers: { 'q-single': ['embassy'] }, checked: ['q-single'] };
      await withOldHostScripts(() => {
        saveProgress(quiz.id, progress);
        expect(loadProgress(quiz)).to.deep.equal({ progress, stale: false });
      });
    });
  });

  describe('a quiz whose question ids are names of Object.prototype members', () => {
    const ids = ['toString', 'constructor', 'valueOf', 'hasOwnProperty'];
    const named = {
      ...quizDataset,
      quizzes: [
        {
          ...quizDataset.quizzes[0],
          id: 'named',
          questions: ids.map((id, i) => ({
            ...quizDataset.quizzes[0]!.questions[0]!,
            id,
            prompt: `Question ${i + 1}`,
          })),
        },
      ],
    };

    it('is asked, scored and kept for the tab', async () => {
      const client = createClient({ data: named });
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="named" resume .client=${client}></mrc-risk-quiz>`);
      expect(root(el).textContent).to.not.contain('could not be loaded');
      el.shadowRoot!.querySelector<HTMLElement>('[part~="start"]')!.click();
      await el.updateComplete;
      for (let i = 0; i < ids.length; i++) {
        expect(heading(el)).to.equal(`Question ${i + 1} of ${ids.length}`);
        await answer(el, i % 2 === 0 ? 'embassy' : 'agent');
        await next(el);
      }
      expect(part(el, 'score')!.textContent).to.match(/2\D+4/);
      const kept = loadProgress((await client.quizzes.get('named'))!);
      expect(kept.progress?.finished).to.equal(true);
    });
  });
});
