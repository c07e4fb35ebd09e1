import { ownValue } from './own-value.js';
import type { LocalizedText } from './text.js';

/**
 * `scored`: each answer counts and the end shows a score and its band's message. `myth-or-fact`:
 * every question is a statement judged "fact" or "myth"; nothing is scored, the end lists the myths
 * and the facts.
 */
export const QUIZ_MODES = ['scored', 'myth-or-fact'] as const;
export type QuizMode = (typeof QUIZ_MODES)[number];

/** `single`: one right option; `multiple`: one or more; `true-false`: options `true` and `false`. */
export const QUESTION_KINDS = ['single', 'multiple', 'true-false'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The option ids of a true/false question (in myth-or-fact mode, `true` is "fact"). */
export const TRUE_FALSE_IDS = ['true', 'false'] as const;

export interface QuizOption {
  id: string;
  /** What the option says; a true/false option may leave it out (the element says "True" or "False"). */
  text?: LocalizedText;
  correct: boolean;
  /** Shown once the answer is checked, beside this option. */
  feedback?: LocalizedText;
}

/** Where a claim can be checked. `url` has passed the safe-link checks (http or https only). */
export interface QuizSource {
  title: LocalizedText;
  url: string;
}

export interface QuizQuestion {
  id: string;
  kind: QuestionKind;
  prompt: LocalizedText;
  options: QuizOption[];
  /** Shown once the answer is checked: why the right answer is right. */
  explanation: LocalizedText;
  source?: QuizSource;
}

/**
 * A message for a range of results, in whole per cent of the maximum score (`from` and `to`
 * included). A score's per cent is rounded down, so 79.9 % falls in the band that holds 79.
 */
export interface ScoreBand {
  id?: string;
  from: number;
  to: number;
  message: LocalizedText;
}

export interface QuizLink {
  title: LocalizedText;
  /** Has passed the safe-link checks. */
  url: string;
}

/** Help to offer at the end of the quiz. */
export interface QuizResources {
  /** Ids of hotlines in the same dataset. */
  hotlines: string[];
  /** Service taxonomy ids, to look for in a centre finder. */
  services: string[];
  links: QuizLink[];
}

export interface Quiz {
  id: string;
  title: LocalizedText;
  intro?: LocalizedText;
  mode: QuizMode;
  questions: QuizQuestion[];
  /** Ask this many questions, drawn from `questions`, per attempt; absent: all of them. */
  poolSize?: number;
  /** Shuffle the questions (and the options of single and multiple choice questions) for each attempt. */
  shuffle: boolean;
  /** Whether a person may go back to an earlier question. */
  allowBack: boolean;
  /** In the order published (bands skipped as invalid left out); empty in myth-or-fact mode. */
  bands: ScoreBand[];
  resources: QuizResources;
}

/** A source of numbers in [0, 1), such as `Math.random`; tests pass a seeded one. */
export type RandomSource = () => number;

/** One attempt's questions, in the order asked, and for each the order of its options. */
export interface QuizAttempt {
  questionIds: string[];
  optionOrder: Record<string, string[]>;
}

/** A fresh copy of `items` in random order (Fisher–Yates). */
export function shuffled<T>(items: readonly T[], random: RandomSource = Math.random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.min(i, Math.floor(random() * (i + 1)));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * The questions of a new attempt: `poolSize` of them when the quiz sets it (drawn at random, or the
 * first ones when the quiz does not shuffle), shuffled with their options when the quiz asks.
 * True/false options always keep their order, so "true" is always first.
 */
export function newAttempt(quiz: Quiz, random: RandomSource = Math.random): QuizAttempt {
  const size = Math.min(quiz.poolSize ?? quiz.questions.length, quiz.questions.length);
  const drawn = quiz.shuffle ? shuffled(quiz.questions, random).slice(0, size) : quiz.questions.slice(0, size);
  const optionOrder: Record<string, string[]> = {};
  for (const q of drawn) {
    const ids = q.options.map((o) => o.id);
    optionOrder[q.id] = quiz.shuffle && q.kind !== 'true-false' ? shuffled(ids, random) : ids;
  }
  return { questionIds: drawn.map((q) => q.id), optionOrder };
}

/**
 * The score of one answer, from 0 to 1. Single choice and true/false: 1 for the right option, else
 * 0. Multiple choice gives partial credit: each right option chosen counts, each wrong option
 * chosen takes one back, over the number of right options, never below 0; so choosing every option
 * never scores.
 */
export function scoreAnswer(question: QuizQuestion, chosen: readonly string[]): number {
  const picked = new Set(chosen);
  const right = question.options.filter((o) => o.correct);
  if (right.length === 0) return 0;
  if (question.kind !== 'multiple') {
    return picked.size === 1 && right.some((o) => picked.has(o.id)) ? 1 : 0;
  }
  const hits = right.filter((o) => picked.has(o.id)).length;
  const misses = question.options.filter((o) => !o.correct && picked.has(o.id)).length;
  return Math.max(0, (hits - misses) / right.length);
}

/** True when an answer scores in full. */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  return scoreAnswer(question, chosen) === 1;
}

/** A total rounded to two decimals, so partial credits add up without floating-point noise (2.9999…). */
export function roundScore(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The band a score falls in (its per cent rounded down), with its place in `bands`; undefined when none holds it. */
export function bandFor(
  bands: readonly ScoreBand[],
  score: number,
  max: number,
): { band: ScoreBand; index: number } | undefined {
  if (max <= 0) return undefined;
  const percent = Math.floor(roundScore((score / max) * 100));
  const index = bands.findIndex((b) => percent >= b.from && percent <= b.to);
  return index < 0 ? undefined : { band: bands[index]!, index };
}

/** In myth-or-fact mode: a statement is a fact when its `true` option is the right one. */
export function isFact(question: QuizQuestion): boolean {
  return question.options.some((o) => o.id === 'true' && o.correct);
}

/** The result of an attempt: each question's score, and the total over the questions asked. */
export interface AttemptResult {
  /** Sum of the questions' scores, two decimals. */
  score: number;
  /** The number of questions asked (each is worth 1). */
  max: number;
  questions: { question: QuizQuestion; chosen: string[]; score: number; correct: boolean }[];
  band?: { band: ScoreBand; index: number };
}

/** Scores the answers of an attempt (`answers`: chosen option ids by question id); unknown ids are left out. */
export function scoreAttempt(
  quiz: Quiz,
  questionIds: readonly string[],
  answers: Readonly<Record<string, readonly string[]>>,
): AttemptResult {
  const byId = new Map(quiz.questions.map((q) => [q.id, q]));
  const questions = questionIds.flatMap((id) => {
    const question = byId.get(id);
    if (!question) return [];
    const chosen = [...(ownValue(answers, id) ?? [])];
    const score = scoreAnswer(question, chosen);
    return [{ question, chosen, score, correct: score === 1 }];
  });
  const score = roundScore(questions.reduce((sum, q) => sum + q.score, 0));
  const max = questions.length;
  const band = bandFor(quiz.bands, score, max);
  return { score, max, questions, ...(band && { band }) };
}
