import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/risk-quiz/mrc-risk-quiz.js';
import type { MrcRiskQuiz } from '../src/risk-quiz/risk-quiz.js';
import type { MrcDataWarningEvent, MrcErrorEvent } from '../src/base/events.js';
import { hostileQuiz, malformedQuiz, quizDataset } from './quiz-data.js';
import {
  quizEl,
  root,
  part,
  textOf,
  heading,
  click,
  answer,
  next,
  client,
  useFreshClient,
} from './risk-quiz-fixtures.js';

describe('<mrc-risk-quiz>', () => {
  useFreshClient();

  describe('states and bad data', () => {
    it('says when the quiz is not found, with the fallback content', async () => {
      const el = await quizEl(
        html`<mrc-risk-quiz lang="en" quiz="nope" .client=${client}
          ><a href="https://example.org/">Quiz</a></mrc-risk-quiz
        >`,
      );
      expect(textOf(el, 'message')).to.equal('This quiz could not be found.');
      expect(root(el).querySelector('slot')).to.not.equal(null);
    });

    it('shows a loading state while the data loads', async () => {
      const slow: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await quizEl(
        html`<mrc-risk-quiz lang="en" .client=${slow}></mrc-risk-quiz>`,
        (r) => !!r.querySelector('.loading'),
      );
      expect(part(el, 'message')!.getAttribute('aria-busy')).to.equal('true');
      expect(part(el, 'message')!.textContent).to.contain('Loading the quiz…');
    });

    it('shows an error and a way to try again when the data cannot be loaded', async () => {
      const broken: MrcClient = { ...client, load: () => Promise.reject(new Error('HTTP 503')) };
      const failed = new Promise<MrcErrorEvent>((resolve) =>
        document.addEventListener('mrc-error', (e) => resolve(e as MrcErrorEvent), { once: true }),
      );
      const el = await fixture<MrcRiskQuiz>(html`<mrc-risk-quiz lang="en" .client=${broken}></mrc-risk-quiz>`);
      expect((await failed).detail.message).to.equal('HTTP 503');
      await waitUntil(() => root(el).querySelector('.error'));
      expect(root(el).querySelector('.error')!.textContent).to.contain('The quiz could not be loaded.');
      expect(part(el, 'retry')).to.not.equal(null);
    });

    it('skips malformed questions with warnings, and runs the ones left', async () => {
      const data = createClient({ data: { ...quizDataset, quizzes: [malformedQuiz] } });
      const warned = new Promise<MrcDataWarningEvent>((resolve) =>
        document.addEventListener('mrc-data-warning', (e) => resolve(e as MrcDataWarningEvent), { once: true }),
      );
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="malformed" .client=${data}></mrc-risk-quiz>`);
      const paths = (await warned).detail.warnings.map((w) => w.path);
      expect(paths).to.include.members([
        '$.quizzes[0].questions[0].options',
        '$.quizzes[0].questions[2].id',
        '$.quizzes[0].questions[3].kind',
        '$.quizzes[0].bands[1].from',
      ]);
      expect(root(el).textContent).to.contain('Questions: 1');
      await click(el, '[part~="start"]');
      expect(heading(el)).to.equal('Question 1 of 1');
      await answer(el, 'embassy');
      await next(el);
      // 100 % falls in the 60–100 band; the gap (41–59 %) only leaves such scores without a message.
      expect(textOf(el, 'band')).to.equal('High');
    });

    it('reports the warnings of a source that validates each quiz it sends (an API)', async () => {
      const [quiz] = (await client.load()).dataset.quizzes;
      const warning = {
        path: 'https://api.example.org/v1/quizzes/scored $.questions[3].options',
        reason: 'no option is marked correct',
        action: 'skipped' as const,
      };
      const api: MrcClient = {
        ...client,
        quizzes: { ...client.quizzes, find: async () => ({ quiz, warnings: [warning] }) },
      };
      const warned = new Promise<MrcDataWarningEvent>((resolve) =>
        document.addEventListener('mrc-data-warning', (e) => resolve(e as MrcDataWarningEvent), { once: true }),
      );
      const el = await quizEl(html`<mrc-risk-quiz lang="en" quiz="scored" .client=${api}></mrc-risk-quiz>`);
      expect((await warned).detail).to.deep.equal({ source: client.source, warnings: [warning] });
      expect(textOf(el, 'title')).to.equal('Test risk quiz');
    });

    it('renders texts as text and never lets an unsafe link through', async () => {
      const data = createClient({ data: { ...quizDataset, quizzes: [hostileQuiz] } });
      const el = await quizEl(html`<mrc-risk-quiz lang="en" .client=${data}></mrc-risk-quiz>`);
      expect(textOf(el, 'title')).to.equal('<img src=x onerror="window.__quizPwned=1">');
      await click(el, '[part~="start"]');
      await answer(el, 'a');
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(textOf(el, 'prompt')).to.contain('<b>bold?</b>');
      expect(part(el, 'source')).to.equal(null);
      expect((window as { __quizPwned?: number }).__quizPwned).to.equal(undefined);
    });
  });
});
