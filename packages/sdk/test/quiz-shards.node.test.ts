// Quizzes of a sharded dataset live in its index: listing them never loads a shard.
import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { DATASET_FORMAT, DATASET_INDEX_FORMAT } from '../src/model/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import { sendJson, sendStatus, startServer, type LocalServer } from '../../../test/support/local-server.js';

const demoQuiz = demoDataset.quizzes[0]!;

const index = {
  format: DATASET_INDEX_FORMAT,
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  quizzes: [demoQuiz],
  shards: [{ country: 'SN', url: 'sn.json' }],
};
const shard = {
  format: DATASET_FORMAT,
  publisher: { name: 'Test publisher' },
  defaultLocale: 'en',
  centres: [
    {
      id: 'c-1',
      name: 'Test centre',
      kind: 'centre',
      country: 'SN',
      position: { lat: 14.69, lng: -17.45 },
      channels: [{ kind: 'voice', value: '+44 20 7946 0123' }],
    },
  ],
};

describe('quizzes of a sharded dataset', () => {
  let server: LocalServer;
  before(async () => {
    server = await startServer((req, res) => {
      if (req.url === '/index.json') sendJson(res, index);
      else if (req.url === '/sn.json') sendJson(res, shard);
      else sendStatus(res, 404);
    });
  });
  after(async () => server?.close());

  it('lists and gets the index’s quizzes without loading a shard, and keeps them once centres load', async () => {
    const client = createClient({ src: server.url('/index.json'), store: false });
    expect((await client.quizzes.list()).map((q) => q.id)).to.deep.equal(['demo-know-the-risks']);
    expect((await client.quizzes.get('demo-know-the-risks'))?.questions).to.have.length(9);
    expect(server.paths()).to.deep.equal(['/index.json']);
    const found = await client.centres.search({ country: 'SN' });
    expect(found.items.map((i) => i.centre.id)).to.deep.equal(['c-1']);
    expect((await client.load()).dataset.quizzes.map((q) => q.id)).to.deep.equal(['demo-know-the-risks']);
  });
});
