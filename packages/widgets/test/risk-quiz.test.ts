import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
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

const live = (el: MrcRiskQuiz) => root(el).querySelector('[role="status"][aria-live]')!.textContent!.trim();
const focused = (el: MrcRiskQuiz) => root(el).activeElement as HTMLElement | null;

/** Presses Tab until `match` holds for the focused element of the quiz, or fails after a few. */
async function tabTo(el: MrcRiskQuiz, match: (focus: HTMLElement) => boolean, what: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    const f = focused(el);
    if (f && match(f)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab did not reach ${what}`);
}

const isPart = (name: string) => (f: HTMLElement) => f.matches(`[part~="${name}"]`);
const isOption = (id: string) => (f: HTMLElement) => f.matches(`input[value="${id}"]`);

/** By keyboard: Tab to "Check my answer" and press Enter; focus then lands on the feedback. */
async function checkByKeyboard(el: MrcRiskQuiz): Promise<void> {
  await tabTo(el, isPart('next'), 'the check button');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => focused(el)?.id === 'feedback', 'focus did not move to the feedback');
}

/** By keyboard, from the feedback: Tab on to "Next question" (or "See my results") and press Enter. */
async function goOnByKeyboard(el: MrcRiskQuiz, headingThen: string): Promise<void> {
  await tabTo(el, isPart('next'), 'the button that goes on');
  await sendKeys({ press: 'Enter' });
  await waitUntil(() => heading(el) === headingThen && focused(el)?.id === 'screen-heading');
}

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('flow', () => {
    it('shows the intro: title, introduction, number of questions and a start button', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      expect(textOf(el, 'title')).to.equal('Test risk quiz');
      expect(textOf(el, 'intro')).to.equal('Three questions to test the quiz.');
      expect(root(el).textContent).to.contain('Questions: 3');
      expect(root(el).textContent).to.contain('Your answers stay on this device.');
      expect(textOf(el, 'start')).to.equal('Start the quiz');
    });

    it('shows the dataset’s first quiz when no quiz is named', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" .client=${client}></mrc-risk-quiz>`);
      expect(textOf(el, 'title')).to.equal('Test risk quiz');
    });

    it('runs a scored quiz by keyboard alone, with focus on each new heading and feedback announced', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await tabTo(el, isPart('start'), 'the start button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'screen-heading', 'focus did not move to the question');
      expect(heading(el)).to.equal('Question 1 of 3');
      expect(part(el, 'fieldset')!.tagName).to.equal('FIELDSET');
      expect(textOf(el, 'prompt')).to.equal('Who can issue a visa?');
      expect(part(el, 'prompt')!.tagName).to.equal('LEGEND');

      // Single choice: arrow keys move through the radio group.
      await tabTo(el, isOption('agent'), 'the first option');
      await sendKeys({ press: 'ArrowDown' });
      expect(root(el).querySelector<HTMLInputElement>('input[value="embassy"]')!.checked).to.equal(true);
      await checkByKeyboard(el);
      expect(live(el), 'a right answer is not repeated').to.equal('Right!');
      expect(textOf(el, 'explanation')).to.contain('Only the authorities issue visas.');
      expect(part(el, 'source')!.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/visas');
      expect(textOf(el, 'next')).to.equal('Next question');
      await goOnByKeyboard(el, 'Question 2 of 3');

      // Multiple choice, answered in part: Space ticks a box.
      await tabTo(el, isOption('fee'), 'the first box');
      await sendKeys({ press: ' ' });
      await checkByKeyboard(el);
      expect(live(el)).to.equal('Partly right. The right answer: A fee to get the job; Your passport is kept');
      await goOnByKeyboard(el, 'Question 3 of 3');

      // True or false.
      await tabTo(el, isOption('true'), 'the "True" option');
      await sendKeys({ press: 'ArrowDown' });
      await checkByKeyboard(el);
      expect(textOf(el, 'next')).to.equal('See my results');
      await goOnByKeyboard(el, 'Your results');
      expect(textOf(el, 'score')).to.equal('You got 2 out of 3 right, and 1 partly right.');
      expect(textOf(el, 'band')).to.equal('Nearly there.');

      await tabTo(el, isPart('retry-quiz'), 'the retry button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => heading(el) === 'Question 1 of 3' && focused(el)?.id === 'screen-heading');
    });

    it('runs a myth-or-fact quiz by keyboard alone and ends with the myths and the facts, without a score', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="myths" .client=${client}></mrc-risk-quiz>`);
      await tabTo(el, isPart('start'), 'the start button');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => focused(el)?.id === 'screen-heading');
      expect(textOf(el, 'hint')).to.equal('Is this a myth or a fact?');
      const labels = [...root(el).querySelectorAll('.choice')].map((l) => l.textContent!.trim());
      expect(labels).to.deep.equal(['Fact', 'Myth']);
      await tabTo(el, isOption('true'), 'the "Fact" option');
      await sendKeys({ press: 'ArrowDown' });
      await checkByKeyboard(el);
      expect(live(el)).to.equal('Right! It is a myth.');
      await goOnByKeyboard(el, 'Question 2 of 2');
      expect(part(el, 'back'), 'this quiz does not allow going back').to.equal(null);
      await tabTo(el, isOption('true'), 'the "Fact" option');
      await sendKeys({ press: ' ' });
      await checkByKeyboard(el);
      expect(live(el)).to.equal('Right! It is a fact.');
      await goOnByKeyboard(el, 'Your results');
      expect(part(el, 'score')).to.equal(null);
      const [myths, facts] = [...root(el).querySelectorAll('[part~="statements"]')].map((l) =>
        [...l.querySelectorAll('li')].map((li) => li.textContent!.trim()),
      );
      expect(myths).to.deep.equal(['A smuggler can get you a visa.']);
      expect(facts).to.deep.equal(['Debts for the journey are used to force people to work.']);
    });

    it('moves focus to the feedback, named by its verdict, when Enter on an option checks the answer', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await tabTo(el, isOption('agent'), 'the first option');
      await sendKeys({ press: ' ' });
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => part(el, 'feedback'), 'Enter on an option did not check the answer');
      await waitUntil(() => focused(el)?.id === 'feedback', 'focus was lost when the options were disabled');
      const feedback = part(el, 'feedback')!;
      const label = root(el).getElementById(feedback.getAttribute('aria-labelledby')!)!;
      expect(feedback.getAttribute('role')).to.equal('group');
      expect(label.textContent!.trim()).to.equal('Not right.');
      expect(live(el)).to.equal('Not right. The right answer: The embassy');
      await sendKeys({ press: 'Tab' });
      expect(focused(el), 'the source link comes first').to.equal(part(el, 'source')!.querySelector('a'));
      await sendKeys({ press: 'Tab' });
      expect(textOf(el, 'next')).to.equal('Next question');
      expect(isPart('next')(focused(el)!), 'then "Next question"').to.equal(true);
    });

    it('opens sources and help links in a new tab, saying so, so the quiz in progress is not lost', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await answer(el, 'embassy');
      const links = () => [...root(el).querySelectorAll<HTMLAnchorElement>('[part~="source"] a, a[href^="http"]')];
      const checkLinks = () => {
        expect(links().length).to.be.above(0);
        for (const a of links()) {
          expect(a.target, a.href).to.equal('_blank');
          expect(a.rel, a.href).to.equal('noopener noreferrer');
          expect(a.querySelector('.visually-hidden')!.textContent!.trim()).to.equal('(opens in a new tab)');
        }
      };
      checkLinks();
      for (const ids of [['fee'], ['false']]) {
        await next(el);
        await answer(el, ...ids);
      }
      await next(el);
      expect(heading(el)).to.equal('Your results');
      expect(links().map((a) => a.getAttribute('href'))).to.include.members([
        'https://example.org/visas',
        'https://example.org/help',
      ]);
      checkLinks();
    });

    it('asks for an answer before checking, in words and in the live region', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await click(el, '[part~="next"]');
      expect(textOf(el, 'error')).to.equal('Choose an answer first.');
      expect(live(el)).to.equal('Choose an answer first.');
      expect(part(el, 'fieldset')!.getAttribute('aria-describedby')).to.equal('hint missing');
      expect(part(el, 'feedback')).to.equal(null);
      await click(el, 'input[value="embassy"]');
      expect(part(el, 'error')).to.equal(null);
    });

    it('marks every option after checking, in words and with a mark, never by colour alone', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await answer(el, 'agent');
      const options = [...root(el).querySelectorAll('[part~="option"]')].map((o) => ({
        words: o.querySelector('.verdict')?.textContent!.trim(),
        mark: o.querySelector('.verdict svg') !== null,
        feedback: o.querySelector('[part~="option-feedback"]')?.textContent!.trim(),
        disabled: o.querySelector('input')!.disabled,
      }));
      expect(options).to.deep.equal([
        { words: 'Your answer: wrong', mark: true, feedback: 'No, agents cannot.', disabled: true },
        { words: 'Right answer', mark: true, feedback: 'Yes, the authorities do.', disabled: true },
        { words: undefined, mark: false, feedback: undefined, disabled: true },
      ]);
      expect(live(el)).to.equal('Not right. The right answer: The embassy');
    });

    it('goes back to a checked question, which keeps its answer and feedback', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      await answer(el, 'embassy');
      await next(el);
      await click(el, '[part~="back"]');
      await waitUntil(() => focused(el)?.id === 'screen-heading');
      expect(heading(el)).to.equal('Question 1 of 3');
      expect(root(el).querySelector<HTMLInputElement>('input[value="embassy"]')!.checked).to.equal(true);
      expect(part(el, 'feedback')).to.not.equal(null);
    });
  });
});
