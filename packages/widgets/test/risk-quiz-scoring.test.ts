import { expect, html, oneEvent } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import type { MrcQuizCompleteEvent } from '../src/risk-quiz/quiz-events.js';
import { quizDataset, thirdsQuiz } from './quiz-data.js';
import {
  quizEl,
  root,
  textOf,
  heading,
  click,
  answer,
  next,
  record,
  client,
  useFreshClient,
} from './risk-quiz-fixtures.js';

/** A random source that returns these numbers in turn, again and again. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('scoring', () => {
    async function finish(el: MrcRiskQuiz, answers: string[][]): Promise<MrcQuizCompleteEvent> {
      await click(el, '[part~="start"]');
      const done = oneEvent(el, 'mrc-quiz-complete');
      for (const ids of answers) {
        await answer(el, ...ids);
        await next(el);
      }
      return done;
    }

    it('scores every answer right in full, in the top band', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      const done = await finish(el, [['embassy'], ['fee', 'passport'], ['false']]);
      expect(done.detail).to.deep.equal({ quizId: 'scored', score: 3, max: 3, bandId: 'top', bandIndex: 2 });
      expect(textOf(el, 'score')).to.equal('You got 3 out of 3 right.');
      expect(textOf(el, 'band')).to.equal('All right!');
    });

    it('takes a wrong option back from a multiple choice, and never scores below zero', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      const done = await finish(el, [['smuggler'], ['fee', 'passport', 'contract'], ['true']]);
      expect(done.detail).to.deep.include({ score: 0.5, max: 3, bandId: 'low', bandIndex: 0 });
      expect(textOf(el, 'band')).to.equal('Read the explanations again.');
    });

    it('gives nothing for a multiple choice with as many wrong options as right ones', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      const done = await finish(el, [['embassy'], ['fee', 'contract'], ['false']]);
      expect(done.detail).to.deep.include({ score: 2, bandId: 'mid' });
    });

    it('counts the answers right in full and those partly right, never a total in thirds, and says why each was partly right', async () => {
      const thirds = createClient({ data: { ...quizDataset, quizzes: [thirdsQuiz] } });
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="thirds" .client=${thirds}></mrc-risk-quiz>`);
      const done = await finish(el, [
        ['embassy'],
        ['fee', 'passport'],
        ['centre', 'hotline', 'labour', 'smuggler'],
        ['pay', 'debt', 'locked'],
      ]);
      // The event keeps the points with their partial credit: 1 + 2/3 + 2/3 + 0.
      expect(done.detail).to.deep.equal({ quizId: 'thirds', score: 2.33, max: 4, bandId: 'mid', bandIndex: 1 });
      expect(textOf(el, 'score')).to.equal('You got 1 out of 4 right, and 2 partly right.');
      expect(textOf(el, 'score')).not.to.match(/\d[.,]\d/);
      const items = [...root(el).querySelectorAll('[part~="review-item"]')].map((i) =>
        i.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items[0]).to.contain('Right! Your answer: The embassy');
      expect(items[1]).to.contain('Partly right. You chose 2 of the 3 right answers. Your answer:');
      expect(items[2]).to.contain(
        'Partly right. You chose all 3 right answers. But you also chose a wrong answer, and each wrong answer cancels out a right one. Your answer:',
      );
      expect(items[3]).to.contain(
        'Not right. You chose 1 of the 2 right answers. But you also chose 2 wrong answers, and each wrong answer cancels out a right one. Your answer:',
      );
    });

    it('reviews every question with its right answers, explanation and source', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await finish(el, [['agent'], ['fee'], ['false']]);
      const items = [...root(el).querySelectorAll('[part~="review-item"]')].map((i) =>
        i.textContent!.replace(/\s+/g, ' ').trim(),
      );
      expect(items).to.have.length(3);
      expect(items[0]).to.equal(
        'Who can issue a visa? Not right. Your answer: An agent met online Right answer: The embassy Only the authorities issue visas. Source: Test source (opens in a new tab)',
      );
      expect(items[1]).to.contain(
        'Partly right. You chose 1 of the 2 right answers. Your answer: A fee to get the job Right answers: A fee to get the job; Your passport is kept',
      );
      expect(items[2]).to.contain('Right! Your answer: False Right answer: False');
    });
  });

  describe('retry and pools', () => {
    it('draws a new set of questions on retry when the quiz shuffles', async () => {
      const random = sequence(0.1, 0.8, 0.4, 0.95, 0.3, 0.6, 0.05, 0.7);
      const el = await quizEl(
        html`<mrc-risk-quiz lang="en" quiz="pool" .random=${random} .client=${client}></mrc-risk-quiz>`,
      );
      const seen = record(el);
      expect(root(el).textContent).to.contain('Questions: 4');
      await click(el, '[part~="start"]');
      const prompts: string[][] = [[], []];
      for (const round of [0, 1]) {
        for (let i = 0; i < 4; i++) {
          prompts[round]!.push(textOf(el, 'prompt'));
          await answer(el, 'true');
          await next(el);
        }
        expect(heading(el)).to.equal('Your results');
        if (round === 0) await click(el, '[part~="retry-quiz"]');
      }
      expect(new Set(prompts[0]).size).to.equal(4);
      expect(prompts[1]).to.not.deep.equal(prompts[0]);
      expect(seen.filter((e) => e.type === 'mrc-quiz-start')).to.have.length(2);
      expect(seen.filter((e) => e.type === 'mrc-quiz-complete')).to.have.length(2);
    });
  });
});
