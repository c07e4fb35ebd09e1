// Checklists from the `api` source: the API's description (GET /meta) carries them, as a dataset file does.
import { expect } from 'chai';
import { createClient } from '../src/loading/client.js';
import { demoDataset } from '../src/demo/index.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { startReferenceApi, type ReferenceApi } from './support/reference-api.js';

const { dataset } = validateDataset(demoDataset);

describe('checklists from a REST API', () => {
  let api: ReferenceApi;
  afterEach(async () => api?.close());

  it('are read from the description, with places named by id and not checked against absent centres', async () => {
    api = await startReferenceApi(dataset, {
      rawMeta: {
        format: 'mrc-kit/api@1',
        publisher: dataset.publisher,
        defaultLocale: dataset.defaultLocale,
        checklists: [...demoDataset.checklists, { id: 'broken', title: 'No steps' }],
      },
    });
    const client = createClient({ api: api.url, store: false });
    const listed = await client.checklists.list();
    expect(listed.map((c) => c.id)).to.deep.equal(['demo-seasonal-work-permit', 'demo-reintegration-registration']);
    expect((await client.checklists.get('demo-reintegration-registration'))?.steps[0]?.where?.centres).to.deep.equal([
      'demo-mrc-saint-louis',
      'demo-mrc-dakar',
    ]);
    const { warnings } = await client.load();
    expect(warnings.map((w) => w.path)).to.deep.equal([
      '$.checklists[2].kind',
      '$.checklists[2].reviewed',
      '$.checklists[2].source',
      '$.checklists[2].steps',
    ]);
    expect(api.requests).to.deep.equal(['/v1/meta']);
  });
});
