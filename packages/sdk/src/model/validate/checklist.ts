import * as z from './zod.js';
import {
  DOCUMENT_NEEDS,
  DURATION_UNITS,
  type Checklist,
  type ChecklistDocument,
  type ChecklistStep,
  type Cost,
  type ScreeningQuestion,
  type StepCondition,
  type StepPlace,
  groupSteps,
} from '../checklist.js';
import { jsonPath, type DataWarning } from '../problems.js';
import { countrySchema, idSchema, isoDateSchema } from './common.js';
import { parseWebPage } from './fields.js';
import { show } from './issues.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

type Path = readonly PropertyKey[];

let currencies: ReadonlySet<string> | undefined;

/**
 * True for an ISO 4217 code the runtime knows (`Intl.supportedValuesOf`), or, where it cannot
 * say, for three capital letters.
 */
export function isCurrencyCode(code: string): boolean {
  if (!/^[A-Z]{3}$/.test(code)) return false;
  if (typeof Intl.supportedValuesOf !== 'function') return true;
  currencies ??= new Set(Intl.supportedValuesOf('currency'));
  return currencies.has(code);
}

export const currencySchema = z
  .string()
  .check(z.refine(isCurrencyCode, 'not an ISO 4217 currency code in capitals, such as "XOF", "EUR" or "PHP"'));

const screeningOptionSchema = z.object({ id: idSchema, label: localizedTextSchema });

export const screeningQuestionSchema = z.object({
  id: idSchema,
  prompt: localizedTextSchema,
  options: z.array(screeningOptionSchema).check(z.minLength(2, 'a question needs at least two options')),
});

export const conditionSchema = z.object({
  question: idSchema,
  answers: z.array(idSchema).check(z.minLength(1, 'name at least one answer')),
});

export const documentSchema = z.object({
  id: z.optional(idSchema),
  name: localizedTextSchema,
  need: z.optional(z.enum(DOCUMENT_NEEDS)),
  note: z.optional(localizedTextSchema),
});

export const costSchema = z.object({
  amount: z.number().check(z.minimum(0, 'a cost is a number of 0 or more')),
  currency: currencySchema,
  note: z.optional(localizedTextSchema),
});

export const durationSchema = z
  .object({
    // A refinement, not z.positive(): the JSON Schema then needs no exclusiveMinimum, which draft-07 tools read differently.
    min: z.number().check(z.refine((n) => n > 0, 'a duration is more than 0')),
    max: z.optional(z.number()),
    unit: z.enum(DURATION_UNITS),
  })
  .check(z.refine((d) => d.max === undefined || d.max >= d.min, { message: 'max is less than min', path: ['max'] }));

export const placeSchema = z.object({
  centres: z.optional(z.array(idSchema)),
  url: z.optional(z.unknown()),
  note: z.optional(localizedTextSchema),
});

/** A step as published; its conditions, documents, cost and place are checked one by one. */
export const stepSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  description: z.optional(localizedTextSchema),
  optional: z.optional(z.boolean()),
  join: z.optional(z.enum(['and', 'or'])),
  when: z.optional(z.array(z.unknown())),
  documents: z.optional(z.array(z.unknown())),
  cost: z.optional(z.unknown()),
  duration: z.optional(durationSchema),
  where: z.optional(z.unknown()),
  tasks: z.optional(z.array(localizedTextSchema)),
});

export const checklistSourceSchema = z.object({ title: localizedTextSchema, url: z.optional(z.unknown()) });

/** A checklist as published; its questions and steps are checked one by one. */
export const checklistSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  summary: z.optional(localizedTextSchema),
  kind: idSchema,
  from: z.optional(countrySchema),
  to: z.optional(countrySchema),
  reviewed: isoDateSchema,
  source: checklistSourceSchema,
  questions: z.optional(z.array(z.unknown())),
  steps: z.array(z.unknown()),
});

const OPTIONAL_CHECKLIST_FIELDS = new Set(['summary', 'from', 'to', 'questions']);
const OPTIONAL_STEP_FIELDS = new Set(['description', 'optional', 'join', 'duration', 'tasks']);
const NO_OPTIONAL_FIELDS = new Set<string>();
const OPTIONAL_NOTE = new Set(['note']);
const OPTIONAL_DOCUMENT_FIELDS = new Set(['id', 'note']);

/** Parses each item of a list on its own, keeping the good ones in order. */
function eachOf<T>(
  list: readonly unknown[] | undefined,
  path: Path,
  parse: (item: unknown, at: Path) => T | undefined,
) {
  const out: T[] = [];
  (list ?? []).forEach((item, i) => {
    const parsed = parse(item, [...path, i]);
    if (parsed !== undefined) out.push(parsed);
  });
  return out;
}

/**
 * Parses one part of a checklist (a question, a condition, a document…): fields in `optional` are
 * dropped on their own; a part that is still wrong is left out, and each warning says so.
 */
function parsePart<T>(
  schema: z.ZodMiniType<T>,
  input: unknown,
  path: Path,
  optional: ReadonlySet<string>,
  what: string,
  warnings: DataWarning[],
): T | undefined {
  const found: DataWarning[] = [];
  const parsed = parseLeniently(schema, input, path, optional, found);
  for (const w of found)
    warnings.push(w.action === 'skipped' ? { ...w, reason: `${w.reason}; ${what} was left out` } : w);
  return parsed;
}

/** A repaired or skipped part of a checklist. */
function warn(warnings: DataWarning[], path: Path, reason: string, action: DataWarning['action']): void {
  warnings.push({ path: jsonPath(path), reason, action });
}

function parseQuestions(list: readonly unknown[] | undefined, path: Path, warnings: DataWarning[]) {
  const seen = new Set<string>();
  return eachOf(list, path, (item, at): ScreeningQuestion | undefined => {
    const q = parsePart(screeningQuestionSchema, item, at, NO_OPTIONAL_FIELDS, 'the question', warnings);
    if (!q) return undefined;
    if (seen.has(q.id)) {
      warn(warnings, [...at, 'id'], `duplicate question id "${q.id}"; the first question with it is kept`, 'skipped');
      return undefined;
    }
    seen.add(q.id);
    const optionIds = new Set<string>();
    const options = q.options.filter((o, i) => {
      if (!optionIds.has(o.id)) return optionIds.add(o.id);
      warn(warnings, [...at, 'options', i, 'id'], `duplicate option id "${o.id}"; left out`, 'repaired');
      return false;
    });
    return { id: q.id, prompt: q.prompt, options };
  });
}

/** A condition on a question or answer the checklist does not have is dropped: it could never hold. */
function parseConditions(
  list: readonly unknown[] | undefined,
  path: Path,
  questions: readonly ScreeningQuestion[],
  warnings: DataWarning[],
): StepCondition[] {
  return eachOf(list, path, (item, at): StepCondition | undefined => {
    const parsed = parsePart(conditionSchema, item, at, NO_OPTIONAL_FIELDS, 'the condition', warnings);
    if (!parsed) return undefined;
    const question = questions.find((q) => q.id === parsed.question);
    if (!question) {
      warn(
        warnings,
        [...at, 'question'],
        `no screening question has the id ${show(parsed.question)}; the condition was left out`,
        'skipped',
      );
      return undefined;
    }
    const answers = parsed.answers.filter((answer, i) => {
      if (question.options.some((o) => o.id === answer)) return true;
      warn(
        warnings,
        [...at, 'answers', i],
        `question "${question.id}" has no option ${show(answer)}; left out`,
        'repaired',
      );
      return false;
    });
    if (answers.length === 0) {
      warn(warnings, [...at, 'answers'], 'no known answer is left; the condition was left out', 'skipped');
      return undefined;
    }
    return { question: question.id, answers };
  });
}

/** A document id used twice in a step is dropped from the second: ticks must name one document. */
function parseDocuments(list: readonly unknown[] | undefined, path: Path, warnings: DataWarning[]) {
  const ids = new Set<string>();
  return eachOf(list, path, (item, at): ChecklistDocument | undefined => {
    const d = parsePart(documentSchema, item, at, OPTIONAL_DOCUMENT_FIELDS, 'the document', warnings);
    if (!d) return undefined;
    let id = d.id;
    if (id !== undefined && ids.has(id)) {
      warn(warnings, [...at, 'id'], `duplicate document id "${id}" in this step; left out`, 'repaired');
      id = undefined;
    }
    if (id !== undefined) ids.add(id);
    return {
      ...(id !== undefined && { id }),
      name: d.name,
      need: d.need ?? 'required',
      ...(d.note !== undefined && { note: d.note }),
    };
  });
}

function parseCost(input: unknown, path: Path, warnings: DataWarning[]): Cost | undefined {
  if (input === undefined) return undefined;
  const c = parsePart(costSchema, input, path, OPTIONAL_NOTE, 'the cost', warnings);
  if (!c) return undefined;
  return { amount: c.amount, currency: c.currency, ...(c.note !== undefined && { note: c.note }) };
}

function parsePlace(
  input: unknown,
  path: Path,
  centreIds: ReadonlySet<string> | undefined,
  warnings: DataWarning[],
): StepPlace | undefined {
  if (input === undefined) return undefined;
  const p = parsePart(placeSchema, input, path, OPTIONAL_NOTE, 'the place', warnings);
  if (!p) return undefined;
  const centres = (p.centres ?? []).filter((id, i) => {
    if (!centreIds || centreIds.has(id)) return true;
    warn(warnings, [...path, 'centres', i], `no centre in the dataset has the id ${show(id)}; left out`, 'repaired');
    return false;
  });
  const url = parseWebPage(p.url, [...path, 'url'], warnings);
  if (centres.length === 0 && url === undefined) {
    if (p.centres === undefined && p.url === undefined)
      warn(warnings, path, 'names no centre and no url; left out', 'skipped');
    return undefined;
  }
  return { centres, ...(url !== undefined && { url }), ...(p.note !== undefined && { note: p.note }) };
}

function parseStep(
  input: unknown,
  path: Path,
  questions: readonly ScreeningQuestion[],
  centreIds: ReadonlySet<string> | undefined,
  warnings: DataWarning[],
): ChecklistStep | undefined {
  const s = parsePart(stepSchema, input, path, OPTIONAL_STEP_FIELDS, 'the step', warnings);
  if (!s) return undefined;
  const cost = parseCost(s.cost, [...path, 'cost'], warnings);
  const where = parsePlace(s.where, [...path, 'where'], centreIds, warnings);
  return {
    id: s.id,
    title: s.title,
    ...(s.description !== undefined && { description: s.description }),
    optional: s.optional ?? false,
    ...(s.join !== undefined && { join: s.join }),
    when: parseConditions(s.when, [...path, 'when'], questions, warnings),
    documents: parseDocuments(s.documents, [...path, 'documents'], warnings),
    ...(cost !== undefined && { cost }),
    ...(s.duration !== undefined && { duration: s.duration }),
    ...(where !== undefined && { where }),
    tasks: s.tasks ?? [],
  };
}

/** Steps with a taken id are skipped; a join that mixes `and` and `or` in one group is repaired. */
function parseSteps(
  list: readonly unknown[],
  path: Path,
  questions: readonly ScreeningQuestion[],
  centreIds: ReadonlySet<string> | undefined,
  warnings: DataWarning[],
): ChecklistStep[] {
  const seen = new Set<string>();
  const steps: ChecklistStep[] = [];
  const indexOf = new Map<ChecklistStep, number>();
  list.forEach((item, i) => {
    const step = parseStep(item, [...path, i], questions, centreIds, warnings);
    if (!step) return;
    if (seen.has(step.id)) {
      warn(warnings, [...path, i, 'id'], `duplicate step id "${step.id}"; the first step with it is kept`, 'skipped');
      return;
    }
    seen.add(step.id);
    const previous = steps[steps.length - 1];
    if (step.join && !previous) {
      warn(warnings, [...path, i, 'join'], 'the first step has no step before it to join; ignored', 'repaired');
      delete step.join;
    } else if (step.join && previous?.join && previous.join !== step.join) {
      warn(
        warnings,
        [...path, i, 'join'],
        `"${step.join}" after "${previous.join}": one group of steps is all "and" or all "or"; read as "${previous.join}"`,
        'repaired',
      );
      step.join = previous.join;
    }
    steps.push(step);
    indexOf.set(step, i);
  });
  optionalChoices(steps, indexOf, path, warnings);
  return steps;
}

/**
 * An optional step among "or" alternatives makes doing nothing one of the choices: the whole group
 * is read as optional, so that the progress count and the cost total agree, and each such step is
 * reported.
 */
function optionalChoices(
  steps: readonly ChecklistStep[],
  indexOf: ReadonlyMap<ChecklistStep, number>,
  path: Path,
  warnings: DataWarning[],
): void {
  for (const group of groupSteps(steps)) {
    if (group.logic !== 'or' || group.steps.every((s) => s.optional === group.steps[0]!.optional)) continue;
    for (const step of group.steps) {
      if (!step.optional) continue;
      warn(
        warnings,
        [...path, indexOf.get(step)!, 'optional'],
        'an optional step among "or" alternatives makes the whole choice optional; every step of the group is read as optional',
        'repaired',
      );
    }
    for (const step of group.steps) step.optional = true;
  }
}

/**
 * Validates one checklist. Bad questions, conditions, documents, costs, places and steps are left
 * out one by one, each reported with its path; the checklist is skipped only when its own fields
 * are wrong or no step is left. `centreIds`: the dataset's centres, against which each step's
 * places are checked; undefined when the document holds no centres (an index of shards).
 */
export function parseChecklist(
  input: unknown,
  path: PropertyKey[],
  warnings: DataWarning[],
  centreIds?: ReadonlySet<string>,
): Checklist | undefined {
  const raw = parseLeniently(checklistSchema, input, path, OPTIONAL_CHECKLIST_FIELDS, warnings);
  if (!raw) return undefined;
  const sourceUrl = parseWebPage(raw.source.url, [...path, 'source', 'url'], warnings);
  const questions = parseQuestions(raw.questions, [...path, 'questions'], warnings);
  const steps = parseSteps(raw.steps, [...path, 'steps'], questions, centreIds, warnings);
  if (steps.length === 0) {
    warn(warnings, [...path, 'steps'], 'no usable step', 'skipped');
    return undefined;
  }
  return {
    id: raw.id,
    title: raw.title,
    ...(raw.summary !== undefined && { summary: raw.summary }),
    kind: raw.kind,
    ...(raw.from !== undefined && { from: raw.from }),
    ...(raw.to !== undefined && { to: raw.to }),
    reviewed: raw.reviewed,
    source: { title: raw.source.title, ...(sourceUrl !== undefined && { url: sourceUrl }) },
    questions,
    steps,
  };
}
