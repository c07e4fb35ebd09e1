import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { MrcClient } from '@mrc-kit/sdk';
import '@mrc-kit/widgets/mrc-risk-quiz.js';
import '@mrc-kit/widgets/mrc-hotline-card.js';
import { demo, loadingForever, failingToLoad, keptCopy } from './demo-clients.js';
import { langControl } from './interface-languages.js';

// Every story reads the SDK's demo dataset: a demonstration quiz whose explanations cite real
// public pages of IOM, UNHCR, ILO and UNODC, and fictional helplines.

interface Args {
  quiz: string;
  lang: string;
  resume: boolean;
  client: MrcClient;
  /** Show a helpline card next to the quiz, as a host page might. */
  withHotlineCard: boolean;
}

const meta: Meta<Args> = {
  title: 'Elements/Risk quiz',
  component: 'mrc-risk-quiz',
  args: { quiz: 'demo-know-the-risks', lang: 'en', resume: false, client: demo, withHotlineCard: false },
  argTypes: {
    quiz: { control: 'inline-radio', options: ['demo-know-the-risks', 'demo-myth-or-fact'] },
    lang: langControl,
    client: { table: { disable: true } },
  },
  render: (args) =>
    html`<div style="display: grid; gap: 2rem; max-inline-size: 40rem">
      <mrc-risk-quiz lang=${args.lang} quiz=${args.quiz} ?resume=${args.resume} .client=${args.client}></mrc-risk-quiz>
      ${
        args.withHotlineCard
          ? html`<mrc-hotline-card
              lang=${args.lang}
              hotline="demo-anti-trafficking"
              variant="compact"
              .client=${args.client}
            ></mrc-hotline-card>`
          : nothing
      }
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Waits for what `find` looks for in the quiz's shadow root. */
async function inQuiz<T extends Element>(canvas: HTMLElement, find: (root: ShadowRoot) => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const root = canvas.querySelector('mrc-risk-quiz')?.shadowRoot;
    const found = root ? find(root) : null;
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The quiz did not show what the story needs.');
}

const press = async (canvas: HTMLElement, part: string) =>
  (await inQuiz(canvas, (r) => r.querySelector<HTMLElement>(`[part~="${part}"]`))).click();

/** Chooses the options at these places in the list (0 is the first), then checks the answer. */
async function answer(canvas: HTMLElement, ...places: number[]): Promise<void> {
  for (const place of places) {
    (
      await inQuiz(canvas, (r) => r.querySelectorAll<HTMLInputElement>('[part~="option"] input')[place] ?? null)
    ).click();
  }
  await press(canvas, 'next');
}

/** Answers every question with the options at `places` (the same for each), going on after each. */
async function answerAll(canvas: HTMLElement, places: number[]): Promise<void> {
  await press(canvas, 'start');
  for (;;) {
    await answer(canvas, ...places);
    await press(canvas, 'next');
    // The results, or the next question (not yet checked).
    const shown = await inQuiz(
      canvas,
      (r) =>
        r.querySelector('[part~="review"]') ?? (r.querySelector('[part~="feedback"]') ? null : r.querySelector('form')),
    );
    if (shown.matches('[part~="review"]')) return;
  }
}

/** The start: the quiz's title and introduction, how many questions, and that answers stay on the device. */
export const Intro: Story = {};

/** One question at a time, with its progress; the fieldset's legend is the question. */
export const Question: Story = { play: async ({ canvasElement }) => press(canvasElement, 'start') };

/** After checking: each option marked in words and icons, its feedback, the explanation and its source. */
export const Feedback: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start');
    await answer(canvasElement, 0);
  },
};

/** A multiple-choice question answered in part: partial credit. */
export const PartlyRight: Story = {
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start');
    for (const place of [1, 1, 1]) {
      await answer(canvasElement, place);
      await press(canvasElement, 'next');
    }
    await answer(canvasElement, 0);
  },
};

/** The end: the score and its band's message, a review of every answer, a retry, and where to get help. */
export const Results: Story = { play: async ({ canvasElement }) => answerAll(canvasElement, [1]) };

/** With a helpline card on the page, the end links to it instead of showing the quiz's own helplines. */
export const ResultsWithHotlineOnPage: Story = {
  args: { withHotlineCard: true },
  play: async ({ canvasElement }) => answerAll(canvasElement, [0]),
};

/** Myth-or-fact mode: each statement judged a myth or a fact, then revealed; nothing is scored. */
export const MythOrFact: Story = {
  args: { quiz: 'demo-myth-or-fact' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start');
    await answer(canvasElement, 0);
  },
};

/** Myth-or-fact results: the list of myths and the list of facts, and the review. */
export const MythOrFactResults: Story = {
  args: { quiz: 'demo-myth-or-fact' },
  play: async ({ canvasElement }) => answerAll(canvasElement, [1]),
};

export const Arabic: Story = {
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    await press(canvasElement, 'start');
    await answer(canvasElement, 1);
  },
};
export const French: Story = { args: { lang: 'fr' } };
export const Spanish: Story = { args: { lang: 'es', quiz: 'demo-myth-or-fact' } };

/** Progress kept in this tab's sessionStorage: reload the story and the quiz goes on where it was. */
export const Resume: Story = { args: { resume: true } };

/** While the data loads. */
export const Loading: Story = { args: { client: loadingForever } };

/** The data could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  args: { client: failingToLoad() },
};

/** Offline: the copy kept on the device is shown, with its date. */
export const Offline: Story = { args: { client: keptCopy() } };

/** The quiz named is not in the data. */
export const NotFound: Story = { args: { quiz: 'no-such-quiz' } };
