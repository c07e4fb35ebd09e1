// Shared by the tests of <mrc-risk-quiz> (risk-quiz*.test.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import { quizDataset } from './quiz-data.js';

export const EVENTS = ['mrc-quiz-start', 'mrc-quiz-answer', 'mrc-quiz-complete'] as const;

export async function quizEl(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('[part~="screen"], .empty, .error'),
): Promise<MrcRiskQuiz> {
  const el = await fixture<MrcRiskQuiz>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the quiz did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const root = (el: MrcRiskQuiz) => el.shadowRoot!;
export const part = (el: MrcRiskQuiz, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const textOf = (el: MrcRiskQuiz, name: string) => part(el, name)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

export const heading = (el: MrcRiskQuiz) => textOf(el, 'heading');

export async function click(el: MrcRiskQuiz, selector: string): Promise<void> {
  const target = root(el).querySelector<HTMLElement>(selector);
  if (!target) throw new Error(`nothing matches ${selector}`);
  target.click();
  await el.updateComplete;
}

/** Chooses options by id (clicking them, as a pointer would), then checks the answer. */
export async function answer(el: MrcRiskQuiz, ...ids: string[]): Promise<void> {
  for (const id of ids) await click(el, `input[value="${id}"]`);
  await click(el, '[part~="next"]');
}

/** Goes on from a checked answer: the next question, or the results. */
export const next = (el: MrcRiskQuiz) => click(el, '[part~="next"]');

/** Records every quiz event the element sends, in order. */
export function record(el: MrcRiskQuiz): { type: string; detail: unknown }[] {
  const seen: { type: string; detail: unknown }[] = [];
  for (const type of EVENTS) el.addEventListener(type, (e) => seen.push({ type, detail: (e as CustomEvent).detail }));
  return seen;
}

/** The client of the running test: a fresh one for each test (`useFreshClient`). */
export let client: MrcClient;

/** Gives each test of the describe block calling it a fresh client, and no stored session. */
export function useFreshClient(): void {
  beforeEach(() => {
    client = createClient({ data: quizDataset });
    sessionStorage.clear();
  });
}
