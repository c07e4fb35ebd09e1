import { MrcEvent } from '../base/events.js';

// After the xAPI verbs "initialized", "answered" and "completed": ids and scores only, never the
// options a person chose or anything they could be recognised by.

export interface QuizStartDetail {
  quizId: string;
}

/** A person started the quiz, or started it again. */
export class MrcQuizStartEvent extends MrcEvent<QuizStartDetail> {
  static readonly eventName = 'mrc-quiz-start';
  constructor(detail: QuizStartDetail) {
    super(MrcQuizStartEvent.eventName, detail);
  }
}

export interface QuizAnswerDetail {
  quizId: string;
  questionId: string;
  /** True only when the answer is right in full (a partly right multiple choice is false). */
  correct: boolean;
}

/** An answer was checked. */
export class MrcQuizAnswerEvent extends MrcEvent<QuizAnswerDetail> {
  static readonly eventName = 'mrc-quiz-answer';
  constructor(detail: QuizAnswerDetail) {
    super(MrcQuizAnswerEvent.eventName, detail);
  }
}

export interface QuizCompleteDetail {
  quizId: string;
  /**
   * Points scored: 1 for each answer right in full and its share for a partly right multiple choice
   * (two decimals); in myth-or-fact mode, statements judged right. The screen counts whole answers
   * instead: after "You got 6 out of 9 right, and 2 partly right.", `score` lies between 6 and 8
   * (7.33 when both were two thirds right); it equals the first number when no answer was partly
   * right. The band is found from `score`.
   */
  score: number;
  /** Questions asked. */
  max: number;
  /** The band the score fell in: its id when it has one, and its place in the quiz's bands as published. */
  bandId?: string;
  bandIndex?: number;
}

/** The last answer was checked and the results shown. */
export class MrcQuizCompleteEvent extends MrcEvent<QuizCompleteDetail> {
  static readonly eventName = 'mrc-quiz-complete';
  constructor(detail: QuizCompleteDetail) {
    super(MrcQuizCompleteEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mrc-quiz-start': MrcQuizStartEvent;
    'mrc-quiz-answer': MrcQuizAnswerEvent;
    'mrc-quiz-complete': MrcQuizCompleteEvent;
  }
}
