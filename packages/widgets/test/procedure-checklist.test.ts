import { expect, html, oneEvent } from '@open-wc/testing';
import { createClient, type Checklist, type MrcClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import type { MrcContactEvent } from '../src/base/events.js';
import type { MrcCentreShowEvent } from '../src/procedure-checklist/checklist-events.js';
import { checklistDataset, testChecklist } from './procedure-checklist-data.js';
import {
  NOW,
  checklist,
  root,
  stepOf,
  tick,
  client,
  useFreshClient,
  inLanguage,
  standard,
} from './procedure-checklist-fixtures.js';

/** A client whose checklist is what the test hands over, as a client that skips validation might. */
function clientGiving(base: MrcClient, change: (checklist: Checklist) => Checklist): MrcClient {
  return {
    ...base,
    checklists: {
      ...base.checklists,
      get: async (id: string) => {
        const found = await base.checklists.get(id);
        return found && change(found);
      },
    },
  };
}

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

  describe('content', () => {
    it('shows the title, route, reviewed date and source, and numbers the steps with "and" and "or" in words', async () => {
      const el = await standard();
      const r = root(el);
      expect(r.querySelector('[part~="title"]')!.textContent!.trim()).to.equal('Test work permit');
      expect(r.querySelector('.route')!.textContent).to.contain('From Senegal to France');
      const reviewed = r.querySelector('[part~="reviewed"]')!;
      expect(reviewed.textContent).to.contain('Checked against its source on September 1, 2026.');
      expect(reviewed.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/guide');
      const groups = [...r.querySelectorAll('[part~="group"]')].map((g) => ({
        number: g.querySelector('.number')!.textContent!.trim(),
        intro: g.querySelector('.group-intro')?.textContent!.trim(),
        joins: [...g.querySelectorAll('[part~="join"]')].map((j) => j.textContent!.trim()),
      }));
      expect(groups).to.deep.equal([
        { number: '1', intro: undefined, joins: [] },
        { number: '2', intro: undefined, joins: [] },
        { number: '3', intro: undefined, joins: [] },
        { number: '4', intro: 'Do all of these:', joins: ['and'] },
        { number: '5', intro: 'Do one of these:', joins: ['or'] },
        { number: '6', intro: undefined, joins: [] },
      ]);
      expect(stepOf(el, 'insurance').textContent).to.contain('Optional');
    });

    it("shows a step's details, which load after the first screen, with their own styles", async () => {
      const el = await standard();
      const step = stepOf(el, 'visit');
      step.querySelector<HTMLButtonElement>('[part~="step-toggle"]')!.click();
      await el.updateComplete;
      const where = step.querySelector('[part~="where"]')!;
      expect(step.querySelector('[part~="step-body"] .loading')).to.equal(null);
      expect(getComputedStyle(where.querySelector('.place')!).containerType).to.equal('inline-size');
      expect(getComputedStyle(where.querySelector('[part~="hours"]')!).borderCollapse).to.equal('collapse');
    });

    it('expands and collapses one step, and all of them', async () => {
      const el = await standard();
      const toggle = stepOf(el, 'check').querySelector<HTMLButtonElement>('[part~="step-toggle"]')!;
      const body = stepOf(el, 'check').querySelector<HTMLElement>('[part~="step-body"]')!;
      expect(body.hidden).to.equal(true);
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      toggle.click();
      await el.updateComplete;
      expect(body.hidden).to.equal(false);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(body.textContent).to.contain('Job offer').and.contain('Required').and.contain('If it applies to you');
      expect(body.textContent).to.contain('Read it twice');
      const all = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')][0]!;
      expect(all.textContent!.trim()).to.equal('Expand all steps');
      all.click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll<HTMLElement>('[part~="step-body"]')].every((b) => !b.hidden)).to.equal(true);
      expect(all.textContent!.trim()).to.equal('Collapse all steps');
      all.click();
      await el.updateComplete;
      expect([...root(el).querySelectorAll<HTMLElement>('[part~="step-body"]')].every((b) => b.hidden)).to.equal(true);
    });

    it('shows costs, durations in words and the total of the required costs', async () => {
      const el = await standard();
      const costs = [...root(el).querySelectorAll('[part~="cost"]')].map((c) => c.textContent!.trim());
      const money = (n: number, c: string) => new Intl.NumberFormat('en', { style: 'currency', currency: c }).format(n);
      expect(costs).to.deep.equal([
        money(25000, 'XOF'),
        money(1000, 'XOF'),
        money(60, 'EUR'),
        money(80, 'EUR'),
        money(35, 'EUR'),
      ]);
      expect(stepOf(el, 'visit').textContent).to.match(/Usually takes\s*2–5 days/);
      const totals = [...root(el).querySelectorAll('[part~="totals"] li')].map((li) => li.textContent!.trim());
      // 25,000 + 1,000 francs; of the two ways to apply the cheaper counts until one is ticked; insurance is optional.
      expect(totals).to.deep.equal([money(26000, 'XOF'), `at least ${money(60, 'EUR')}`]);
      await tick(el, 'in-person');
      const after = [...root(el).querySelectorAll('[part~="totals"] li')].map((li) => li.textContent!.trim());
      expect(after).to.deep.equal([money(26000, 'XOF'), money(80, 'EUR')]);
    });

    for (const lang of ['fr', 'es', 'ar']) {
      it(`formats the totals in the reader’s locale (${lang})`, async () => {
        const el = await inLanguage(
          lang,
          (r) =>
            !!r.querySelector('[part~="totals"] li') &&
            r.querySelector('[part~="title"]')!.textContent!.trim() !== 'Test work permit',
        );
        const money = (n: number, c: string) =>
          new Intl.NumberFormat(lang, { style: 'currency', currency: c }).format(n);
        const totals = [...root(el).querySelectorAll('[part~="totals"] li')].map((li) => li.textContent!.trim());
        expect(totals[0]).to.equal(money(26000, 'XOF'));
        expect(totals[1]).to.contain(money(60, 'EUR'));
        expect(money(26000, 'XOF')).not.to.equal(
          new Intl.NumberFormat('en', { style: 'currency', currency: 'XOF' }).format(26000),
        );
      });
    }

    it('shows where to go: the centre’s name, open now, its week’s hours, a real call link, and the step’s web page', async () => {
      const el = await standard();
      const where = stepOf(el, 'visit').querySelector('[part~="where"]')!;
      expect(where.querySelector('.place-name')!.textContent!.trim()).to.equal('Test Centre Dakar');
      expect(where.querySelector('.place-status')!.textContent).to.contain('Open now');
      const hours = where.querySelector('[part~="hours"]')!;
      // The browser's zone (Pacific/Chatham) is not the centre's: the table names the centre's, short.
      expect(hours.querySelector('caption')!.textContent!.trim()).to.equal('Opening hours (GMT)');
      const rows = [...hours.querySelectorAll('tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' ').trim());
      // From today, Tuesday 24 November, in Dakar: weekdays 9 to 5, the weekend closed.
      const nineToFive = ['09:00', '17:00']
        .map((t) =>
          new Intl.DateTimeFormat('en', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
            new Date(`2000-01-01T${t}:00Z`),
          ),
        )
        .join('–');
      expect(rows).to.deep.equal([
        `Tuesday (today) ${nineToFive}`,
        `Wednesday ${nineToFive}`,
        `Thursday ${nineToFive}`,
        `Friday ${nineToFive}`,
        'Saturday Closed',
        'Sunday Closed',
        `Monday ${nineToFive}`,
      ]);
      expect(where.querySelector('[part~="action"]')!.getAttribute('href')).to.equal('tel:+442079460101');
      expect(where.querySelector('[part~="link"]')!.getAttribute('href')).to.equal('https://example.org/visit');
      expect(where.querySelector('[part~="place-action"]')).to.equal(null);
    });

    it('emits mrc-centre-show for the map with show-on-map, and mrc-contact for a call', async () => {
      const el = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          show-on-map
          .now=${NOW}
          .client=${client}
        ></mrc-procedure-checklist>`,
      );
      const where = stepOf(el, 'visit').querySelector('[part~="where"]')!;
      setTimeout(() => where.querySelector<HTMLButtonElement>('[part~="place-action"]')!.click());
      const place = (await oneEvent(el, 'mrc-centre-show')) as MrcCentreShowEvent;
      expect(place.detail).to.deep.equal({ checklistId: 'test-permit', stepId: 'visit', centreId: 'dakar-centre' });
      // The same centre in another step names that step.
      const medical = stepOf(el, 'medical').querySelector<HTMLButtonElement>('[part~="place-action"]')!;
      setTimeout(() => medical.click());
      const second = (await oneEvent(el, 'mrc-centre-show')) as MrcCentreShowEvent;
      expect(second.detail.stepId).to.equal('medical');
      const link = where.querySelector<HTMLAnchorElement>('[part~="action"]')!;
      link.addEventListener('click', (e) => e.preventDefault(), { once: true });
      setTimeout(() => link.click());
      const contact = (await oneEvent(el, 'mrc-contact')) as MrcContactEvent;
      expect(contact.detail).to.deep.equal({ centreId: 'dakar-centre', channel: 'voice' });
    });

    it('warns when the review is more than a year old, and not before', async () => {
      const fresh = await standard();
      expect(root(fresh).querySelector('[part~="warning"]')).to.equal(null);
      const old = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          .now=${new Date('2027-09-02T12:00:00Z')}
          .client=${client}
        ></mrc-procedure-checklist>`,
      );
      expect(root(old).querySelector('[part~="warning"]')!.textContent).to.contain('more than a year ago');
    });

    it('checks the source link again before rendering it, keeping the source’s title', async () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,x', 'tel:+442079460101']) {
        const el = await checklist(
          html`<mrc-procedure-checklist
            lang="en"
            checklist="test-permit"
            .now=${NOW}
            .client=${clientGiving(client, (c) => ({ ...c, source: { ...c.source, url } }))}
          ></mrc-procedure-checklist>`,
        );
        const reviewed = root(el).querySelector('[part~="reviewed"]')!;
        expect(reviewed.querySelector('a'), url).to.equal(null);
        expect(reviewed.textContent, url).to.contain('Test guide');
      }
    });

    it('lists alternatives in different currencies in the total when they are the only costs', async () => {
      const choice = {
        ...testChecklist,
        questions: [],
        steps: [
          { id: 'online', title: 'Apply online', cost: { amount: 60, currency: 'EUR' } },
          { id: 'office', join: 'or', title: 'Apply at the office', cost: { amount: 40000, currency: 'XOF' } },
          { id: 'free', title: 'Free step' },
        ],
      };
      const el = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          .now=${NOW}
          .client=${createClient({ data: checklistDataset([choice]) })}
        ></mrc-procedure-checklist>`,
      );
      const money = (n: number, c: string) => new Intl.NumberFormat('en', { style: 'currency', currency: c }).format(n);
      const totals = () => [...root(el).querySelectorAll('[part~="totals"] li')].map((li) => li.textContent!.trim());
      expect(totals()).to.deep.equal([`depending on your choice, ${money(60, 'EUR')} or ${money(40000, 'XOF')}`]);
      await expect(el).to.be.accessible();
      await tick(el, 'office');
      expect(totals()).to.deep.equal([money(40000, 'XOF')]);
    });

    it('lines the numbered steps up with the rest, without the list’s own indent', async () => {
      const el = await standard();
      const steps = getComputedStyle(root(el).querySelector('[part~="steps"]')!);
      expect([steps.paddingInlineStart, steps.marginBlockStart]).to.deep.equal(['0px', '0px']);
    });
  });
});
