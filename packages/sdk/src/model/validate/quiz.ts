import * as z from './zod.js';
import { jsonPath, type DataWarning } from '../problems.js';
import {
  QUESTION_KINDS,
  QUIZ_MODES,
  TRUE_FALSE_IDS,
  type Quiz,
  type QuizLink,
  type QuizMode,
  type QuizOption,
  type QuizQuestion,
  type QuizResources,
  type QuizSource,
  type ScoreBand,
} from '../quiz.js';
import { idSchema } from './common.js';
import { parseWebPage } from './fields.js';
import { issuesToWarnings, quoted } from './issues.js';
import { parseLeniently } from './lenient.js';
import { localizedTextSchema } from './text.js';

export const quizOptionSchema = z.object({
  id: idSchema,
  text: z.optional(localizedTextSchema),
  correct: z.boolean(),
  feedback: z.optional(localizedTextSchema),
});

/** A question as published; its options and source are checked on their own. */
export const quizQuestionSchema = z.object({
  id: idSchema,
  kind: z.enum(QUESTION_KINDS),
  prompt: localizedTextSchema,
  options: z.array(z.unknown()).check(z.minLength(2, 'a question needs at least two options')),
  explanation: localizedTextSchema,
  source: z.optional(z.unknown()),
});

const quizSourceSchema = z.object({ title: localizedTextSchema, url: z.unknown() });

const percentSchema = z.int().check(z.gte(0, 'must be 0 or more'), z.lte(100, 'must be 100 or less'));

const scoreBandSchema = z
  .object({ id: z.optional(idSchema), from: percentSchema, to: percentSchema, message: localizedTextSchema })
  .check(z.refine((b) => b.from <= b.to, { message: '"from" must not be above "to"', path: ['to'] }));

export const quizResourcesSchema = z.object({
  hotlines: z.optional(z.array(idSchema)),
  services: z.optional(z.array(idSchema)),
  links: z.optional(z.array(z.unknown())),
});

/** A quiz as published; questions, bands and resources are checked one by one. */
export const quizSchema = z.object({
  id: idSchema,
  title: localizedTextSchema,
  intro: z.optional(localizedTextSchema),
  mode: z.optional(z.enum(QUIZ_MODES)),
  questions: z.array(z.unknown()),
  poolSize: z.optional(z.int().check(z.gte(1, 'must be 1 or more'))),
  shuffle: z.optional(z.boolean()),
  allowBack: z.optional(z.boolean()),
  bands: z.optional(z.array(z.unknown())),
  resources: z.optional(z.unknown()),
});

const OPTIONAL_QUIZ_FIELDS = new Set(['intro', 'poolSize', 'shuffle', 'allowBack', 'bands', 'resources']);
const OPTIONAL_QUESTION_FIELDS = new Set(['source']);
const OPTIONAL_OPTION_FIELDS = new Set(['feedback']);

function skip(warnings: DataWarning[], path: readonly PropertyKey[], reason: string): undefined {
  warnings.push({ path: jsonPath(path), reason, action: 'skipped' });
  return undefined;
}

/** The rule a question's options break for its kind, or undefined when they keep it. */
function kindProblem(kind: QuizQuestion['kind'], options: readonly QuizOption[]): string | undefined {
  const right = options.filter((o) => o.correct).length;
  if (right === 0) return 'no option is marked correct';
  // Only a true-false option has words of its own ("True", "False"); any other would show as "False".
  if (kind !== 'true-false' && options.some((o) => o.text === undefined)) {
    return `every option of a ${kind}-choice question needs a text`;
  }
  if (kind === 'multiple') return undefined;
  if (right > 1) return `a ${kind} question has exactly one correct option, found ${right}`;
  if (kind === 'true-false') {
    const ids = options.map((o) => o.id).sort();
    if (ids.length !== 2 || ids[0] !== 'false' || ids[1] !== 'true') {
      return `a true-false question has two options, with the ids "${TRUE_FALSE_IDS.join('" and "')}"`;
    }
  }
  return undefined;
}

function parseOptions(input: readonly unknown[], path: readonly PropertyKey[], warnings: DataWarning[]) {
  const options: QuizOption[] = [];
  const seen = new Set<string>();
  for (const [i, item] of input.entries()) {
    const raw = parseLeniently(quizOptionSchema, item, [...path, i], OPTIONAL_OPTION_FIELDS, warnings);
    if (!raw) return undefined;
    if (seen.has(raw.id)) return skip(warnings, [...path, i, 'id'], `duplicate option id "${raw.id}"`);
    seen.add(raw.id);
    options.push({
      id: raw.id,
      ...(raw.text !== undefined && { text: raw.text }),
      correct: raw.correct,
      ...(raw.feedback !== undefined && { feedback: raw.feedback }),
    });
  }
  return options;
}

/** A question's source or a resource link (`what` names it in warnings); left out, and reported, unless its url is a safe web page. */
function parseSource(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
  what: 'source' | 'link' = 'source',
): QuizSource | undefined {
  if (input === undefined) return undefined;
  const leftOut = (found: readonly DataWarning[]) => {
    for (const w of found) warnings.push({ ...w, reason: `${w.reason}; the ${what} was left out`, action: 'repaired' });
    return undefined;
  };
  const parsed = quizSourceSchema.safeParse(input);
  if (!parsed.success) return leftOut(issuesToWarnings(parsed.error, input, path, 'repaired'));
  const found: DataWarning[] = [];
  const url = parseWebPage(parsed.data.url, [...path, 'url'], found);
  return url === undefined ? leftOut(found) : { title: parsed.data.title, url };
}

/**
 * Validates one question: a question whose options cannot be scored (none correct, two correct in
 * a single choice, a repeated option id) is skipped and reported, so it never teaches a wrong answer.
 */
function parseQuestion(
  input: unknown,
  path: readonly PropertyKey[],
  mode: QuizMode,
  warnings: DataWarning[],
): QuizQuestion | undefined {
  const raw = parseLeniently(quizQuestionSchema, input, path, OPTIONAL_QUESTION_FIELDS, warnings);
  if (!raw) return undefined;
  if (mode === 'myth-or-fact' && raw.kind !== 'true-false') {
    return skip(warnings, [...path, 'kind'], 'a myth-or-fact quiz asks true-false questions only');
  }
  const options = parseOptions(raw.options, [...path, 'options'], warnings);
  if (!options) return undefined;
  const problem = kindProblem(raw.kind, options);
  if (problem) return skip(warnings, [...path, 'options'], problem);
  const source = parseSource(raw.source, [...path, 'source'], warnings);
  return {
    id: raw.id,
    kind: raw.kind,
    prompt: raw.prompt,
    options,
    explanation: raw.explanation,
    ...(source && { source }),
  };
}

/**
 * Validates the score bands: a bad band is skipped, a band overlapping an earlier one (by `from`) is
 * skipped, and a gap (scores no band holds, 0 and 100 included) is reported; scores in a gap show no
 * message. The bands kept stay in the order published, so a band's place in the list is the one its
 * publisher gave it.
 */
function parseBands(input: readonly unknown[], path: readonly PropertyKey[], warnings: DataWarning[]) {
  const valid: { band: ScoreBand; index: number }[] = [];
  input.forEach((item, index) => {
    const parsed = scoreBandSchema.safeParse(item);
    if (parsed.success) {
      const { id, from, to, message } = parsed.data;
      valid.push({ band: { ...(id !== undefined && { id }), from, to, message }, index });
    } else warnings.push(...issuesToWarnings(parsed.error, item, [...path, index]));
  });
  const kept = new Set<number>();
  let covered = -1;
  for (const { band, index } of [...valid].sort((a, b) => a.band.from - b.band.from)) {
    if (band.from <= covered) {
      skip(warnings, [...path, index, 'from'], `overlaps another band (${band.from} is already in one)`);
      continue;
    }
    if (band.from > covered + 1) gap(warnings, [...path, index, 'from'], covered + 1, band.from - 1);
    kept.add(index);
    covered = band.to;
  }
  if (kept.size > 0 && covered < 100) gap(warnings, path, covered + 1, 100);
  return valid.filter(({ index }) => kept.has(index)).map(({ band }) => band);
}

function gap(warnings: DataWarning[], path: readonly PropertyKey[], from: number, to: number): void {
  const range = from === to ? `${from} %` : `${from}–${to} %`;
  warnings.push({
    path: jsonPath(path),
    reason: `no band holds scores of ${range}: they show no message`,
    action: 'repaired',
  });
}

/**
 * The records a quiz's resources can name, when the document holds them: hotline ids (undefined when
 * the hotlines are elsewhere, as for an API's answer) and service ids (the taxonomy in force).
 */
export interface QuizReferences {
  hotlineIds?: ReadonlySet<string>;
  serviceIds?: ReadonlySet<string>;
}

/** The ids of `ids` that name a known record; each other one is left out and reported. */
function knownIds(
  ids: readonly string[],
  known: ReadonlySet<string> | undefined,
  path: readonly PropertyKey[],
  what: string,
  warnings: DataWarning[],
): string[] {
  return ids.filter((id, i) => {
    if (!known || known.has(id)) return true;
    warnings.push({ path: jsonPath([...path, i]), reason: `${what} ${quoted(id)}; left out`, action: 'repaired' });
    return false;
  });
}

function parseResources(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
  references: QuizReferences,
): QuizResources {
  const none: QuizResources = { hotlines: [], services: [], links: [] };
  if (input === undefined) return none;
  const parsed = quizResourcesSchema.safeParse(input);
  if (!parsed.success) {
    for (const w of issuesToWarnings(parsed.error, input, path, 'repaired')) {
      warnings.push({ ...w, reason: `${w.reason}; the resources were left out` });
    }
    return none;
  }
  const links: QuizLink[] = [];
  (parsed.data.links ?? []).forEach((item, i) => {
    const link = parseSource(item, [...path, 'links', i], warnings, 'link');
    if (link) links.push(link);
  });
  const checked = (key: 'hotlines' | 'services', known: ReadonlySet<string> | undefined, what: string) =>
    knownIds(parsed.data[key] ?? [], known, [...path, key], what, warnings);
  return {
    hotlines: checked('hotlines', references.hotlineIds, 'no hotline in the dataset has the id'),
    services: checked('services', references.serviceIds, 'no service in the taxonomy has the id'),
    links,
  };
}

/**
 * Validates one quiz. Bad questions are skipped one by one (with their path and reason) and the
 * rest still run; the quiz itself is skipped when its own fields are wrong or no question is left.
 * `references`: the hotlines and services its resources may name, when the document holds them.
 */
export function parseQuiz(
  input: unknown,
  path: readonly PropertyKey[],
  warnings: DataWarning[],
  references: QuizReferences = {},
): Quiz | undefined {
  const raw = parseLeniently(quizSchema, input, path, OPTIONAL_QUIZ_FIELDS, warnings);
  if (!raw) return undefined;
  const mode = raw.mode ?? 'scored';
  const questions: QuizQuestion[] = [];
  const seen = new Set<string>();
  raw.questions.forEach((item, i) => {
    const question = parseQuestion(item, [...path, 'questions', i], mode, warnings);
    if (!question) return;
    if (seen.has(question.id)) {
      skip(warnings, [...path, 'questions', i, 'id'], `duplicate question id "${question.id}"; the first is kept`);
      return;
    }
    seen.add(question.id);
    questions.push(question);
  });
  if (questions.length === 0) return skip(warnings, [...path, 'questions'], 'no valid question; the quiz is skipped');

  let bands: ScoreBand[] = [];
  // An empty list says there are no bands, as the checked quiz writes it.
  const hasBands = Array.isArray(raw.bands) ? raw.bands.length > 0 : Boolean(raw.bands);
  if (hasBands && mode === 'myth-or-fact') {
    warnings.push({
      path: jsonPath([...path, 'bands']),
      reason: 'a myth-or-fact quiz has no score, so no bands; ignored',
      action: 'repaired',
    });
  } else if (raw.bands) bands = parseBands(raw.bands, [...path, 'bands'], warnings);

  return {
    id: raw.id,
    title: raw.title,
    ...(raw.intro !== undefined && { intro: raw.intro }),
    mode,
    questions,
    ...(raw.poolSize !== undefined && { poolSize: raw.poolSize }),
    shuffle: raw.shuffle ?? false,
    allowBack: raw.allowBack ?? true,
    bands,
    resources: parseResources(raw.resources, [...path, 'resources'], warnings, references),
  };
}
