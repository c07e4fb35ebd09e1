import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isFact, ownValue, scoreAnswer, type Dataset, type Quiz, type QuizQuestion } from '@mrc-kit/sdk';
import { dirOf, textIn } from '../base/texts.js';
import { markIcon } from './quiz-icons.js';
import type { QuizProgress } from './quiz-progress.js';
import { renderSource } from './quiz-source.js';
import { answerVerdict, optionLabel, optionVerdict, questionHint, statementTruth } from './quiz-texts.js';
export { styles } from './quiz-question.styles.js';

// The question screens load on demand, when the person starts the quiz (or comes back to one they
// had started): most people who see a quiz's introduction never start it.

/** What the live region says after a check, in the words of the screen. */
export { spokenVerdict } from './quiz-texts.js';

/** What a question screen needs from the element. */
export interface QuestionView {
  quiz: Quiz;
  dataset: Dataset;
  locale: string;
  progress: QuizProgress;
  level: number;
  /** The person pressed "Check my answer" without choosing one. */
  missing: boolean;
  onChoose(question: QuizQuestion, optionId: string, on: boolean): void;
  onSubmit(event: Event, question: QuizQuestion): void;
  onBack(): void;
}

/** A question: its prompt and options, then, once checked, the verdict, explanation and source. */
export function renderQuestion(view: QuestionView): TemplateResult {
  const { quiz, dataset, progress, locale } = view;
  const total = progress.attempt.questionIds.length;
  const number = progress.index + 1;
  const question = quiz.questions.find((q) => q.id === progress.attempt.questionIds[progress.index]);
  if (!question) throw new Error(`question ${progress.attempt.questionIds[progress.index]} is not in the quiz`);
  const title = textIn(quiz.title, locale, dataset);
  const prompt = textIn(question.prompt, locale, dataset);
  const chosen = ownValue(progress.answers, question.id) ?? [];
  const checked = progress.checked.includes(question.id);
  const last = progress.index === total - 1;
  const { missing } = view;
  const order = ownValue(progress.attempt.optionOrder, question.id) ?? question.options.map((o) => o.id);
  const options = order.flatMap((id) => question.options.filter((o) => o.id === id));
  const type = question.kind === 'multiple' ? 'checkbox' : 'radio';
  // Digits as the language writes them (Arabic-Indic in Arabic), as the score at the end.
  const numbers = new Intl.NumberFormat(locale);
  return html`<p part="quiz-title" class="quiz-name" lang=${title.lang ?? nothing} dir=${dirOf(title.lang)}>
      ${title.text}
    </p>
    <div part="heading" class="heading" id="screen-heading" role="heading" aria-level=${view.level} tabindex="-1">
      ${msg(str`Question ${numbers.format(number)} of ${numbers.format(total)}`, { id: 'quiz.progress' })}
    </div>
    <progress part="progress-bar" class="progress" max=${total} value=${number} aria-hidden="true"></progress>
    <form novalidate @submit=${(e: Event) => view.onSubmit(e, question)}>
      <fieldset part="fieldset" class="fieldset" aria-describedby=${missing ? 'hint missing' : 'hint'}>
        <legend part="prompt" class="prompt" lang=${prompt.lang ?? nothing} dir=${dirOf(prompt.lang)}>
          ${prompt.text}
        </legend>
        <p part="hint" class="hint" id="hint">${questionHint(question, quiz.mode)}</p>
        <ul part="options" class="options">
          ${options.map((option) => {
            const label = optionLabel(option, quiz.mode, locale, dataset);
            const isChosen = chosen.includes(option.id);
            const verdict = checked ? optionVerdict(option, isChosen) : undefined;
            const feedback = textIn(option.feedback, locale, dataset);
            return html`<li part="option" class="option ${verdict?.mark ?? ''} ${isChosen ? 'chosen' : ''}">
              <label class="choice">
                <input
                  type=${type}
                  name="answer"
                  .value=${option.id}
                  .checked=${isChosen}
                  ?disabled=${checked}
                  @change=${(e: Event) => view.onChoose(question, option.id, (e.target as HTMLInputElement).checked)}
                />
                <span lang=${label.lang ?? nothing} dir=${dirOf(label.lang)}>${label.text}</span>
              </label>
              ${
                verdict
                  ? html`<p class="verdict ${verdict.mark}">
                      ${markIcon(verdict.mark)}<strong>${verdict.text}</strong>
                    </p>`
                  : nothing
              }
              ${
                verdict && feedback.text
                  ? html`<p
                      part="option-feedback"
                      class="option-feedback"
                      lang=${feedback.lang ?? nothing}
                      dir=${dirOf(feedback.lang)}
                    >
                      ${feedback.text}
                    </p>`
                  : nothing
              }
            </li>`;
          })}
        </ul>
      </fieldset>
      ${
        missing
          ? html`<p part="error" class="error-text" id="missing">
              ${msg('Choose an answer first.', { id: 'quiz.missing' })}
            </p>`
          : nothing
      }
      ${checked ? renderFeedback(quiz, question, chosen, dataset, locale) : nothing}
      <div part="actions" class="actions">
        ${
          quiz.allowBack && progress.index > 0
            ? html`<button part="back" class="secondary" type="button" @click=${view.onBack}>
                ${msg('Previous question', { id: 'quiz.back' })}
              </button>`
            : nothing
        }
        <button part="next" class="primary" type="submit">
          ${
            !checked
              ? msg('Check my answer', { id: 'quiz.check' })
              : last
                ? msg('See my results', { id: 'quiz.finish' })
                : msg('Next question', { id: 'quiz.next' })
          }
        </button>
      </div>
    </form>`;
}

function renderFeedback(
  quiz: Quiz,
  question: QuizQuestion,
  chosen: string[],
  dataset: Dataset,
  locale: string,
): TemplateResult {
  const verdict = answerVerdict(scoreAnswer(question, chosen));
  const explanation = textIn(question.explanation, locale, dataset);
  // Focus lands here after a check; the verdict names it, and Tab goes on to the source and "Next question".
  return html`<div
    part="feedback"
    class="feedback"
    id="feedback"
    role="group"
    aria-labelledby="feedback-verdict"
    tabindex="-1"
  >
    <p class="answer-verdict verdict ${verdict.mark}" id="feedback-verdict">
      ${markIcon(verdict.mark)}<strong>${verdict.text}</strong>
      ${quiz.mode === 'myth-or-fact' ? statementTruth(isFact(question)) : nothing}
    </p>
    <div part="explanation" class="explanation">
      <p lang=${explanation.lang ?? nothing} dir=${dirOf(explanation.lang)}>${explanation.text}</p>
      ${renderSource(question, locale, dataset)}
    </div>
  </div>`;
}

/** The live region's words: the verdict after a check, or what is missing. */
