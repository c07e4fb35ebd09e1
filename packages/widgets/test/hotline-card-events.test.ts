import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/hotline-card/mrc-hotline-card.js';
import type { MrcContactEvent } from '../src/base/events.js';
import { card, client, useFreshClient } from './hotline-card-fixtures.js';

describe('<mrc-hotline-card>', () => {
  useFreshClient();

  describe('events and keyboard', () => {
    it('fires mrc-contact with only the hotline id and channel kind', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" .client=${client}></mrc-hotline-card>`);
      const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
      link.addEventListener('click', (e) => e.preventDefault());
      const contacted = oneEvent(document.body, 'mrc-contact') as Promise<MrcContactEvent>;
      link.click();
      const event = await contacted;
      expect(event.detail).to.deep.equal({ hotlineId: 'sn-line', channel: 'email' });
      expect(event.bubbles && event.composed).to.equal(true);
    });

    it('reaches every action by Tab and copies a number with Enter, announcing it', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" .client=${client}></mrc-hotline-card>`);
      const root = el.shadowRoot!;
      const copied: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: (t: string) => (copied.push(t), Promise.resolve()) },
      });
      try {
        const focusables = [...root.querySelectorAll<HTMLElement>('a[href], button')];
        const reached: Element[] = [];
        const before = document.createElement('button');
        before.textContent = 'before';
        el.before(before);
        before.focus();
        for (let i = 0; i < focusables.length; i++) {
          await sendKeys({ press: 'Tab' });
          reached.push(root.activeElement!);
        }
        before.remove();
        expect(reached).to.deep.equal(focusables);
        const copy = root.querySelector<HTMLButtonElement>('[part~="copy"]')!;
        copy.focus();
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => root.querySelector('[role="status"]')!.textContent!.includes('Number copied'));
        expect(copied).to.deep.equal(['+442079460001']);
        // The same number on voice and WhatsApp gets one copy button.
        expect(root.querySelectorAll('[part~="copy"]').length).to.equal(1);
      } finally {
        if (original) Object.defineProperty(navigator, 'clipboard', original);
        else delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });
  });
});
