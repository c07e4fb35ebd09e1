import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import type { DataWarning } from '../src/model/problems.js';
import {
  bandFor,
  isFact,
  newAttempt,
  scoreAnswer,
  scoreAttempt,
  shuffled,
  type Quiz,
  type QuizQuestion,
} from '../src/model/quiz.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { parseQuiz } from '../src/model/validate/quiz.js';

/** A seeded source of numbers in [0, 1) (mulberry32), so shuffles are the same on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const trueFalse = (id: string, fact: boolean) => ({
  id,
  kind: 'true-false',
  prompt: `Statement ${id}`,
  options: [
    { id: 'true', correct: fact },
    { id: 'false', correct: !fact },
  ],
  explanation: 'Because.',
  source: { title: 'UNODC', url: 'https://www.unodc.org/' },
});

const single = (id: string) => ({
  id,
  kind: 'single',
  prompt: 'Which one?',
  options: [
    { id: 'a', text: 'A', correct: true, feedback: 'Yes' },
    { id: 'b', text: 'B', correct: false, feedback: 'No' },
    { id: 'c', text: 'C', correct: false },
  ],
  explanation: 'A is right.',
});

const multiple = (id: string) => ({
  id,
  kind: 'multiple',
  prompt: 'Which ones?',
  options: [
    { id: 'a', text: 'A', correct: true },
    { id: 'b', text: 'B', correct: true },
    { id: 'c', text: 'C', correct: false },
    { id: 'd', text: 'D', correct: false },
  ],
  explanation: 'A and B.',
});

const rawQuiz = (overrides: Record<string, unknown> = {}) => ({
  id: 'quiz-1',
  title: { en: 'Quiz', fr: 'Quiz' },
  questions: [single('q1'), multiple('q2'), trueFalse('q3', false)],
  bands: [
    { id: 'low', from: 0, to: 49, message: 'Low' },
    { id: 'high', from: 50, to: 100, message: 'High' },
  ],
  ...overrides,
});

function parse(input: unknown): { quiz: Quiz | undefined; warnings: DataWarning[] } {
  const warnings: DataWarning[] = [];
  return { quiz: parseQuiz(input, ['quizzes', 0], warnings), warnings };
}

function question(quiz: Quiz | undefined, id: string): QuizQuestion {
  const q = quiz?.questions.find((x) => x.id === id);
  if (!q) throw new Error(`no question ${id}`);
  return q;
}

describe('quizzes: validation', () => {
  it('reads a valid quiz with defaults for what it leaves out', () => {
    const { quiz, warnings } = parse(rawQuiz());
    expect(warnings).to.deep.equal([]);
    expect(quiz).to.include({ id: 'quiz-1', mode: 'scored', shuffle: false, allowBack: true });
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q1', 'q2', 'q3']);
    expect(quiz!.resources).to.deep.equal({ hotlines: [], services: [], links: [] });
    expect(question(quiz, 'q3').source).to.deep.equal({ title: 'UNODC', url: 'https://www.unodc.org/' });
  });

  it('skips a question with no correct option, with its path, and keeps the others', () => {
    const bad = { ...single('q2'), options: single('q2').options.map((o) => ({ ...o, correct: false })) };
    const { quiz, warnings } = parse(rawQuiz({ questions: [single('q1'), bad, trueFalse('q3', true)] }));
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q1', 'q3']);
    expect(warnings).to.deep.equal([
      { path: '$.quizzes[0].questions[1].options', reason: 'no option is marked correct', action: 'skipped' },
    ]);
  });

  it('skips a single-choice question with two correct options', () => {
    const bad = { ...single('q2'), options: single('q2').options.map((o) => ({ ...o, correct: true })) };
    const { warnings } = parse(rawQuiz({ questions: [single('q1'), bad] }));
    expect(warnings[0]!.path).to.equal('$.quizzes[0].questions[1].options');
    expect(warnings[0]!.reason).to.contain('exactly one correct option, found 3');
  });

  it('skips a multiple-choice question with an option that has no text, which would show as "False"', () => {
    const bad = { ...multiple('q2'), options: [...multiple('q2').options, { id: 'e', correct: false }] };
    const { quiz, warnings } = parse(rawQuiz({ questions: [single('q1'), bad] }));
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q1']);
    expect(warnings).to.deep.equal([
      {
        path: '$.quizzes[0].questions[1].options',
        reason: 'every option of a multiple-choice question needs a text',
        action: 'skipped',
      },
    ]);
  });

  it('skips a true-false question whose options are not "true" and "false"', () => {
    const bad = {
      ...trueFalse('q2', true),
      options: [
        { id: 'yes', correct: true },
        { id: 'no', correct: false },
      ],
    };
    const { quiz, warnings } = parse(rawQuiz({ questions: [single('q1'), bad] }));
    expect(quiz!.questions).to.have.length(1);
    expect(warnings[0]!.reason).to.contain('"true" and "false"');
  });

  it('skips a repeated question id and a repeated option id', () => {
    const twice = {
      ...multiple('q2'),
      options: [...multiple('q2').options, { id: 'a', text: 'A again', correct: false }],
    };
    const { quiz, warnings } = parse(rawQuiz({ questions: [single('q1'), single('q1'), twice] }));
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q1']);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      '$.quizzes[0].questions[1].id',
      '$.quizzes[0].questions[2].options[4].id',
    ]);
    expect(warnings[0]!.reason).to.contain('duplicate question id "q1"');
    expect(warnings[1]!.reason).to.contain('duplicate option id "a"');
  });

  it('reports a missing field of a question with its path', () => {
    const { quiz, warnings } = parse(rawQuiz({ questions: [single('q1'), { ...single('q2'), explanation: 42 }] }));
    expect(quiz!.questions).to.have.length(1);
    expect(warnings[0]!.path).to.equal('$.quizzes[0].questions[1].explanation');
  });

  it('drops a source with an unsafe link and keeps the question', () => {
    const q = { ...trueFalse('q1', true), source: { title: 'Bad', url: 'javascript:alert(1)' } };
    const { quiz, warnings } = parse(rawQuiz({ questions: [q] }));
    expect(quiz!.questions[0]!.source).to.equal(undefined);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({ path: '$.quizzes[0].questions[0].source.url', action: 'repaired' });
    expect(warnings[0]!.reason).to.match(/; the source was left out$/);
  });

  it('reports a gap between bands, and a gap at the top', () => {
    const bands = [
      { from: 0, to: 39, message: 'Low' },
      { from: 50, to: 89, message: 'Mid' },
    ];
    const { quiz, warnings } = parse(rawQuiz({ bands }));
    expect(quiz!.bands).to.have.length(2);
    expect(warnings.map((w) => [w.path, w.reason])).to.deep.equal([
      ['$.quizzes[0].bands[1].from', 'no band holds scores of 40–49 %: they show no message'],
      ['$.quizzes[0].bands', 'no band holds scores of 90–100 %: they show no message'],
    ]);
  });

  it('skips a band that overlaps another, and keeps the others in the order published', () => {
    const bands = [
      { id: 'high', from: 50, to: 100, message: 'High' },
      { id: 'low', from: 0, to: 49, message: 'Low' },
      { id: 'mid', from: 40, to: 60, message: 'Overlaps' },
    ];
    const { quiz, warnings } = parse(rawQuiz({ bands }));
    expect(quiz!.bands.map((b) => b.id)).to.deep.equal(['high', 'low']);
    // The band's place is the one its publisher gave it, as `mrc-quiz-complete` reports it.
    expect(bandFor(quiz!.bands, 3, 3)).to.deep.include({ index: 0 });
    expect(bandFor(quiz!.bands, 0, 3)).to.deep.include({ index: 1 });
    expect(warnings).to.deep.equal([
      {
        path: '$.quizzes[0].bands[2].from',
        reason: 'overlaps another band (40 is already in one)',
        action: 'skipped',
      },
    ]);
  });

  it('skips a band whose range is upside down or out of 0–100', () => {
    const bands = [
      { from: 0, to: 120, message: 'Too far' },
      { from: 60, to: 10, message: 'Upside down' },
      { from: 0, to: 100, message: 'All' },
    ];
    const { quiz, warnings } = parse(rawQuiz({ bands }));
    expect(quiz!.bands.map((b) => b.message)).to.deep.equal(['All']);
    expect(warnings.map((w) => w.path)).to.deep.equal(['$.quizzes[0].bands[0].to', '$.quizzes[0].bands[1].to']);
  });

  it('accepts only true-false questions in myth-or-fact mode, and ignores bands there', () => {
    const { quiz, warnings } = parse(rawQuiz({ mode: 'myth-or-fact' }));
    expect(quiz!.questions.map((q) => q.id)).to.deep.equal(['q3']);
    expect(quiz!.bands).to.deep.equal([]);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      '$.quizzes[0].questions[0].kind',
      '$.quizzes[0].questions[1].kind',
      '$.quizzes[0].bands',
    ]);
    // The checked quiz, written out and read again, says nothing more: an empty list is no bands.
    const again = parse({ ...quiz, bands: [] });
    expect(again.warnings).to.deep.equal([]);
  });

  it('skips a quiz with no valid question', () => {
    const { quiz, warnings } = parse(rawQuiz({ questions: [{ id: 'q1' }] }));
    expect(quiz).to.equal(undefined);
    expect(warnings.at(-1)).to.deep.equal({
      path: '$.quizzes[0].questions',
      reason: 'no valid question; the quiz is skipped',
      action: 'skipped',
    });
  });

  it('keeps safe resource links and drops the others', () => {
    const resources = {
      hotlines: ['line-1'],
      services: ['risk-awareness'],
      links: [
        { title: 'Help', url: 'https://help.unhcr.org/' },
        { title: 'Bad', url: 'data:text/html,hi' },
      ],
    };
    const { quiz, warnings } = parse(rawQuiz({ resources }));
    expect(quiz!.resources).to.deep.equal({
      hotlines: ['line-1'],
      services: ['risk-awareness'],
      links: [{ title: 'Help', url: 'https://help.unhcr.org/' }],
    });
    expect(warnings.map((w) => w.path)).to.deep.equal(['$.quizzes[0].resources.links[1].url']);
    expect(warnings[0]!.reason).to.match(/; the link was left out$/);
  });

  it('leaves out resource hotlines and services the dataset does not have, with their paths', () => {
    const resources = { hotlines: ['line-1', 'gone'], services: ['risk-awareness', 'no-such-service'] };
    const { dataset, warnings } = validateDataset({
      format: DATASET_FORMAT,
      publisher: { name: 'Test' },
      defaultLocale: 'en',
      hotlines: [
        { id: 'line-1', name: 'Line', countries: ['SN'], channels: [{ kind: 'voice', value: '+221 33 000 00 00' }] },
      ],
      quizzes: [rawQuiz({ resources })],
    });
    expect(dataset.quizzes[0]!.resources).to.deep.include({ hotlines: ['line-1'], services: ['risk-awareness'] });
    expect(warnings).to.deep.equal([
      {
        path: '$.quizzes[0].resources.hotlines[1]',
        reason: 'no hotline in the dataset has the id "gone"; left out',
        action: 'repaired',
      },
      {
        path: '$.quizzes[0].resources.services[1]',
        reason: 'no service in the taxonomy has the id "no-such-service"; left out',
        action: 'repaired',
      },
    ]);
  });

  it('keeps resource hotlines when the document holds no hotlines to check them against', () => {
    const { dataset, warnings } = validateDataset({
      format: DATASET_FORMAT,
      publisher: { name: 'Test' },
      defaultLocale: 'en',
      quizzes: [rawQuiz({ resources: { hotlines: ['elsewhere'] } })],
    });
    expect(warnings).to.deep.equal([]);
    expect(dataset.quizzes[0]!.resources.hotlines).to.deep.equal(['elsewhere']);
  });

  it('validates quizzes inside a dataset, each on its own', () => {
    const { dataset, warnings } = validateDataset({
      format: DATASET_FORMAT,
      publisher: { name: 'Test' },
      defaultLocale: 'en',
      quizzes: [rawQuiz(), rawQuiz(), { id: 'broken' }],
    });
    expect(dataset.quizzes.map((q) => q.id)).to.deep.equal(['quiz-1']);
    expect(warnings.map((w) => w.path)).to.include.members(['$.quizzes[1].id', '$.quizzes[2].title']);
  });

  it('reads the demo quizzes without a single warning, every text in four languages', () => {
    const { dataset, warnings } = validateDataset(demoDataset);
    expect(warnings).to.deep.equal([]);
    const [scored, myths] = dataset.quizzes;
    expect(scored!.questions.length).to.be.within(8, 10);
    expect(new Set(scored!.questions.map((q) => q.kind))).to.deep.equal(new Set(['single', 'multiple', 'true-false']));
    expect(myths!.mode).to.equal('myth-or-fact');
    for (const quiz of dataset.quizzes) {
      for (const q of quiz.questions) {
        expect(q.source?.url, q.id).to.match(/^https:\/\/([a-z-]+\.)?(iom\.int|unhcr\.org|ilo\.org|unodc\.org)\//);
        for (const text of [
          q.prompt,
          q.explanation,
          q.source!.title,
          ...q.options.flatMap((o) => [o.text, o.feedback]),
        ]) {
          if (text !== undefined) expect(Object.keys(text), q.id).to.deep.equal(['en', 'fr', 'es', 'ar']);
        }
      }
    }
  });
});

describe('quizzes: scoring', () => {
  const { quiz } = parse(rawQuiz());

  it('scores questions whose ids are names of Object.prototype members, asked or not', () => {
    const ids = ['toString', 'constructor', 'valueOf', 'hasOwnProperty'];
    const { quiz: named, warnings } = parse(rawQuiz({ questions: ids.map(single) }));
    expect(warnings).to.deep.equal([]);
    expect(named!.questions.map((q) => q.id)).to.deep.equal(ids);
    const attempt = newAttempt(named!, seeded(3));
    expect(Object.keys(attempt.optionOrder).sort()).to.deep.equal([...ids].sort());
    const unanswered = scoreAttempt(named!, attempt.questionIds, {});
    expect(unanswered.score).to.equal(0);
    expect(unanswered.questions.map((q) => q.chosen)).to.deep.equal([[], [], [], []]);
    const answered = scoreAttempt(named!, attempt.questionIds, { toString: ['a'], valueOf: ['b'] });
    expect(answered.score).to.equal(1);
    expect(answered.max).to.equal(4);
  });

  it('scores a single-choice question: 1 for the right option, 0 otherwise', () => {
    const q = question(quiz, 'q1');
    expect(scoreAnswer(q, ['a'])).to.equal(1);
    expect(scoreAnswer(q, ['b'])).to.equal(0);
    expect(scoreAnswer(q, [])).to.equal(0);
    expect(scoreAnswer(q, ['a', 'b']), 'two choices on a single question').to.equal(0);
  });

  it('scores a true-false question', () => {
    const q = question(quiz, 'q3');
    expect(scoreAnswer(q, ['false'])).to.equal(1);
    expect(scoreAnswer(q, ['true'])).to.equal(0);
    expect(isFact(q)).to.equal(false);
  });

  it('gives partial credit on a multiple-choice question, never below zero', () => {
    const q = question(quiz, 'q2');
    expect(scoreAnswer(q, ['a', 'b'])).to.equal(1);
    expect(scoreAnswer(q, ['a'])).to.equal(0.5);
    expect(scoreAnswer(q, ['a', 'b', 'c'])).to.equal(0.5);
    expect(scoreAnswer(q, ['a', 'c'])).to.equal(0);
    expect(scoreAnswer(q, ['c', 'd'])).to.equal(0);
    expect(scoreAnswer(q, ['a', 'b', 'c', 'd']), 'choosing everything').to.equal(0);
  });

  it('adds up an attempt with its partial credits, and finds its band', () => {
    const result = scoreAttempt(quiz!, ['q1', 'q2', 'q3'], { q1: ['a'], q2: ['b'], q3: ['true'] });
    expect(result.score).to.equal(1.5);
    expect(result.max).to.equal(3);
    expect(result.band).to.deep.include({ index: 1 });
    expect(result.questions.map((q) => [q.question.id, q.score, q.correct])).to.deep.equal([
      ['q1', 1, true],
      ['q2', 0.5, false],
      ['q3', 0, false],
    ]);
    const unanswered = scoreAttempt(quiz!, ['q1', 'gone'], {});
    expect(unanswered).to.deep.include({ score: 0, max: 1 });
    expect(unanswered.questions[0]!.chosen).to.deep.equal([]);
  });

  it('finds the band of a score by its per cent, rounded down', () => {
    const bands = quiz!.bands;
    expect(bandFor(bands, 0, 3)?.band.id).to.equal('low');
    expect(bandFor(bands, 1.49, 3)?.index, '49.67 % is in 0–49').to.equal(0);
    expect(bandFor(bands, 1.5, 3)?.band.id).to.equal('high');
    expect(bandFor(bands, 3, 3)?.band.id).to.equal('high');
    expect(bandFor([{ from: 0, to: 40, message: 'x' }], 2, 3), 'a score in a gap').to.equal(undefined);
    expect(bandFor(bands, 0, 0)).to.equal(undefined);
  });
});

describe('quizzes: attempts', () => {
  const many = rawQuiz({ questions: ['a', 'b', 'c', 'd', 'e', 'f'].map(single) });

  it('asks every question in order when the quiz neither shuffles nor draws', () => {
    const { quiz } = parse(many);
    const attempt = newAttempt(quiz!, () => 0.99);
    expect(attempt.questionIds).to.deep.equal(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(attempt.optionOrder.a).to.deep.equal(['a', 'b', 'c']);
  });

  it('draws poolSize questions, at random when the quiz shuffles', () => {
    const { quiz } = parse({ ...many, poolSize: 3, shuffle: true });
    const first = newAttempt(quiz!, seeded(1));
    const second = newAttempt(quiz!, seeded(2));
    expect(first.questionIds).to.have.length(3);
    expect(new Set(first.questionIds).size).to.equal(3);
    expect(first.questionIds).to.not.deep.equal(second.questionIds);
    expect(newAttempt(quiz!, seeded(1))).to.deep.equal(first);
    for (const id of first.questionIds) expect([...first.optionOrder[id]!].sort()).to.deep.equal(['a', 'b', 'c']);
  });

  it('takes the first poolSize questions when the quiz does not shuffle, and never more than it has', () => {
    expect(newAttempt(parse({ ...many, poolSize: 2 }).quiz!).questionIds).to.deep.equal(['a', 'b']);
    expect(newAttempt(parse({ ...many, poolSize: 50 }).quiz!).questionIds).to.have.length(6);
  });

  it('keeps "true" before "false" even when shuffling', () => {
    const { quiz } = parse(rawQuiz({ questions: [trueFalse('t', true)], shuffle: true }));
    for (const seed of [1, 2, 3, 4])
      expect(newAttempt(quiz!, seeded(seed)).optionOrder.t).to.deep.equal(['true', 'false']);
  });

  it('shuffles without losing or repeating items', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8];
    const out = shuffled(items, seeded(7));
    expect([...out].sort()).to.deep.equal(items);
    expect(out).to.not.deep.equal(items);
    expect(items).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('quizzes: client', () => {
  it('lists the quizzes of a source and gets one by id', async () => {
    const client = createClient({ data: demoDataset });
    expect((await client.quizzes.list()).map((q) => q.id)).to.deep.equal(['demo-know-the-risks', 'demo-myth-or-fact']);
    expect((await client.quizzes.get('demo-myth-or-fact'))?.mode).to.equal('myth-or-fact');
    expect(await client.quizzes.get('nope')).to.equal(undefined);
  });
});
