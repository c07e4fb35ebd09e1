import { html, type TemplateResult } from 'lit';
import { scoreAttempt } from '@mrc-kit/sdk';
import type { QuizProgress } from './quiz-progress.js';
import { renderEnd, type EndView } from './quiz-end.js';
import { renderResources, type ResourcesView } from './quiz-resources.js';
export { styles } from './quiz-finish.styles.js';

/** What the end of a quiz needs from the element. */
export type FinishView = Omit<EndView, 'result'> & ResourcesView & { progress: QuizProgress };

/**
 * The end of a quiz: the results, the review of every answer and where to find help. Its code
 * loads on demand, once the person is taking the quiz: most people who see a quiz never finish it.
 */
export function renderFinish(view: FinishView): TemplateResult {
  const result = scoreAttempt(view.quiz, view.progress.attempt.questionIds, view.progress.answers);
  return html`${renderEnd({ ...view, result })} ${renderResources(view)}`;
}
