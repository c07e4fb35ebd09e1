import { expect, html } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/risk-quiz/mrc-risk-quiz.js';
import { quizDataset } from './quiz-data.js';
import {
  quizEl,
  root,
  part,
  textOf,
  heading,
  click,
  answer,
  next,
  client,
  useFreshClient,
} from './risk-quiz-fixtures.js';

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('resume', () => {
    it('keeps progress in sessionStorage across a reload when asked', async () => {
      const first = await quizEl(
        html`<mrc-risk-quiz lang="en" quiz="scored" resume .client=${client}></mrc-risk-quiz>`,
      );
      await click(first, '[part~="start"]');
      await answer(first, 'embassy');
      await next(first);
      await click(first, 'input[value="fee"]');
      first.remove();

      // A new page: a new client over the same data, a new element.
      const again = createClient({ data: quizDataset });
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" resume .client=${again}></mrc-risk-quiz>`);
      expect(heading(el)).to.equal('Question 2 of 3');
      expect(root(el).querySelector<HTMLInputElement>('input[value="fee"]')!.checked).to.equal(true);
      await click(el, '[part~="back"]');
      expect(part(el, 'feedback')!.textContent).to.contain('Right!');
    });

    it('keeps the results across a reload, and starts afresh on retry', async () => {
      const first = await quizEl(html`<mrc-risk-quiz lang="en" quiz="myths" resume .client=${client}></mrc-risk-quiz>`);
      await click(first, '[part~="start"]');
      for (const id of ['false', 'true']) {
        await answer(first, id);
        await next(first);
      }
      first.remove();
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="myths" resume .client=${client}></mrc-risk-quiz>`);
      expect(heading(el)).to.equal('Your results');
      await click(el, '[part~="retry-quiz"]');
      expect(heading(el)).to.equal('Question 1 of 2');
      expect(JSON.parse(sessionStorage.getItem('mrc-kit:quiz:myths')!)).to.deep.include({ index: 0, finished: false });
    });

    for (const [what, kept] of [
      [
        'names questions the quiz no longer has',
        JSON.stringify({
          version: 1,
          attempt: { questionIds: ['gone'], optionOrder: { gone: [] } },
          index: 0,
          answers: {},
          checked: [],
          finished: false,
        }),
      ],
      ['is damaged', '{"version":1,"attempt":'],
    ] as const) {
      it(`starts again, and says so, when the kept progress ${what}`, async () => {
        sessionStorage.setItem('mrc-kit:quiz:scored', kept);
        const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" resume .client=${client}></mrc-risk-quiz>`);
        expect(textOf(el, 'notice')).to.equal('This quiz has changed since your last visit, so it starts again.');
        expect(part(el, 'start')).to.not.equal(null);
        expect(sessionStorage.getItem('mrc-kit:quiz:scored')).to.equal(null);
      });
    }

    it('keeps the quiz loaded and its progress when resume is turned on or off', async () => {
      let reads = 0;
      const counted: MrcClient = {
        ...client,
        quizzes: { ...client.quizzes, get: (id) => (reads++, client.quizzes.get(id)) },
      };
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${counted}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await answer(el, 'embassy');
      await next(el);
      expect(sessionStorage.length).to.equal(0);
      el.resume = true;
      await el.updateComplete;
      expect(heading(el), 'the quiz did not start again').to.equal('Question 2 of 3');
      expect(JSON.parse(sessionStorage.getItem('mrc-kit:quiz:scored')!)).to.deep.include({ index: 1 });
      el.resume = false;
      await el.updateComplete;
      expect(heading(el)).to.equal('Question 2 of 3');
      expect(sessionStorage.getItem('mrc-kit:quiz:scored'), 'nothing kept once resume is off').to.equal(null);
      expect(reads, 'the quiz was read once').to.equal(1);
    });

    it('keeps nothing without resume', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await answer(el, 'embassy');
      expect(sessionStorage.length).to.equal(0);
    });
  });
});
