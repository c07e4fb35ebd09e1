import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import type { MrcChecklistPrintEvent } from '../src/procedure-checklist/checklist-events.js';
import { withPrintMedia } from './support/print-media.js';
import { root, stepOf, tickOf, radio, useFreshClient, standard } from './procedure-checklist-fixtures.js';

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

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
});
