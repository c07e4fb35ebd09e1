import { msg, str } from '@lit/localize';
import {
  isCorrect,
  isFact,
  scoreAnswer,
  type Dataset,
  type QuizMode,
  type QuizOption,
  type QuizQuestion,
  type ResolvedText,
} from '@mrc-kit/sdk';
import { textIn } from '../base/texts.js';
import type { Mark } from './quiz-icons.js';

/** An option's words: its own text, else "True"/"False", or "Fact"/"Myth" in myth-or-fact mode. */
export function optionLabel(option: QuizOption, mode: QuizMode, locale: string, dataset: Dataset): ResolvedText {
  if (option.text !== undefined) return textIn(option.text, locale, dataset);
  const isTrue = option.id === 'true';
  const text =
    mode === 'myth-or-fact'
      ? isTrue
        ? msg('Fact', { id: 'quiz.fact' })
        : msg('Myth', { id: 'quiz.myth' })
      : isTrue
        ? msg('True', { id: 'quiz.true' })
        : msg('False', { id: 'quiz.false' });
  return { text, lang: undefined };
}

/** What to do with a question, said under its prompt. */
export function questionHint(question: QuizQuestion, mode: QuizMode): string {
  if (mode === 'myth-or-fact') return msg('Is this a myth or a fact?', { id: 'quiz.hint.myth-or-fact' });
  if (question.kind === 'multiple') return msg('Choose all the answers that are right.', { id: 'quiz.hint.multiple' });
  if (question.kind === 'true-false') return msg('Is this true or false?', { id: 'quiz.hint.true-false' });
  return msg('Choose one answer.', { id: 'quiz.hint.single' });
}

/** The mark and words beside an option once its question is checked; undefined when it needs none. */
export function optionVerdict(option: QuizOption, chosen: boolean): { mark: Mark; text: string } | undefined {
  if (chosen && option.correct)
    return { mark: 'right', text: msg('Your answer: right', { id: 'quiz.option.chosen-right' }) };
  if (chosen) return { mark: 'wrong', text: msg('Your answer: wrong', { id: 'quiz.option.chosen-wrong' }) };
  if (option.correct) return { mark: 'right', text: msg('Right answer', { id: 'quiz.option.right' }) };
  return undefined;
}

/** The verdict on a whole answer: right, partly right (multiple choice) or wrong. */
export function answerVerdict(score: number): { mark: Mark; text: string } {
  if (score === 1) return { mark: 'right', text: msg('Right!', { id: 'quiz.answer.right' }) };
  if (score > 0) return { mark: 'partly', text: msg('Partly right.', { id: 'quiz.answer.partly' }) };
  return { mark: 'wrong', text: msg('Not right.', { id: 'quiz.answer.wrong' }) };
}

/** In myth-or-fact mode: what the statement really is. */
export function statementTruth(fact: boolean): string {
  return fact ? msg('It is a fact.', { id: 'quiz.is-fact' }) : msg('It is a myth.', { id: 'quiz.is-myth' });
}

/**
 * What the live region says after a check: the verdict, and the right answers when they were
 * missed ("Right!" says it all); in myth-or-fact mode, what the statement really is.
 */
export function spokenVerdict(
  question: QuizQuestion,
  chosen: readonly string[],
  mode: QuizMode,
  locale: string,
  dataset: Dataset,
): string {
  const verdict = answerVerdict(scoreAnswer(question, chosen)).text;
  if (mode === 'myth-or-fact') return `${verdict} ${statementTruth(isFact(question))}`;
  if (isCorrect(question, chosen)) return verdict;
  const right = question.options
    .filter((o) => o.correct)
    .map((o) => optionLabel(o, mode, locale, dataset).text)
    .join('; ');
  return `${verdict} ${msg(str`The right answer: ${right}`, { id: 'quiz.announce.right' })}`;
}
