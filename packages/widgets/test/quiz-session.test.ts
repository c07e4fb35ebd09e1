import { expect } from '@open-wc/testing';
import { createClient, type Quiz, type QuizQuestion } from '@mrc-kit/sdk';
import { QuizSession } from '../src/risk-quiz/quiz-session.js';
import { quizDataset } from './quiz-data.js';

// The quiz's state machine on its own: no element, a host that only counts the renders asked for.

const KEY = 'mrc-kit:quiz:scored';

function sessionWith(resume = false): {
  session: QuizSession;
  renders: () => number;
  setResume: (on: boolean) => void;
} {
  let renders = 0;
  let on = resume;
  const session = new QuizSession({ requestUpdate: () => void renders++ }, () => on);
  return { session, renders: () => renders, setResume: (value) => (on = value) };
}

const kept = () => JSON.parse(sessionStorage.getItem(KEY) ?? 'null') as Record<string, unknown> | null;

describe('QuizSession', () => {
  let scored: Quiz;
  let myths: Quiz;
  const question = (quiz: Quiz, id: string): QuizQuestion => quiz.questions.find((q) => q.id === id)!;

  before(async () => {
    const client = createClient({ data: quizDataset });
    scored = (await client.quizzes.get('scored'))!;
    myths = (await client.quizzes.get('myths'))!;
  });

  beforeEach(() => sessionStorage.clear());

  it('has no progress until the quiz begins, then starts at the first question', () => {
    const { session, renders } = sessionWith();
    expect(session.adopt(scored)).to.equal(true);
    expect(session.progressOf(scored)).to.equal(undefined);
    session.begin(scored);
    const progress = session.progressOf(scored)!;
    expect(progress).to.deep.include({ index: 0, answers: {}, checked: [], finished: false });
    expect(progress.attempt.questionIds).to.deep.equal(['q-single', 'q-multi', 'q-tf']);
    expect(session.progressOf(myths), 'progress belongs to one quiz').to.equal(undefined);
    expect(renders()).to.be.greaterThan(0);
  });

  it('replaces a single choice and adds or removes multiple ones', () => {
    const { session } = sessionWith();
    session.begin(scored);
    const single = question(scored, 'q-single');
    const multi = question(scored, 'q-multi');
    session.choose(single, 'agent', true);
    session.choose(single, 'embassy', true);
    session.choose(multi, 'fee', true);
    session.choose(multi, 'passport', true);
    session.choose(multi, 'fee', false);
    expect(session.progress!.answers).to.deep.equal({ 'q-single': ['embassy'], 'q-multi': ['passport'] });
  });

  it('asks for an answer before checking, then checks it once and for all', () => {
    const { session } = sessionWith();
    session.begin(scored);
    const single = question(scored, 'q-single');
    expect(session.submit(scored, single)).to.deep.equal({ kind: 'missing' });
    expect(session.progress!.checked).to.deep.equal([]);
    session.choose(single, 'agent', true);
    expect(session.submit(scored, single)).to.deep.equal({ kind: 'checked', questionId: 'q-single', correct: false });
    expect(session.choose(single, 'embassy', true), 'a checked answer no longer changes').to.equal(false);
    expect(session.progress!.answers['q-single']).to.deep.equal(['agent']);
  });

  it('goes on, back and to the results, with the score of the attempt', () => {
    const { session } = sessionWith();
    session.begin(scored);
    expect(session.back(), 'nothing before the first question').to.equal(false);
    const answers: [string, string[]][] = [
      ['q-single', ['embassy']],
      ['q-multi', ['fee']],
      ['q-tf', ['false']],
    ];
    for (const [id, chosen] of answers) {
      for (const option of chosen) session.choose(question(scored, id), option, true);
      expect(session.submit(scored, question(scored, id))!.kind).to.equal('checked');
      if (id === 'q-multi') {
        expect(session.back()).to.equal(true);
        expect(session.progress!.index).to.equal(0);
        expect(session.submit(scored, question(scored, 'q-single'))).to.deep.equal({ kind: 'next' });
      }
      if (id !== 'q-tf') expect(session.submit(scored, question(scored, id))).to.deep.equal({ kind: 'next' });
    }
    const step = session.submit(scored, question(scored, 'q-tf'));
    expect(step).to.deep.equal({
      kind: 'finished',
      detail: { quizId: 'scored', score: 2.5, max: 3, bandId: 'mid', bandIndex: 1 },
    });
    expect(session.progress!.finished).to.equal(true);
  });

  it('keeps nothing without resume', () => {
    const { session } = sessionWith(false);
    session.begin(scored);
    session.choose(question(scored, 'q-single'), 'embassy', true);
    expect(kept()).to.equal(null);
  });

  it('with resume, keeps every change and takes it up in a new session', () => {
    const first = sessionWith(true).session;
    first.begin(scored);
    first.choose(question(scored, 'q-single'), 'embassy', true);
    first.submit(scored, question(scored, 'q-single'));
    expect(kept()).to.deep.include({ version: 1, index: 0, checked: ['q-single'] });

    const again = sessionWith(true).session;
    again.adopt(scored);
    expect(again.progressOf(scored)).to.deep.include({ index: 0, checked: ['q-single'], finished: false });
    expect(again.restarted).to.equal(false);
  });

  it('keeps the progress made when the same quiz loads again', () => {
    const { session } = sessionWith();
    session.begin(scored);
    session.choose(question(scored, 'q-single'), 'embassy', true);
    const before = session.progress;
    expect(session.adopt(scored)).to.equal(false);
    expect(session.progress).to.equal(before);
    expect(session.adopt(myths), 'another quiz starts afresh').to.equal(true);
    expect(session.progress).to.equal(undefined);
  });

  it('says it restarted when what was kept no longer fits, and forgets it', () => {
    sessionStorage.setItem(KEY, '{"version":1,"attempt":');
    const { session } = sessionWith(true);
    session.adopt(scored);
    expect(session.restarted).to.equal(true);
    expect(session.progressOf(scored)).to.equal(undefined);
    expect(kept()).to.equal(null);
    session.begin(scored);
    expect(session.restarted).to.equal(false);
  });

  it('forgets what was kept when resume is turned off, and keeps it again when turned on', () => {
    const { session, setResume } = sessionWith(true);
    session.adopt(scored);
    session.begin(scored);
    setResume(false);
    session.resumeChanged(scored);
    expect(kept()).to.equal(null);
    setResume(true);
    session.resumeChanged(scored);
    expect(kept()).to.deep.include({ index: 0, finished: false });
  });

  it('restores what was kept when resume is turned on before the quiz began', () => {
    const first = sessionWith(true).session;
    first.begin(scored);
    first.choose(question(scored, 'q-single'), 'embassy', true);
    const { session, setResume } = sessionWith(false);
    session.adopt(scored);
    expect(session.progressOf(scored)).to.equal(undefined);
    setResume(true);
    session.resumeChanged(scored);
    expect(session.progressOf(scored)!.answers).to.deep.equal({ 'q-single': ['embassy'] });
  });

  it('starts again from the results with a fresh attempt, forgetting what was kept', () => {
    const { session } = sessionWith(true);
    session.begin(myths);
    for (const id of myths.questions.map((q) => q.id)) {
      session.choose(question(myths, id), 'true', true);
      session.submit(myths, question(myths, id));
      session.submit(myths, question(myths, id));
    }
    expect(session.progress!.finished).to.equal(true);
    session.restart(myths);
    expect(session.progress).to.deep.include({ index: 0, answers: {}, checked: [], finished: false });
    expect(JSON.parse(sessionStorage.getItem('mrc-kit:quiz:myths')!)).to.deep.include({ index: 0, finished: false });
  });
});
