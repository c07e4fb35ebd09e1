// Quizzes through the `api` source, against the reference server of docs/api/openapi.yaml.
import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import type { Dataset } from '../src/model/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { startReferenceApi, type ReferenceApi } from './support/reference-api.js';

const { dataset } = validateDataset(demoDataset);

describe('quizzes from an API', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());

  it('lists the quizzes with GET /quizzes, validated like a file', async () => {
    api = await startReferenceApi(dataset);
    const quizzes = await createClient({ api: api.url, store: false }).quizzes.list();
    expect(quizzes).to.deep.equal(dataset.quizzes);
    expect(api.requests).to.deep.equal(['/v1/meta', '/v1/quizzes']);
  });

  it('gets one quiz with GET /quizzes/{id}, and nothing for an unknown id', async () => {
    api = await startReferenceApi(dataset);
    const client = createClient({ api: api.url, store: false });
    expect(await client.quizzes.get('demo-myth-or-fact')).to.deep.equal(dataset.quizzes[1]);
    expect(await client.quizzes.get('no-such-quiz')).to.equal(undefined);
    expect(api.requests.slice(1)).to.deep.equal(['/v1/quizzes/demo-myth-or-fact', '/v1/quizzes/no-such-quiz']);
  });

  it('finds a quiz with the warnings of the answer, rooted at the answer’s URL', async () => {
    const [first] = demoDataset.quizzes;
    const questions = [{ ...first!.questions[0]!, options: [] }, ...first!.questions.slice(1)];
    api = await startReferenceApi({ ...dataset, quizzes: [{ ...first, questions }] } as unknown as Dataset);
    const client = createClient({ api: api.url, store: false });
    for (const [found, path] of [
      [await client.quizzes.find!(first!.id), `${api.url}/quizzes/${first!.id} $.questions[0].options`],
      [await client.quizzes.find!(), `${api.url}/quizzes $.items[0].questions[0].options`],
    ] as const) {
      expect(found.quiz?.questions).to.have.length(first!.questions.length - 1);
      expect(found.warnings.map((w) => w.path)).to.deep.equal([path]);
    }
    expect(await client.quizzes.find!('no-such-quiz')).to.deep.equal({ warnings: [] });
  });
});
