import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, demoDataset, type Checklist, type MrcClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import type { MrcProcedureChecklist } from '../src/procedure-checklist/procedure-checklist.js';
import { progressKey } from '../src/procedure-checklist/progress-storage.js';
import type { MrcContactEvent, MrcDataWarningEvent } from '../src/base/events.js';
import type {
  MrcCentreShowEvent,
  MrcChecklistChangeEvent,
  MrcChecklistPrintEvent,
} from '../src/procedure-checklist/checklist-events.js';
import { checklistDataset, REVIEWED, testChecklist } from './procedure-checklist-data.js';
import { withPrintMedia } from './support/print-media.js';

// Tuesday 2026-11-24 11:00 in Dakar: the test centre is open; the checklist was reviewed in September.
const NOW = new Date('2026-11-24T11:00:00Z');
const KEY = progressKey('test-permit', REVIEWED);

async function checklist(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('[part~="steps"], .empty, .error'),
): Promise<MrcProcedureChecklist> {
  const el = await fixture<MrcProcedureChecklist>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the checklist did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const root = (el: MrcProcedureChecklist) => el.shadowRoot!;
const stepIds = (el: MrcProcedureChecklist) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="step"]')].map((s) => s.dataset.step);
const stepOf = (el: MrcProcedureChecklist, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="step"][data-step="${id}"]`)!;
const tickOf = (el: MrcProcedureChecklist, id: string) =>
  root(el).querySelector<HTMLInputElement>(`input[data-step="${id}"]`)!;
const progressText = (el: MrcProcedureChecklist) => root(el).querySelector('[part~="progress"]')!.textContent!.trim();
const liveText = (el: MrcProcedureChecklist) => root(el).querySelector('[role="status"]')!.textContent!.trim();
const radio = (el: MrcProcedureChecklist, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;

async function tick(el: MrcProcedureChecklist, id: string): Promise<void> {
  tickOf(el, id).click();
  await el.updateComplete;
}

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

function clearStoredProgress(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('mrc-kit:checklist:')) localStorage.removeItem(key);
}

describe('<mrc-procedure-checklist>', () => {
  let client: MrcClient;
  beforeEach(() => {
    clearStoredProgress();
    client = createClient({ data: checklistDataset() });
  });
  afterEach(clearStoredProgress);

  /** The test checklist in a language, loaded once `ready` says so. */
  const inLanguage = (lang: string, ready?: (root: ShadowRoot) => boolean) =>
    checklist(
      html`<mrc-procedure-checklist
        lang=${lang}
        checklist="test-permit"
        .now=${NOW}
        .client=${client}
      ></mrc-procedure-checklist>`,
      ready,
    );
  const standard = () => inLanguage('en');

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

  describe('progress', () => {
    it('ticks steps and documents: not started, in progress, done, with the overall count and an event', async () => {
      const el = await standard();
      const status = (id: string) => stepOf(el, id).querySelector('[part~="status"]')!.textContent!.trim();
      expect(status('check')).to.equal('Not started');
      root(el).querySelector<HTMLInputElement>('input[data-document="check#job-offer"]')!.click();
      await el.updateComplete;
      expect(status('check')).to.equal('In progress');
      setTimeout(() => tickOf(el, 'check').click());
      const change = (await oneEvent(el, 'mrc-checklist-change')) as MrcChecklistChangeEvent;
      expect(change.detail).to.deep.equal({ checklistId: 'test-permit', done: 1, total: 6 });
      await el.updateComplete;
      expect(status('check')).to.equal('Done');
      expect(progressText(el)).to.equal('1 of 6 steps done');
      await waitUntil(() => liveText(el) === 'Check the offer: done. 1 of 6 steps done');
      // Either way of applying completes its number; the optional step counts for nothing.
      await tick(el, 'in-person');
      await tick(el, 'insurance');
      expect(progressText(el)).to.equal('2 of 6 steps done');
    });

    it('keeps ticks and answers after a reload, on this device only', async () => {
      const el = await standard();
      radio(el, 'yes').click();
      await el.updateComplete;
      await tick(el, 'visit');
      root(el).querySelector<HTMLInputElement>('input[data-document="check/1"]')!.click();
      await el.updateComplete;
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
        answers: { offer: 'yes' },
        steps: ['visit'],
        documents: ['check/1'],
      });
      el.remove();
      const again = await checklist(
        html`<mrc-procedure-checklist
          lang="en"
          checklist="test-permit"
          .now=${NOW}
          .client=${createClient({ data: checklistDataset() })}
        ></mrc-procedure-checklist>`,
      );
      expect(tickOf(again, 'visit').checked).to.equal(true);
      expect(radio(again, 'yes').checked).to.equal(true);
      expect(stepIds(again)).not.to.include('find');
      expect(root(again).querySelector<HTMLInputElement>('input[data-document="check/1"]')!.checked).to.equal(true);
      expect(progressText(again)).to.equal('1 of 5 steps done');
    });

    it('forgets the progress: nothing left in storage, nothing ticked', async () => {
      localStorage.setItem(
        progressKey('test-permit', '2025-01-01'),
        JSON.stringify({ answers: {}, steps: [], documents: [] }),
      );
      const el = await standard();
      // An older version's progress is offered first; forgetting removes it with the current one.
      await tick(el, 'visit');
      expect(localStorage.getItem(KEY)).not.to.equal(null);
      const forget = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) =>
        b.textContent!.includes('Forget my progress'),
      )!;
      forget.click();
      await el.updateComplete;
      expect(Object.keys(localStorage).filter((k) => k.startsWith('mrc-kit:checklist:'))).to.deep.equal([]);
      expect(tickOf(el, 'visit').checked).to.equal(false);
      expect(root(el).querySelector('[part~="notice"]')).to.equal(null);
      await waitUntil(() => liveText(el) === 'Your progress was cleared from this device.');
    });

    it('stores nothing at all with persist="false"', async () => {
      localStorage.setItem('unrelated', 'kept');
      const before = JSON.stringify({ ...localStorage });
      const setItem = Storage.prototype.setItem;
      let writes = 0;
      Storage.prototype.setItem = function (this: Storage, ...args: [string, string]) {
        writes++;
        setItem.apply(this, args);
      };
      try {
        const el = await checklist(
          html`<mrc-procedure-checklist
            lang="en"
            checklist="test-permit"
            persist="false"
            .now=${NOW}
            .client=${client}
          ></mrc-procedure-checklist>`,
        );
        radio(el, 'no').click();
        await tick(el, 'visit');
        expect(tickOf(el, 'visit').checked).to.equal(true);
        expect(writes).to.equal(0);
        expect(JSON.stringify({ ...localStorage })).to.equal(before);
        expect(root(el).textContent).to.contain('not kept after you leave this page');
        expect(root(el).textContent).not.to.contain('Forget my progress');
      } finally {
        Storage.prototype.setItem = setItem;
        localStorage.removeItem('unrelated');
      }
    });

    it('reads stored progress of the wrong shape as none', async () => {
      for (const stored of [
        { answers: { offer: 5 }, steps: [1, 2], documents: 'check/1' },
        { answers: [], steps: 'visit', documents: [] },
        ['visit'],
        'visit',
      ]) {
        localStorage.setItem(KEY, JSON.stringify(stored));
        const el = await standard();
        expect(progressText(el), JSON.stringify(stored)).to.equal('0 of 6 steps done');
        expect(stepIds(el), JSON.stringify(stored)).to.have.length(8);
        el.remove();
      }
    });

    it('drops stored answers, steps and documents the checklist no longer has', async () => {
      localStorage.setItem(
        KEY,
        JSON.stringify({
          answers: { offer: 'maybe', gone: 'yes' },
          steps: ['visit', 'removed-step'],
          documents: ['check/1', 'check/7', 'removed-step/0'],
        }),
      );
      const el = await standard();
      // "maybe" is no option of the question: it hides nothing, and the question shows as unanswered.
      expect(stepIds(el)).to.have.length(8);
      expect(radio(el, 'yes').checked || radio(el, 'no').checked).to.equal(false);
      expect(tickOf(el, 'visit').checked).to.equal(true);
      expect(root(el).querySelector<HTMLInputElement>('input[data-document="check/1"]')!.checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 6 steps done');
      await tick(el, 'medical');
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
        answers: {},
        steps: ['visit', 'medical'],
        documents: ['check/1'],
      });
    });

    it('reads damaged stored progress as none, and works when storage throws', async () => {
      localStorage.setItem(KEY, '{"steps": [1, 2], "answers": null');
      const el = await standard();
      expect(progressText(el)).to.equal('0 of 6 steps done');
      el.remove();
      const { getItem, setItem, key } = Storage.prototype;
      const refuse = () => {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      };
      Storage.prototype.getItem = refuse;
      Storage.prototype.setItem = refuse;
      Storage.prototype.key = refuse;
      try {
        const blocked = await standard();
        await tick(blocked, 'visit');
        expect(tickOf(blocked, 'visit').checked).to.equal(true);
        expect(progressText(blocked)).to.equal('1 of 6 steps done');
      } finally {
        Object.assign(Storage.prototype, { getItem, setItem, key });
      }
    });

    it('tells the person when the checklist changed since their last visit, and keeps the ticks that still fit', async () => {
      const old = progressKey('test-permit', '2026-03-01');
      localStorage.setItem(
        old,
        JSON.stringify({
          answers: { offer: 'yes', gone: 'x' },
          steps: ['visit', 'removed-step'],
          // The job offer by its id; the housing proof by its place in the step, which may hold another document now.
          documents: ['check#job-offer', 'check/1'],
        }),
      );
      const el = await standard();
      const notice = root(el).querySelector('[part~="notice"]')!;
      expect(notice.textContent).to.contain('updated on September 1, 2026').and.contain('version of March 1, 2026');
      // Nothing is mixed in silently.
      expect(tickOf(el, 'visit').checked).to.equal(false);
      await waitUntil(() => liveText(el) === 'This checklist was updated on September 1, 2026.');
      notice.querySelector<HTMLButtonElement>('button')!.click();
      await el.updateComplete;
      expect(root(el).querySelector('[part~="notice"]')).to.equal(null);
      expect(tickOf(el, 'visit').checked).to.equal(true);
      await waitUntil(() => root(el).activeElement?.id === 'steps-heading', 'the focus was lost');
      expect(radio(el, 'yes').checked).to.equal(true);
      expect(localStorage.getItem(old)).to.equal(null);
      expect(root(el).querySelector<HTMLInputElement>('input[data-document="check#job-offer"]')!.checked).to.equal(
        true,
      );
      expect(root(el).querySelector<HTMLInputElement>('input[data-document="check/1"]')!.checked).to.equal(false);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({
        answers: { offer: 'yes' },
        steps: ['visit'],
        documents: ['check#job-offer'],
      });
    });

    it('says when an older copy of the checklist is shown, and leaves the progress on the newer one alone', async () => {
      const newer = progressKey('test-permit', '2027-01-10');
      const record = JSON.stringify({ answers: { offer: 'no' }, steps: ['visit', 'find'], documents: [] });
      localStorage.setItem(newer, record);
      const el = await standard();
      const notice = root(el).querySelector('[part~="notice"]')!;
      expect(notice.textContent).to.contain('older copy of this checklist, checked on September 1, 2026');
      expect(notice.textContent).to.contain('version of January 10, 2027 is kept on this device');
      expect(notice.querySelector('button')).to.equal(null);
      expect(liveText(el)).not.to.contain('updated');
      await expect(el).to.be.accessible();
      // The older copy starts with its own progress, and is saved under its own date.
      expect(tickOf(el, 'visit').checked).to.equal(false);
      await tick(el, 'visit');
      expect(localStorage.getItem(newer)).to.equal(record);
      expect(JSON.parse(localStorage.getItem(KEY)!).steps).to.deep.equal(['visit']);
    });

    it('keeps a newer version’s progress when an older one’s is dealt with', async () => {
      const older = progressKey('test-permit', '2026-03-01');
      const newer = progressKey('test-permit', '2027-01-10');
      localStorage.setItem(older, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
      localStorage.setItem(newer, JSON.stringify({ answers: {}, steps: ['find'], documents: [] }));
      const el = await standard();
      const startAgain = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="notice"] button')].find((b) =>
        b.textContent!.includes('Start again'),
      )!;
      startAgain.click();
      await el.updateComplete;
      expect(localStorage.getItem(older)).to.equal(null);
      expect(localStorage.getItem(newer)).not.to.equal(null);
    });

    it('starts again from a changed checklist when asked, dropping the old ticks', async () => {
      const old = progressKey('test-permit', '2026-03-01');
      localStorage.setItem(old, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
      const el = await standard();
      const buttons = root(el).querySelectorAll<HTMLButtonElement>('[part~="notice"] button');
      expect(buttons[1]!.textContent!.trim()).to.equal('Start again');
      buttons[1]!.click();
      await el.updateComplete;
      expect(localStorage.getItem(old)).to.equal(null);
      expect(tickOf(el, 'visit').checked).to.equal(false);
      await waitUntil(() => liveText(el) === 'You are starting this checklist again.');
    });
  });

  describe('print', () => {
    it('emits mrc-checklist-print and opens the print dialog, leaving the steps on screen as they were', async () => {
      const el = await standard();
      radio(el, 'yes').click();
      await el.updateComplete;
      const print = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        const button = [...root(el).querySelectorAll<HTMLButtonElement>('[part~="toolbar"] button')].find((b) =>
          b.textContent!.includes('Print'),
        )!;
        setTimeout(() => button.click());
        const event = (await oneEvent(el, 'mrc-checklist-print')) as MrcChecklistPrintEvent;
        expect(event.detail).to.deep.equal({ checklistId: 'test-permit' });
        await waitUntil(() => printed === 1);
        await el.updateComplete;
        const bodies = [...root(el).querySelectorAll<HTMLElement>('[part~="step-body"]')];
        expect(bodies).to.have.length(7);
        // The print stylesheet opens them on paper; on screen, after printing, they are as they were.
        expect(bodies.every((b) => b.hidden)).to.equal(true);
        await withPrintMedia(el, () => {
          expect(bodies.every((b) => getComputedStyle(b).display !== 'none')).to.equal(true);
        });
      } finally {
        window.print = print;
      }
    });

    it('prints every step open with its tick boxes and without buttons, even when collapsed on screen', async () => {
      const el = await standard();
      const body = stepOf(el, 'check').querySelector<HTMLElement>('[part~="step-body"]')!;
      expect(getComputedStyle(body).display).to.equal('none');
      const where = stepOf(el, 'visit').querySelector('[part~="where"]')!;
      await withPrintMedia(el, () => {
        expect(getComputedStyle(body).display).not.to.equal('none');
        expect(getComputedStyle(tickOf(el, 'check')).display).not.to.equal('none');
        const buttons = root(el).querySelectorAll<HTMLElement>('[part~="toolbar"] button');
        expect(buttons.length).to.be.greaterThan(0);
        expect([...buttons].every((b) => b.offsetParent === null)).to.equal(true);
        expect(getComputedStyle(root(el).querySelector('[part~="reviewed"]')!).display).not.to.equal('none');
        // "Open now" would be wrong by the time the paper is read; the week's hours are printed instead.
        expect(getComputedStyle(where.querySelector('.place-status')!).display).to.equal('none');
        expect(getComputedStyle(where.querySelector('[part~="hours"]')!).display).not.to.equal('none');
      });
      expect(getComputedStyle(body).display).to.equal('none');
      expect(getComputedStyle(where.querySelector('.place-status')!).display).not.to.equal('none');
    });
  });

  describe('keyboard', () => {
    it('can be used with the keyboard alone: answer, expand, tick', async () => {
      const el = await standard();
      radio(el, 'yes').focus();
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(stepIds(el)).not.to.include('find');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(radio(el, 'no').checked).to.equal(true);
      expect(stepIds(el)).to.include('find').and.not.include('check');
      const toggle = stepOf(el, 'visit').querySelector<HTMLButtonElement>('[part~="step-toggle"]')!;
      toggle.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'Tab' });
      expect(root(el).activeElement).to.equal(tickOf(el, 'visit'));
      await sendKeys({ press: ' ' });
      await el.updateComplete;
      expect(tickOf(el, 'visit').checked).to.equal(true);
      expect(progressText(el)).to.equal('1 of 5 steps done');
    });
  });

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
      expect(error.textContent).to.contain('The checklist could not be loaded.').and.contain('503');
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

  describe('languages and accessibility', () => {
    it('shows both demo checklists in English, French, Spanish and Arabic, with their demo centres', async () => {
      const demo = createClient({ data: demoDataset });
      for (const { id, title } of demoDataset.checklists) {
        for (const lang of ['en', 'fr', 'es', 'ar'] as const) {
          const el = await checklist(
            html`<mrc-procedure-checklist
              lang=${lang}
              checklist=${id}
              .now=${NOW}
              .client=${demo}
            ></mrc-procedure-checklist>`,
            (r) => r.querySelector('[part~="title"]')?.textContent!.trim() === title[lang],
          );
          expect(root(el).querySelectorAll('[part~="place"]').length, `${id} ${lang}`).to.be.greaterThan(0);
          expect(root(el).querySelector('[part~="reviewed"] a')!.getAttribute('href')).to.match(
            /^https:\/\/example\.org\//,
          );
        }
      }
    });

    it('renders Arabic right to left with Arabic texts and strings', async () => {
      const el = await inLanguage(
        'ar',
        (r) =>
          !!r.querySelector('[part~="steps"]') &&
          r.querySelector('[part~="progress"]')!.textContent!.includes('الخطوات'),
      );
      expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      expect(root(el).querySelector('[part~="title"]')!.textContent!.trim()).to.equal('تصريح عمل تجريبي');
      expect(getComputedStyle(root(el).querySelector('[part~="steps"]')!).direction).to.equal('rtl');
    });

    const wordings: Record<string, [progress: string, apply: string]> = {
      fr: ['Étapes faites : {0} sur {1}', 'Étapes qui vous concernent : {0} sur {1} ; étapes nécessaires : {2}.'],
      es: ['Pasos hechos: {0} de {1}', 'Pasos que le corresponden: {0} de {1}; pasos necesarios: {2}.'],
      ar: ['الخطوات المنجزة: {0} من {1}', 'الخطوات التي تنطبق عليك: {0} من {1}؛ الخطوات المطلوبة: {2}.'],
    };
    for (const [lang, [progress, apply]] of Object.entries(wordings)) {
      it(`says the counts in words that fit any number, in the reader’s digits (${lang})`, async () => {
        const fill = (text: string, ...counts: number[]) =>
          counts.reduce((t, n, i) => t.replace(`{${i}}`, new Intl.NumberFormat(lang).format(n)), text);
        const el = await inLanguage(
          lang,
          (r) => r.querySelector('[part~="progress"]')?.textContent!.trim() === fill(progress, 0, 6),
        );
        await tick(el, 'visit');
        expect(progressText(el)).to.equal(fill(progress, 1, 6));
        radio(el, 'yes').click();
        await waitUntil(() => liveText(el) === fill(apply, 7, 8, 5), `no announcement in ${lang}: ${liveText(el)}`);
      });
    }

    for (const lang of ['en', 'ar']) {
      it(`has no axe violations (${lang}): collapsed, answered, expanded with ticks, changed checklist, old review`, async () => {
        localStorage.setItem(
          progressKey('test-permit', '2026-03-01'),
          JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }),
        );
        const el = await checklist(
          html`<mrc-procedure-checklist
            lang=${lang}
            checklist="test-permit"
            show-on-map
            .now=${new Date('2027-11-24T11:00:00Z')}
            .client=${client}
          ></mrc-procedure-checklist>`,
          (r) =>
            !!r.querySelector('[part~="notice"]') &&
            (lang === 'en' || r.querySelector('[part~="progress"]')!.textContent!.includes('الخطوات')),
        );
        await expect(el, `${lang} collapsed`).to.be.accessible();
        radio(el, 'yes').click();
        root(el).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!.click();
        await el.updateComplete;
        await tick(el, 'check');
        root(el).querySelector<HTMLInputElement>('input[data-document="check#job-offer"]')!.click();
        await el.updateComplete;
        await expect(el, `${lang} expanded`).to.be.accessible();
      });

      it(`has no axe violations in the loading, not-found and error states (${lang})`, async () => {
        const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
        const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
        const states = [
          [never, 'test-permit', '.loading'],
          [failing, 'test-permit', '.error'],
          [client, 'missing', '.empty'],
        ] as const;
        for (const [source, id, selector] of states) {
          const el = await checklist(
            html`<mrc-procedure-checklist lang=${lang} checklist=${id} .client=${source}></mrc-procedure-checklist>`,
            (r) => !!r.querySelector(selector),
          );
          await expect(el, `${lang} ${selector}`).to.be.accessible();
        }
      });
    }

    it('fits 320 px wide at 200% text size without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px; font-size: 200%">
          <mrc-procedure-checklist
            lang="en"
            checklist="test-permit"
            .now=${NOW}
            .client=${client}
          ></mrc-procedure-checklist>
        </div>`,
      );
      const el = wrapper.querySelector('mrc-procedure-checklist')!;
      await waitUntil(() => el.shadowRoot!.querySelector('[part~="steps"]'));
      root(el).querySelector<HTMLButtonElement>('[part~="toolbar"] button')!.click();
      await el.updateComplete;
      for (const node of root(el).querySelectorAll<HTMLElement>(
        '[part~="step"], [part~="toolbar"], [part~="header"], [part~="totals"], [part~="place"]',
      )) {
        expect(node.scrollWidth, node.getAttribute('part') ?? '').to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
      }
    });
  });
});
