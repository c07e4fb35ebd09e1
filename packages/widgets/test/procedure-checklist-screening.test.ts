import { expect, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import { checklistDataset, testChecklist } from './procedure-checklist-data.js';
import {
  NOW,
  checklist,
  root,
  stepIds,
  progressText,
  liveText,
  radio,
  useFreshClient,
  standard,
} from './procedure-checklist-fixtures.js';

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

  describe('screening', () => {
    it('shows every step until answered, then only the steps that apply, and can be changed at any time', async () => {
      const el = await standard();
      expect(stepIds(el)).to.deep.equal([
        'visit',
        'find',
        'check',
        'medical',
        'police',
        'online',
        'in-person',
        'insurance',
      ]);
      expect(progressText(el)).to.equal('0 of 6 steps done');
      radio(el, 'yes').click();
      await el.updateComplete;
      expect(stepIds(el)).to.deep.equal(['visit', 'check', 'medical', 'police', 'online', 'in-person', 'insurance']);
      expect(progressText(el)).to.equal('0 of 5 steps done');
      await waitUntil(() => liveText(el) === '7 of 8 steps apply to you; 5 are needed.');
      radio(el, 'no').click();
      await el.updateComplete;
      expect(stepIds(el)).to.include('find').and.not.include('check');
      const clear = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="screening"] button')].find((b) =>
        b.textContent!.includes('Clear my answers'),
      )!;
      clear.click();
      await el.updateComplete;
      expect(stepIds(el)).to.have.length(8);
      // The button is gone with the answers: the focus moves to the questions' heading, not to the page.
      await waitUntil(() => root(el).activeElement?.id === 'screening-heading', 'the focus was lost');
    });
  });

  describe('screening with odd ids', () => {
    it('treats a question called "constructor" like any other', async () => {
      const odd = {
        ...testChecklist,
        questions: [{ ...testChecklist.questions[0]!, id: 'constructor' }],
        steps: testChecklist.steps.map((s) =>
          s.when ? { ...s, when: [{ ...s.when[0]!, question: 'constructor' }] } : s,
        ),
      };
      const el = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          .now=${NOW}
          .client=${createClient({ data: checklistDataset([odd]) })}
        ></mrc-procedure-checklist>`,
      );
      expect(stepIds(el)).to.have.length(8);
      expect(root(el).querySelector('[part~="screening"] .hint')!.textContent).to.contain('Answer these questions');
      expect(root(el).textContent).not.to.contain('Clear my answers');
      radio(el, 'yes').click();
      await el.updateComplete;
      expect(stepIds(el)).not.to.include('find');
    });
  });
});
