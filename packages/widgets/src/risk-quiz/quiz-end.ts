import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isFact, type AttemptResult, type Dataset, type Quiz, type QuizQuestion } from '@mrc-kit/sdk';
import { dirOf, sharedLang, textIn } from '../base/texts.js';
import { plural } from '../base/plural.js';
import { markIcon } from './quiz-icons.js';
import { answerVerdict, optionLabel, statementTruth } from './quiz-texts.js';
import { renderSource } from './quiz-source.js';

/** What the end screen needs from the element. */
export interface EndView {
  quiz: Quiz;
  dataset: Dataset;
  locale: string;
  result: AttemptResult;
  headingLevel: number;
  onRetry(): void;
}

/**
 * The words of several options, each in its own language, separated for reading aloud. Options all
 * in one language (English inside a Persian page) make one run in that language's direction, so the
 * list reads in order across lines ("leave; skills", never ";skills").
 */
function labels(question: QuizQuestion, ids: readonly string[], view: EndView): TemplateResult {
  const texts = question.options
    .filter((o) => ids.includes(o.id))
    .map((o) => optionLabel(o, view.quiz.mode, view.locale, view.dataset));
  const shared = sharedLang(texts);
  if (shared !== undefined)
    return html`<span lang=${shared} dir=${dirOf(shared)}>${texts.map((t) => t.text).join('; ')}</span>`;
  return html`${texts.map(
    (label, i) =>
      html`${i > 0 ? ' ' : ''}<span lang=${label.lang ?? nothing} dir=${dirOf(label.lang)}
          >${label.text}${i < texts.length - 1 ? ';' : ''}</span
        >`,
  )}`;
}

/**
 * Why a multiple choice was not right in full although some of its right options were chosen: how
 * many of them, and how many wrong ones cancelled some out ("You chose 2 of the 3 right answers.").
 * Empty for other answers: "Right!", or "Not right." with no right option chosen, says it all.
 */
function partialCredit(question: QuizQuestion, chosen: readonly string[], locale: string): string[] {
  if (question.kind !== 'multiple') return [];
  const picked = new Set(chosen);
  const right = question.options.filter((o) => o.correct);
  const hitCount = right.filter((o) => picked.has(o.id)).length;
  const wrongCount = question.options.filter((o) => !o.correct && picked.has(o.id)).length;
  if (hitCount === 0 || (hitCount === right.length && wrongCount === 0)) return [];
  const numbers = new Intl.NumberFormat(locale);
  const [hits, all, wrong] = [hitCount, right.length, wrongCount].map((n) => numbers.format(n));
  const texts = [
    hitCount < right.length
      ? msg(str`You chose ${hits} of the ${all} right answers.`, { id: 'quiz.review.chose-some' })
      : plural(right.length, {
          one: () => msg(str`You chose the ${all} right answer.`, { id: 'quiz.review.chose-all.one' }),
          two: () => msg(str`You chose all ${all} right answers.`, { id: 'quiz.review.chose-all.two' }),
          few: () => msg(str`You chose all ${all} right answers.`, { id: 'quiz.review.chose-all.few' }),
          many: () => msg(str`You chose all ${all} right answers.`, { id: 'quiz.review.chose-all.many' }),
          other: () => msg(str`You chose all ${all} right answers.`, { id: 'quiz.review.chose-all.other' }),
        }),
  ];
  if (wrongCount === 1) {
    texts.push(
      msg('But you also chose a wrong answer, and each wrong answer cancels out a right one.', {
        id: 'quiz.review.also-wrong',
      }),
    );
  } else if (wrongCount > 1) {
    texts.push(
      plural(wrongCount, {
        one: () =>
          msg(str`But you also chose ${wrong} wrong answer, and each wrong answer cancels out a right one.`, {
            id: 'quiz.review.also-wrongs.one',
          }),
        two: () =>
          msg(str`But you also chose ${wrong} wrong answers, and each wrong answer cancels out a right one.`, {
            id: 'quiz.review.also-wrongs.two',
          }),
        few: () =>
          msg(str`But you also chose ${wrong} wrong answers, and each wrong answer cancels out a right one.`, {
            id: 'quiz.review.also-wrongs.few',
          }),
        many: () =>
          msg(str`But you also chose ${wrong} wrong answers, and each wrong answer cancels out a right one.`, {
            id: 'quiz.review.also-wrongs.many',
          }),
        other: () =>
          msg(str`But you also chose ${wrong} wrong answers, and each wrong answer cancels out a right one.`, {
            id: 'quiz.review.also-wrongs.other',
          }),
      }),
    );
  }
  return texts;
}

/**
 * The result in whole answers: how many were right in full, and how many partly right (a multiple
 * choice with some of its right options). The points, partial credit included, decide the band and
 * go in `mrc-quiz-complete`; shown, a sum of thirds ("3.33 out of 9") would say little to most
 * people, and any rounding of it would say more or less than they earned.
 */
function scoreText(result: AttemptResult, locale: string): string {
  const numbers = new Intl.NumberFormat(locale);
  const right = numbers.format(result.questions.filter((q) => q.correct).length);
  const partlyCount = result.questions.filter((q) => q.score > 0 && q.score < 1).length;
  const max = numbers.format(result.max);
  if (partlyCount === 0) return msg(str`You got ${right} out of ${max} right.`, { id: 'quiz.score.whole' });
  const partly = numbers.format(partlyCount);
  return msg(str`You got ${right} out of ${max} right, and ${partly} partly right.`, { id: 'quiz.score.partly' });
}

function renderSummary(view: EndView): TemplateResult {
  const { quiz, result, locale, dataset } = view;
  if (quiz.mode === 'myth-or-fact') {
    const level = Math.min(6, view.headingLevel + 1);
    const group = (fact: boolean) => {
      const statements = result.questions.filter((q) => isFact(q.question) === fact);
      if (statements.length === 0) return nothing;
      return html`<div class="group ${fact ? 'facts' : 'myths'}">
        <div class="section-heading" role="heading" aria-level=${level}>
          ${fact ? msg('Facts', { id: 'quiz.facts' }) : msg('Myths', { id: 'quiz.myths' })}
        </div>
        <ul part="statements" class="statements">
          ${statements.map(({ question }) => {
            const prompt = textIn(question.prompt, locale, dataset);
            return html`<li lang=${prompt.lang ?? nothing} dir=${dirOf(prompt.lang)}>${prompt.text}</li>`;
          })}
        </ul>
      </div>`;
    };
    return html`<div part="summary" class="summary myths-facts">${group(false)} ${group(true)}</div>`;
  }
  const band = result.band ? textIn(result.band.band.message, locale, dataset) : undefined;
  return html`<div part="summary" class="summary">
    <p part="score" class="score">${scoreText(result, locale)}</p>
    ${
      band
        ? html`<p part="band" class="band" lang=${band.lang ?? nothing} dir=${dirOf(band.lang)}>${band.text}</p>`
        : nothing
    }
  </div>`;
}

function renderReviewItem(item: AttemptResult['questions'][number], view: EndView): TemplateResult {
  const { question, chosen, score } = item;
  const { locale, dataset } = view;
  const prompt = textIn(question.prompt, locale, dataset);
  const explanation = textIn(question.explanation, locale, dataset);
  const verdict = answerVerdict(score);
  const why = partialCredit(question, chosen, locale);
  const right = question.options.filter((o) => o.correct).map((o) => o.id);
  return html`<li part="review-item" class="review-item">
    <p class="review-prompt" lang=${prompt.lang ?? nothing} dir=${dirOf(prompt.lang)}>${prompt.text}</p>
    <p class="verdict ${verdict.mark}">${markIcon(verdict.mark)}<strong>${verdict.text}</strong></p>
    ${why.length > 0 ? html`<p class="partial-credit">${why.join(' ')}</p>` : nothing}
    <p>
      ${msg('Your answer:', { id: 'quiz.review.yours' })}
      ${chosen.length > 0 ? labels(question, chosen, view) : msg('no answer', { id: 'quiz.review.none' })}
    </p>
    <p>
      ${
        view.quiz.mode === 'myth-or-fact'
          ? statementTruth(isFact(question))
          : html`${
              right.length > 1
                ? msg('Right answers:', { id: 'quiz.review.rights' })
                : msg('Right answer:', { id: 'quiz.review.right' })
            }
            ${labels(question, right, view)}`
      }
    </p>
    <p class="explanation-text" lang=${explanation.lang ?? nothing} dir=${dirOf(explanation.lang)}>
      ${explanation.text}
    </p>
    ${renderSource(question, locale, dataset)}
  </li>`;
}

/** The end: the score and its band's message (or the myths and the facts), a review of every answer, and a retry. */
export function renderEnd(view: EndView): TemplateResult {
  const level = Math.min(6, view.headingLevel);
  const title = textIn(view.quiz.title, view.locale, view.dataset);
  return html`<p part="quiz-title" class="quiz-name" lang=${title.lang ?? nothing} dir=${dirOf(title.lang)}>
      ${title.text}
    </p>
    <div part="heading" class="heading" id="screen-heading" role="heading" aria-level=${level} tabindex="-1">
      ${msg('Your results', { id: 'quiz.results' })}
    </div>
    ${renderSummary(view)}
    <div class="section-heading" role="heading" aria-level=${Math.min(6, level + 1)}>
      ${msg('Review your answers', { id: 'quiz.review' })}
    </div>
    <ol part="review" class="review">
      ${view.result.questions.map((item) => renderReviewItem(item, view))}
    </ol>
    <div part="actions" class="actions">
      <button part="retry-quiz" class="primary" type="button" @click=${view.onRetry}>
        ${msg('Take the quiz again', { id: 'quiz.retry' })}
      </button>
    </div>`;
}
