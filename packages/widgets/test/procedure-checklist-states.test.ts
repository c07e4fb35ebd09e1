import { expect, html } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import type { MrcDataWarningEvent } from '../src/base/events.js';
import { checklistDataset, testChecklist } from './procedure-checklist-data.js';
import { NOW, checklist, root, stepIds, stepOf, client, useFreshClient } from './procedure-checklist-fixtures.js';

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

  describe('states', () => {
    it('says so when the checklist is not found, keeping the fallback content', async () => {
      const el = await checklist(
        html`<mrc-procedure-checklist lang="en" checklist="nope" .client=${client}
          ><a href="https://example.org/">Guide</a></mrc-procedure-checklist
        >`,
      );
      expect(root(el).querySelector('.empty')!.textContent).to.contain('This checklist was not found.');
      expect(root(el).querySelector('.empty slot')).to.exist;
    });

    it('shows an error state with a retry when the data cannot be loaded', async () => {
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
      const el = await checklist(
        html`<mrc-procedure-checklist lang="en" checklist="test-permit" .client=${failing}></mrc-procedure-checklist>`,
      );
      const error = root(el).querySelector('.error')!;
      expect(error.textContent).to.contain('The checklist could not be loaded.').and.not.contain('503');
      expect(error.querySelector('[part~="retry"]')).to.exist;
    });

    it('skips the bad parts of a malformed checklist with warnings, and shows the rest', async () => {
      const malformed = {
        ...testChecklist,
        steps: [
          ...testChecklist.steps.slice(0, 3),
          { id: 'bad-currency', title: 'Pay', cost: { amount: 5, currency: 'XYZ' } },
          { id: 'ghost-condition', title: 'Ghost', when: [{ question: 'ghost', answers: ['x'] }] },
          { title: 'No id' },
          { id: 'far', title: 'Far', where: { centres: ['nowhere'] } },
        ],
      };
      const warned = new Promise<MrcDataWarningEvent>((resolve) =>
        document.addEventListener('mrc-data-warning', (e) => resolve(e as MrcDataWarningEvent), { once: true }),
      );
      const el = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          .now=${NOW}
          .client=${createClient({ data: checklistDataset([malformed]) })}
        ></mrc-procedure-checklist>`,
      );
      const { detail } = await warned;
      expect(detail.warnings.map((w) => w.path)).to.deep.equal([
        '$.checklists[0].steps[3].cost.currency',
        '$.checklists[0].steps[4].when[0].question',
        '$.checklists[0].steps[5].id',
        '$.checklists[0].steps[6].where.centres[0]',
      ]);
      expect(stepIds(el)).to.deep.equal(['visit', 'find', 'check', 'bad-currency', 'ghost-condition', 'far']);
      expect(stepOf(el, 'bad-currency').querySelector('[part~="cost"]')).to.equal(null);
    });
  });
});
