import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import type { MrcDataWarningEvent, MrcErrorEvent } from '../src/base/events.js';
import type { MrcQuizAnswerEvent, MrcQuizCompleteEvent } from '../src/risk-quiz/quiz-events.js';
import { hostileQuiz, malformedQuiz, quizDataset, thirdsQuiz } from './quiz-data.js';

const EVENTS = ['mrc-quiz-start', 'mrc-quiz-answer', 'mrc-quiz-complete'] as const;

async function quizEl(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('[part~="screen"], .empty, .error'),
): Promise<MrcRiskQuiz> {
  const el = await fixture<MrcRiskQuiz>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the quiz did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const root = (el: MrcRiskQuiz) => el.shadowRoot!;
const part = (el: MrcRiskQuiz, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const textOf = (el: MrcRiskQuiz, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const live = (el: MrcRiskQuiz) => root(el).querySelector('[role="status"][aria-live]')!.textContent!.trim();
const focused = (el: MrcRiskQuiz) => root(el).activeElement as HTMLElement | null;
const heading = (el: MrcRiskQuiz) => textOf(el, 'heading');

async function click(el: MrcRiskQuiz, selector: string): Promise<void> {
  const target = root(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

/** Chooses options by id (clicking them, as a pointer would), then checks the answer. */
async function answer(el: MrcRiskQuiz, ...ids: string[]): Promise<void> {
  for (const id of ids) await click(el, `input[value="${id}"]`);
  await click(el, '[part~="next"]');
}

/** Goes on from a checked answer: the next question, or the results. */
const next = (el: MrcRiskQuiz) => click(el, '[part~="next"]');

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

/** Records every quiz event the element sends, in order. */
function record(el: MrcRiskQuiz): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of EVENTS) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

/** A random source that returns these numbers in turn, again and again. */
function sequence(...values: number[]): () => number {
  let i = 0;
  return () => values[i++ % values.length]!;
}

describe('<mrc-risk-quiz>', () => {
  let client: MrcClient;
  beforeEach(() => {
    client = createClient({ data: quizDataset });
    sessionStorage.clear();
  });

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

  describe('events', () => {
    it('carry ids and scores only, never the answers', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      const seen = record(el);
      const bubbled: string[] = [];
      const onDocument = (e: Event) => bubbled.push(e.type);
      for (const type of EVENTS) document.addEventListener(type, onDocument);
      try {
        await click(el, '[part~="start"]');
        for (const ids of [['agent'], ['fee', 'passport'], ['false']]) {
          await answer(el, ...ids);
          await next(el);
        }
      } finally {
        for (const type of EVENTS) document.removeEventListener(type, onDocument);
      }
      expect(seen).to.deep.equal([
        { type: 'mrc-quiz-start', detail: { quizId: 'scored' } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-single', correct: false } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-multi', correct: true } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-tf', correct: true } },
        { type: 'mrc-quiz-complete', detail: { quizId: 'scored', score: 2, max: 3, bandId: 'mid', bandIndex: 1 } },
      ]);
      expect(bubbled, 'every event reaches the document').to.have.length(5);
      const answerEvent = seen[1]!.detail as MrcQuizAnswerEvent['detail'];
      expect(Object.keys(answerEvent).sort()).to.deep.equal(['correct', 'questionId', 'quizId']);
    });
  });

  describe('resources', () => {
    async function toEnd(el: MrcRiskQuiz): Promise<void> {
      await click(el, '[part~="start"]');
      for (const ids of [['embassy'], ['fee'], ['false']]) {
        await answer(el, ...ids);
        await next(el);
      }
    }

    it('shows the quiz’s hotlines, the services to ask for and its links when the page has neither', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      await toEnd(el);
      const resources = part(el, 'resources')!;
      expect(resources.textContent).to.contain('Where to get help');
      expect([...part(el, 'services')!.querySelectorAll('li')].map((li) => li.textContent!.trim())).to.deep.equal([
        'Risks of irregular migration',
      ]);
      const links = [...resources.querySelectorAll('a[part~="resource-link"]')].map((a) => a.getAttribute('href'));
      expect(links).to.deep.equal(['https://example.org/help']);
      const card = part(el, 'hotlines')!;
      expect(card.tagName).to.equal('MRC-HOTLINE-CARD');
      await waitUntil(() => card.shadowRoot?.textContent?.includes('Test Help Line'), 'the hotline did not show');
      expect(card.shadowRoot!.querySelector('a[href="tel:+442079460001"]')).to.not.equal(null);
    });

    it('links to the helplines and the finder on the page, presetting the finder’s services', async () => {
      const page = await fixture<HTMLElement>(
        html`<div>
          <mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>
          <div id="lines">
            <mrc-hotline-card id="page-lines" .client=${client} hotline="help-line"></mrc-hotline-card>
          </div>
          <mrc-centre-finder></mrc-centre-finder>
        </div>`,
      );
      const el = page.querySelector('mrc-risk-quiz')!;
      await waitUntil(() => part(el, 'start'));
      await toEnd(el);
      const links = [...root(el).querySelectorAll<HTMLAnchorElement>('a[part~="resource-link"]')];
      expect(links.map((a) => a.textContent!.trim())).to.deep.equal([
        'Contact a helpline on this page',
        'Find a centre that can help with this',
        'More help (opens in a new tab)',
      ]);
      expect(links[0]!.getAttribute('href')).to.equal('#page-lines');
      expect(part(el, 'hotlines'), 'no second copy of the helplines').to.equal(null);
      const finder = page.querySelector<HTMLElement>('mrc-centre-finder')!;
      expect(finder.id, 'showing the link changes nothing on the host page').to.equal('');
      expect(finder.hasAttribute('tabindex')).to.equal(false);
      links[1]!.click();
      expect(finder.id).to.match(/^mrc-help-\d+$/);
      expect(links[1]!.getAttribute('href')).to.equal(`#${finder.id}`);
      expect(finder.getAttribute('services')).to.equal('risk-awareness');
      expect(document.activeElement).to.equal(finder);
    });
  });

  describe('states and bad data', () => {
    it('says when the quiz is not found, with the fallback content', async () => {
      const el = await quizEl(
        html`<mrc-risk-quiz lang="en" quiz="nope" .client=${client}
          ><a href="https://example.org/">Quiz</a></mrc-risk-quiz
        >`,
      );
      expect(textOf(el, 'message')).to.equal('This quiz could not be found.');
      expect(root(el).querySelector('slot')).to.not.equal(null);
    });

    it('shows a loading state while the data loads', async () => {
      const slow: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await quizEl(
        html`<mrc-risk-quiz lang="en" .client=${slow}></mrc-risk-quiz>`,
        (r) => !!r.querySelector('.loading'),
      );
      expect(part(el, 'message')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'message')!.textContent).to.contain('Loading the quiz…');
    });

    it('shows an error and a way to try again when the data cannot be loaded', async () => {
      const broken: MrcClient = { ...client, load: () => Promise.reject(new Error('HTTP 503')) };
      const failed = new Promise<MrcErrorEvent>((resolve) =>
        document.addEventListener('mrc-error', (e) => resolve(e as MrcErrorEvent), { once: true }),
      );
      const el = await fixture<MrcRiskQuiz>(html`<mrc-risk-quiz lang="en" .client=${broken}></mrc-risk-quiz>`);
      expect((await failed).detail.message).to.equal('HTTP 503');
      await waitUntil(() => root(el).querySelector('.error'));
      expect(root(el).querySelector('.error')!.textContent).to.contain('The quiz could not be loaded.');
      expect(part(el, 'retry')).to.not.equal(null);
    });

    it('skips malformed questions with warnings, and runs the ones left', async () => {
      const data = createClient({ data: { ...quizDataset, quizzes: [malformedQuiz] } });
      const warned = new Promise<MrcDataWarningEvent>((resolve) =>
        document.addEventListener('mrc-data-warning', (e) => resolve(e as MrcDataWarningEvent), { once: true }),
      );
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="malformed" .client=${data}></mrc-risk-quiz>`);
      const paths = (await warned).detail.warnings.map((w) => w.path);
      expect(paths).to.include.members([
        '$.quizzes[0].questions[0].options',
        '$.quizzes[0].questions[2].id',
        '$.quizzes[0].questions[3].kind',
        '$.quizzes[0].bands[1].from',
      ]);
      expect(root(el).textContent).to.contain('Questions: 1');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('Question 1 of 1');
      await answer(el, 'embassy');
      await next(el);
      // 100 % falls in the 60–100 band; the gap (41–59 %) only leaves such scores without a message.
      expect(textOf(el, 'band')).to.equal('High');
    });

    it('reports the warnings of a source that validates each quiz it sends (an API)', async () => {
      const [quiz] = (await client.load()).dataset.quizzes;
      const warning = {
        path: 'https://api.example.org/v1/quizzes/scored $.questions[3].options',
        reason: 'no option is marked correct',
        action: 'skipped' as const,
      };
      const api: MrcClient = {
        ...client,
        quizzes: { ...client.quizzes, find: async () => ({ quiz, warnings: [warning] }) },
      };
      const warned = new Promise<MrcDataWarningEvent>((resolve) =>
        document.addEventListener('mrc-data-warning', (e) => resolve(e as MrcDataWarningEvent), { once: true }),
      );
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${api}></mrc-risk-quiz>`);
      expect((await warned).detail).to.deep.equal({ source: client.source, warnings: [warning] });
      expect(textOf(el, 'title')).to.equal('Test risk quiz');
    });

    it('renders texts as text and never lets an unsafe link through', async () => {
      const data = createClient({ data: { ...quizDataset, quizzes: [hostileQuiz] } });
      const el = await quizEl(html`<mrc-risk-quiz lang="en" .client=${data}></mrc-risk-quiz>`);
      expect(textOf(el, 'title')).to.equal('<img src=x onerror="window.__quizPwned=1">');
      await click(el, '[part~="start"]');
      await answer(el, 'a');
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(textOf(el, 'prompt')).to.contain('<b>bold?</b>');
      expect(part(el, 'source')).to.equal(null);
      expect((window as { __quizPwned?: number }).__quizPwned).to.equal(undefined);
    });
  });

  describe('languages and accessibility', () => {
    const screens: [string, (el: MrcRiskQuiz) => Promise<void>][] = [
      ['intro', async () => {}],
      ['question', async (el) => click(el, '[part~="start"]')],
      [
        'feedback',
        async (el) => {
          await click(el, '[part~="start"]');
          await answer(el, 'agent');
        },
      ],
      [
        'end',
        async (el) => {
          await click(el, '[part~="start"]');
          for (const ids of [['embassy'], ['fee'], ['true']]) {
            await answer(el, ...ids);
            await next(el);
          }
          const card = part(el, 'hotlines')!;
          await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the hotline did not show');
        },
      ],
    ];
    for (const lang of ['en', 'ar']) {
      for (const [name, reach] of screens) {
        it(`has no axe violations on the ${name} screen (${lang})`, async () => {
          const el = await quizEl(html`<mrc-risk-quiz lang=${lang} quiz="scored" .client=${client}></mrc-risk-quiz>`);
          await reach(el);
          await expect(el).to.be.accessible();
        });
      }
    }

    it('has no axe violations on the myth-or-fact results', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="myths" .client=${client}></mrc-risk-quiz>`);
      await click(el, '[part~="start"]');
      for (const id of ['true', 'true']) {
        await answer(el, id);
        await next(el);
      }
      await expect(el).to.be.accessible();
    });

    it('runs right to left in Arabic, with Arabic texts and interface strings', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="ar" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('ابدأ الاختبار'),
      );
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      expect(textOf(el, 'title')).to.equal('اختبار المخاطر التجريبي');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('السؤال 1 من 3');
      expect(getComputedStyle(part(el, 'fieldset')!).direction).to.equal('rtl');
    });

    it('writes numbers as the language does, in the progress as in the score (Arabic-Indic digits in ar-EG)', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="ar-EG" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('ابدأ الاختبار'),
      );
      expect(root(el).textContent).to.contain('٣');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('السؤال ١ من ٣');
      for (const ids of [['embassy'], ['fee'], ['false']]) {
        await answer(el, ...ids);
        await next(el);
      }
      expect(textOf(el, 'score')).to.equal('الإجابات الصحيحة: ٢ من ٣، والإجابات الصحيحة جزئيًا: ١.');
      expect(root(el).querySelector('.partial-credit')!.textContent!.trim()).to.equal(
        'عدد الإجابات الصحيحة التي اخترتها: ١ من ٢.',
      );
    });

    it('speaks French and Spanish too', async () => {
      const fr = await quizEl(html`<mrc-risk-quiz lang="fr" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('Commencer le quiz'),
      );
      expect(textOf(fr, 'title')).to.equal('Test risk quiz (fr)');
      fr.remove();
      const es = await quizEl(html`<mrc-risk-quiz lang="es" quiz="scored" .client=${client}></mrc-risk-quiz>`, (r) =>
        r.textContent!.includes('Empezar el cuestionario'),
      );
      expect(textOf(es, 'title')).to.equal('Test risk quiz (es)');
    });

    it('fits 320 px at 200 % text size, with touch targets of at least 44 px, from feedback to the end', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      el.style.inlineSize = '320px';
      el.style.fontSize = '200%';
      const fits = (screenName: string) => {
        const screen = part(el, 'screen')!;
        expect(screen.scrollWidth, `no sideways scrolling on the ${screenName}`).to.be.at.most(screen.clientWidth);
        for (const target of root(el).querySelectorAll('.choice, button, a[part~="resource-link"]')) {
          expect(target.getBoundingClientRect().height, target.textContent!.trim()).to.be.at.least(44);
        }
      };
      await click(el, '[part~="start"]');
      await answer(el, 'agent');
      fits('feedback');
      for (const ids of [['fee', 'contract'], ['true']]) {
        await next(el);
        await answer(el, ...ids);
      }
      await next(el);
      const card = part(el, 'hotlines')!;
      await waitUntil(() => card.shadowRoot?.querySelector('article'), 'the hotline did not show');
      expect(part(el, 'review')).to.not.equal(null);
      expect(part(el, 'resources')).to.not.equal(null);
      fits('end screen, with its review and resources');
      expect(card.scrollWidth, 'the hotline card fits too').to.be.at.most(card.clientWidth);
    });

    it('animates only under prefers-reduced-motion: no-preference', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      // Every animated rule of the element sits inside a no-preference media rule.
      const animated: string[] = [];
      const walk = (rules: CSSRuleList, guarded: boolean) => {
        for (const rule of rules) {
          if (rule instanceof CSSMediaRule)
            walk(rule.cssRules, guarded || /prefers-reduced-motion:\s*no-preference/.test(rule.conditionText));
          else if (rule instanceof CSSStyleRule && rule.style.animationName && rule.style.animationName !== 'none') {
            animated.push(`${rule.selectorText}${guarded ? '' : ' (unguarded)'}`);
          }
        }
      };
      for (const sheet of root(el).adoptedStyleSheets) walk(sheet.cssRules, false);
      expect(animated).to.include('.feedback');
      expect(animated.filter((a) => a.endsWith('(unguarded)'))).to.deep.equal([]);
    });

    it('shows feedback without animation when the reader asks for reduced motion (where the browser can emulate it)', async function () {
      try {
        await emulateMedia({ reducedMotion: 'reduce' });
      } catch {
        // Firefox through WebDriver BiDi cannot emulate media features; the rule check above covers it.
        this.skip();
      }
      try {
        const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
        await click(el, '[part~="start"]');
        await answer(el, 'embassy');
        expect(getComputedStyle(part(el, 'feedback')!).animationName).to.equal('none');
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });
  });
});
