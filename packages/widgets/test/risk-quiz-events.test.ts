import { expect, html } from '@open-wc/testing';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcQuizAnswerEvent } from '../src/risk-quiz/quiz-events.js';
import { EVENTS, quizEl, click, answer, next, record, client, useFreshClient } from './risk-quiz-fixtures.js';

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('events', () => {
    it('carry ids and scores only, never the answers', async () => {
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${client}></mrc-risk-quiz>`);
      const seen = record(el);
      const bubbled: string[] = [];
      const onDocument = (e: Event) => bubbled.push(e.type);
      for (const type of EVENTS) document.addEventListener(type, onDocument);
      try {
        await click(el, '[part~="start"]');
        for (const ids of [['agent'], ['fee', 'passport'], ['false']]) {
          await answer(el, ...ids);
          await next(el);
        }
      } finally {
        for (const type of EVENTS) document.removeEventListener(type, onDocument);
      }
      expect(seen).to.deep.equal([
        { type: 'mrc-quiz-start', detail: { quizId: 'scored' } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-single', correct: false } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-multi', correct: true } },
        { type: 'mrc-quiz-answer', detail: { quizId: 'scored', questionId: 'q-tf', correct: true } },
        { type: 'mrc-quiz-complete', detail: { quizId: 'scored', score: 2, max: 3, bandId: 'mid', bandIndex: 1 } },
      ]);
      expect(bubbled, 'every event reaches the document').to.have.length(5);
      const answerEvent = seen[1]!.detail as MrcQuizAnswerEvent['detail'];
      expect(Object.keys(answerEvent).sort()).to.deep.equal(['correct', 'questionId', 'quizId']);
    });
  });
});
