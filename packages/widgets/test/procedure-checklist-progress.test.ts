import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import { progressKey } from '../src/procedure-checklist/progress-storage.js';
import type { MrcChecklistChangeEvent } from '../src/procedure-checklist/checklist-events.js';
import { checklistDataset, REVIEWED } from './procedure-checklist-data.js';
import {
  NOW,
  checklist,
  root,
  stepIds,
  stepOf,
  tickOf,
  progressText,
  liveText,
  radio,
  tick,
  client,
  useFreshClient,
  standard,
} from './procedure-checklist-fixtures.js';

const KEY = progressKey('test-permit', REVIEWED);

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

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
});
