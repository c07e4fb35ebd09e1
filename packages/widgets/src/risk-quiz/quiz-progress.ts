import { newAttempt, ownValue, type Quiz, type QuizAttempt, type RandomSource } from '@mrc-kit/sdk';
import { storedJson } from '../base/stored-json.js';

/** Where a person is in a quiz. Kept in memory, and in sessionStorage when the element has `resume`. */
export interface QuizProgress {
  attempt: QuizAttempt;
  /** The question shown, an index into `attempt.questionIds`. */
  index: number;
  /** Chosen option ids by question id. */
  answers: Record<string, string[]>;
  /** Questions whose answer was checked (and so can no longer change). */
  checked: string[];
  finished: boolean;
}

export function freshProgress(quiz: Quiz, random?: RandomSource): QuizProgress {
  return { attempt: newAttempt(quiz, random), index: 0, answers: {}, checked: [], finished: false };
}

// One key per quiz id, in sessionStorage only: it ends with the tab, and never leaves the device.
const keyOf = (quizId: string) => `mrc-kit:quiz:${quizId}`;

/** Storage can be missing or refuse (private browsing, a full quota, a sandboxed frame): the quiz still runs. */
function storage(): Storage | undefined {
  try {
    return globalThis.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveProgress(quizId: string, progress: QuizProgress): void {
  try {
    storage()?.setItem(keyOf(quizId), storedJson({ version: 1, ...progress }));
  } catch {
    // Not kept: a reload starts again, which is all that is lost.
  }
}

export function clearProgress(quizId: string): void {
  try {
    storage()?.removeItem(keyOf(quizId));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** True when `stored` is progress through this very quiz: every id it names is still in it. */
function fits(stored: Record<string, unknown>, quiz: Quiz): boolean {
  const { attempt, index, answers, checked, finished } = stored;
  if (stored.version !== 1 || !isRecord(attempt) || !isRecord(answers) || typeof finished !== 'boolean') return false;
  const { questionIds, optionOrder } = attempt;
  if (!isStringList(questionIds) || questionIds.length === 0 || !isRecord(optionOrder) || !isStringList(checked)) {
    return false;
  }
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0 || index >= questionIds.length) return false;
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  if (new Set(questionIds).size !== questionIds.length) return false;
  for (const id of questionIds) {
    const question = byId.get(id);
    const order = ownValue(optionOrder, id);
    if (!question || !isStringList(order)) return false;
    const optionIds = question.options.map((o) => o.id);
    if (order.length !== optionIds.length || !optionIds.every((o) => order.includes(o))) return false;
    const chosen = ownValue(answers, id);
    if (chosen !== undefined && (!isStringList(chosen) || !chosen.every((o) => optionIds.includes(o)))) return false;
  }
  return checked.every((id) => questionIds.includes(id) && ownValue(answers, id) !== undefined);
}

/**
 * The progress kept for this quiz, when there is any. `stale` says that something was kept but no
 * longer fits the quiz (it changed since, or the copy is damaged): it is cleared, and the quiz starts again.
 */
export function loadProgress(quiz: Quiz): { progress?: QuizProgress; stale: boolean } {
  let raw: string | null | undefined;
  try {
    raw = storage()?.getItem(keyOf(quiz.id));
  } catch {
    raw = undefined;
  }
  if (raw === null || raw === undefined) return { stale: false };
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    stored = undefined;
  }
  if (isRecord(stored) && fits(stored, quiz)) {
    const { attempt, index, answers, checked, finished } = stored as unknown as QuizProgress;
    return { progress: { attempt, index, answers, checked, finished }, stale: false };
  }
  clearProgress(quiz.id);
  return { stale: true };
}

/** True when progress kept in memory still fits a quiz that was loaded again (same ids throughout). */
export function progressFits(progress: QuizProgress, quiz: Quiz): boolean {
  return fits({ version: 1, ...progress }, quiz);
}
