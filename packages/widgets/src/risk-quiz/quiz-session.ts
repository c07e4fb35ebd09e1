import type { ReactiveControllerHost } from 'lit';
import { isCorrect, ownValue, scoreAttempt, type Quiz, type QuizQuestion, type RandomSource } from '@mrc-kit/sdk';
import type { QuizCompleteDetail } from './quiz-events.js';
import {
  clearProgress,
  freshProgress,
  loadProgress,
  progressFits,
  saveProgress,
  type QuizProgress,
} from './quiz-progress.js';

/** What pressing the quiz's one button did: check the answer, or go on from a checked one. */
export type QuizStep =
  | { kind: 'missing' }
  | { kind: 'checked'; questionId: string; correct: boolean }
  | { kind: 'next' }
  | { kind: 'finished'; detail: QuizCompleteDetail };

/**
 * A person's way through a quiz: start, choose, check, go on or back, finish, start again. Every
 * change asks the host to render; with `resume` on, every change is also kept in sessionStorage,
 * and a quiz loaded again takes up what was kept. Events, focus and words are the element's.
 */
export class QuizSession {
  private current?: QuizProgress;
  /** The quiz `current` belongs to. */
  private quizId?: string;
  private stale = false;

  constructor(
    /** Renders the progress (the element). */
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    /** Whether progress is kept in sessionStorage (the element's `resume`). */
    private readonly resume: () => boolean,
  ) {}

  /** Where the person is, in whichever quiz they last started. */
  get progress(): QuizProgress | undefined {
    return this.current;
  }

  /** Kept progress no longer fitted the quiz, so it starts again. */
  get restarted(): boolean {
    return this.stale;
  }

  /** Where the person is in `quiz`; undefined before they start it. */
  progressOf(quiz: Quiz): QuizProgress | undefined {
    return this.quizId === quiz.id ? this.current : undefined;
  }

  /**
   * Takes a (re)loaded quiz: keeps the progress made when it still fits; else restores what was
   * kept (with `resume`), or waits for a start. True when the progress in memory was dropped.
   */
  adopt(quiz: Quiz | undefined): boolean {
    if (quiz && this.current && this.quizId === quiz.id && progressFits(this.current, quiz)) return false;
    this.quizId = quiz?.id;
    this.stale = false;
    this.set(undefined, false);
    if (quiz && this.resume()) this.restore(quiz);
    return true;
  }

  /** `resume` turned on keeps the progress made so far, or restores what was kept; turned off, it forgets what was kept. */
  resumeChanged(quiz: Quiz | undefined): void {
    if (!quiz || this.quizId !== quiz.id) return;
    if (!this.resume()) clearProgress(quiz.id);
    else if (this.current) saveProgress(quiz.id, this.current);
    else this.restore(quiz);
  }

  begin(quiz: Quiz, random?: RandomSource): void {
    this.quizId = quiz.id;
    this.stale = false;
    this.set(freshProgress(quiz, random));
  }

  /** Starts again from the results: what was kept goes, and a fresh attempt begins. */
  restart(quiz: Quiz, random?: RandomSource): void {
    if (this.resume()) clearProgress(quiz.id);
    this.begin(quiz, random);
  }

  /** Ticks or unticks an option; a checked answer no longer changes. False when nothing changed. */
  choose(question: QuizQuestion, optionId: string, on: boolean): boolean {
    const progress = this.current;
    if (!progress || progress.checked.includes(question.id)) return false;
    const others = (ownValue(progress.answers, question.id) ?? []).filter((id) => id !== optionId);
    const chosen = question.kind !== 'multiple' ? [optionId] : on ? [...others, optionId] : others;
    this.set({ ...progress, answers: { ...progress.answers, [question.id]: chosen } });
    return true;
  }

  /** The quiz's one button: checks the answer to `question`, or goes on from a checked one. */
  submit(quiz: Quiz, question: QuizQuestion): QuizStep | undefined {
    const progress = this.current;
    if (!progress) return undefined;
    if (!progress.checked.includes(question.id)) {
      const chosen = ownValue(progress.answers, question.id) ?? [];
      if (chosen.length === 0) return { kind: 'missing' };
      this.set({ ...progress, checked: [...progress.checked, question.id] });
      return { kind: 'checked', questionId: question.id, correct: isCorrect(question, chosen) };
    }
    if (progress.index < progress.attempt.questionIds.length - 1) {
      this.set({ ...progress, index: progress.index + 1 });
      return { kind: 'next' };
    }
    this.set({ ...progress, finished: true });
    const { score, max, band } = scoreAttempt(quiz, progress.attempt.questionIds, progress.answers);
    const detail: QuizCompleteDetail = {
      quizId: quiz.id,
      score,
      max,
      ...(band?.band.id !== undefined && { bandId: band.band.id }),
      ...(band && { bandIndex: band.index }),
    };
    return { kind: 'finished', detail };
  }

  /** Back to the previous question; false on the first. */
  back(): boolean {
    if (!this.current || this.current.index === 0) return false;
    this.set({ ...this.current, index: this.current.index - 1 });
    return true;
  }

  private restore(quiz: Quiz): void {
    const kept = loadProgress(quiz);
    this.stale = kept.stale;
    this.set(kept.progress, false);
  }

  private set(progress: QuizProgress | undefined, keep = true): void {
    this.current = progress;
    if (keep && progress && this.quizId && this.resume()) saveProgress(this.quizId, progress);
    this.host.requestUpdate();
  }
}
