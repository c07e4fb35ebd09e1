import { ownValue } from './own-value.js';
import type { LocalizedText } from './text.js';

/** One answer a screening question offers. */
export interface ScreeningOption {
  id: string;
  label: LocalizedText;
}

/** A question asked before the steps, whose answer hides the steps that do not apply. */
export interface ScreeningQuestion {
  id: string;
  prompt: LocalizedText;
  /** At least two answers to choose from. */
  options: ScreeningOption[];
}

/** A step applies when the answer to `question` is one of `answers` (or while the question is unanswered). */
export interface StepCondition {
  question: string;
  answers: string[];
}

/** Whether a document must be brought in every case, or only in some (a marriage certificate, say). */
export const DOCUMENT_NEEDS = ['required', 'if-applicable'] as const;
export type DocumentNeed = (typeof DOCUMENT_NEEDS)[number];

export interface ChecklistDocument {
  /**
   * Unique within its step. Optional; with it, a person's tick on the document survives a revision
   * of the checklist that adds, removes or reorders documents.
   */
  id?: string;
  name: LocalizedText;
  need: DocumentNeed;
  note?: LocalizedText;
}

/** What a step costs, in one currency. */
export interface Cost {
  amount: number;
  /** ISO 4217 code, such as `XOF`, `EUR`, `PHP`. */
  currency: string;
  note?: LocalizedText;
}

export const DURATION_UNITS = ['hour', 'day', 'week', 'month'] as const;
export type DurationUnit = (typeof DURATION_UNITS)[number];

/** How long a step usually takes: `min` units, or from `min` to `max`. */
export interface Duration {
  min: number;
  max?: number;
  unit: DurationUnit;
}

/** Where to go for a step: centres of the same dataset, and/or a web page. */
export interface StepPlace {
  centres: string[];
  url?: string;
  note?: LocalizedText;
}

/**
 * How a step relates to the step before it: `and` (both are needed, under one number) or `or`
 * (either will do, under one number). Absent: a step of its own.
 */
export type StepJoin = 'and' | 'or';

export interface ChecklistStep {
  id: string;
  title: LocalizedText;
  description?: LocalizedText;
  /** Helpful but not needed: left out of the progress count and of the total cost. */
  optional: boolean;
  join?: StepJoin;
  /** Every condition must hold for the step to apply. Empty: it always applies. */
  when: StepCondition[];
  documents: ChecklistDocument[];
  cost?: Cost;
  duration?: Duration;
  where?: StepPlace;
  /** Smaller things to do within the step, in order. */
  tasks: LocalizedText[];
}

export interface ChecklistSource {
  title: LocalizedText;
  url?: string;
}

/** A regular-migration procedure as a sequence of steps a person works through. */
export interface Checklist {
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  /** Free-form id of the kind of procedure (`work-permit`, `reintegration`, `family-reunification`…). */
  kind: string;
  /** ISO 3166-1 alpha-2 of the country people leave from, and go to. */
  from?: string;
  to?: string;
  /** When the publisher last checked the procedure against its source, YYYY-MM-DD. */
  reviewed: string;
  source: ChecklistSource;
  questions: ScreeningQuestion[];
  steps: ChecklistStep[];
}

/** Answers to the screening questions: question id → option id. */
export type ScreeningAnswers = Readonly<Record<string, string | undefined>>;

/** True when every condition of the step holds; an unanswered question hides nothing. */
export function stepApplies(step: ChecklistStep, answers: ScreeningAnswers): boolean {
  return step.when.every((condition) => {
    // Own answers only: a question id such as "constructor" must not find Object.prototype's.
    const answer = ownValue(answers, condition.question);
    return answer === undefined || condition.answers.includes(answer);
  });
}

/** The steps that apply, in order. */
export function applicableSteps(checklist: Checklist, answers: ScreeningAnswers): ChecklistStep[] {
  return checklist.steps.filter((step) => stepApplies(step, answers));
}

/** Steps under one number: a single step, steps that are all needed (`and`), or alternatives (`or`). */
export interface StepGroup {
  /** 1-based. */
  number: number;
  logic: 'single' | 'and' | 'or';
  steps: ChecklistStep[];
}

/**
 * Numbers every step of a checklist as published, joining each step that says `and` or `or` to the
 * one before it. A group takes the join of its second step (validation makes every join in a group
 * the same, and removes a join from the first step).
 */
export function groupSteps(steps: readonly ChecklistStep[]): StepGroup[] {
  const groups: StepGroup[] = [];
  for (const step of steps) {
    const last = groups[groups.length - 1];
    if (step.join && last) {
      if (last.logic === 'single') last.logic = step.join;
      last.steps.push(step);
    } else groups.push({ number: groups.length + 1, logic: 'single', steps: [step] });
  }
  return groups;
}

/**
 * The groups a person sees, given their answers. Steps are grouped as published first, so that a
 * hidden step never makes the one after it join a different step; then the hidden steps are taken
 * out of their groups, empty groups dropped, the rest numbered again, and a group left with one
 * step becomes a single step.
 */
export function applicableGroups(checklist: Checklist, answers: ScreeningAnswers): StepGroup[] {
  const groups: StepGroup[] = [];
  for (const group of groupSteps(checklist.steps)) {
    const steps = group.steps.filter((step) => stepApplies(step, answers));
    if (steps.length === 0) continue;
    groups.push({ number: groups.length + 1, logic: steps.length === 1 ? 'single' : group.logic, steps });
  }
  return groups;
}

/**
 * What the person has ticked: ids of done steps, and document keys (see `documentKey`).
 */
export interface Ticks {
  steps: ReadonlySet<string>;
  documents: ReadonlySet<string>;
}

/**
 * The key of a document's tick: `stepId#documentId` for a document with an id, which stays right
 * when the checklist is revised; else `stepId/index`, its place in the step, which is right only for
 * the version of the checklist it was ticked on. (Ids never contain `#` or `/`.)
 */
export function documentKey(step: ChecklistStep, index: number): string {
  const id = step.documents[index]?.id;
  return id === undefined ? `${step.id}/${index}` : `${step.id}#${id}`;
}

/** True for a key made from a document's id, which may be carried over to a revised checklist. */
export function isLastingDocumentKey(key: string): boolean {
  return key.includes('#');
}

export type StepStatus = 'not-started' | 'in-progress' | 'done';

/** Done when ticked; in progress when some of its documents are ticked; else not started. */
export function stepStatus(step: ChecklistStep, ticks: Ticks): StepStatus {
  if (ticks.steps.has(step.id)) return 'done';
  return step.documents.some((_, i) => ticks.documents.has(documentKey(step, i))) ? 'in-progress' : 'not-started';
}

/**
 * The steps of a group that count, or none. A step marked `optional` does not count. A group of
 * alternatives counts once, and not at all when one of them is optional: doing nothing is then one
 * of the choices (validation warns about such a group). Progress and cost totals both go by this.
 */
function neededSteps(group: StepGroup): ChecklistStep[] {
  if (group.logic === 'or') return group.steps.some((s) => s.optional) ? [] : group.steps;
  return group.steps.filter((s) => !s.optional);
}

/**
 * How far the person is: each needed step counts once, a group of alternatives counts once (done
 * when any of them is), optional steps do not count.
 */
export function checklistProgress(groups: readonly StepGroup[], ticks: Ticks): { done: number; total: number } {
  let done = 0;
  let total = 0;
  for (const group of groups) {
    const needed = neededSteps(group);
    if (needed.length === 0) continue;
    if (group.logic === 'or') {
      total++;
      if (needed.some((s) => ticks.steps.has(s.id))) done++;
    } else {
      total += needed.length;
      done += needed.filter((s) => ticks.steps.has(s.id)).length;
    }
  }
  return { done, total };
}

/** A total in one currency; `atLeast` when alternatives in that currency, not yet chosen, may cost more. */
export interface CostTotal {
  currency: string;
  amount: number;
  atLeast: boolean;
}

/**
 * The required costs: `totals` per currency, in order of first appearance, and `choices` not yet
 * made between alternatives that cannot be added up (in different currencies, or one of them free:
 * `undefined`), each listing what each alternative costs.
 */
export interface CostTotals {
  totals: CostTotal[];
  choices: (Cost | undefined)[][];
}

/**
 * The total of the needed steps' costs. Of a group of alternatives, the one ticked counts; until one
 * is, the cheapest does when they all cost something in one currency (the total then says "at least"
 * if they differ), and otherwise the choice is listed on its own.
 */
export function requiredCostTotals(groups: readonly StepGroup[], ticks: Ticks): CostTotals {
  const totals = new Map<string, CostTotal>();
  const choices: (Cost | undefined)[][] = [];
  const add = (cost: Cost | undefined, atLeast = false) => {
    if (!cost) return;
    const total = totals.get(cost.currency) ?? { currency: cost.currency, amount: 0, atLeast: false };
    total.amount += cost.amount;
    total.atLeast ||= atLeast;
    totals.set(cost.currency, total);
  };
  for (const group of groups) {
    const needed = neededSteps(group);
    if (group.logic !== 'or' || needed.length === 0) {
      needed.forEach((s) => add(s.cost));
      continue;
    }
    const chosen = needed.find((s) => ticks.steps.has(s.id));
    if (chosen) {
      add(chosen.cost);
      continue;
    }
    const costs = needed.map((s) => s.cost);
    const currencies = new Set(costs.map((c) => c?.currency));
    if (currencies.size > 1 || currencies.has(undefined)) {
      // All free: nothing to add and nothing to choose between.
      if (costs.some((c) => c !== undefined)) choices.push(costs);
      continue;
    }
    const cheapest = costs.reduce((a, b) => (b!.amount < a!.amount ? b : a));
    add(cheapest, new Set(costs.map((c) => c!.amount)).size > 1);
  }
  return { totals: [...totals.values()], choices };
}
