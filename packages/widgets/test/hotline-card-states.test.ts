import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/hotline-card/mrc-hotline-card.js';
import type { MrcDataWarningEvent, MrcErrorEvent } from '../src/base/events.js';
import { hostileDataset } from './hotline-data.js';
import { card, names, client, useFreshClient } from './hotline-card-fixtures.js';

describe('<mrc-hotline-card>', () => {
  useFreshClient();

  describe('hostile data', () => {
    it('never lets a script link reach the DOM and shows HTML as text', async () => {
      const hostile = createClient({ data: hostileDataset });
      const el = await card(html`<mrc-hotline-card lang="en" hotline="evil" .client=${hostile}></mrc-hotline-card>`);
      const root = el.shadowRoot!;
      const hrefs = [...root.querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      expect(hrefs).to.deep.equal(['tel:+442079460009']);
      for (const href of hrefs) expect(href).to.match(/^(https?|tel|sms|mailto|viber):/);
      expect(root.querySelector('img, script, b')).to.equal(null);
      expect(root.querySelector('[part~="name"]')!.textContent).to.contain(
        '<img src=x onerror="window.__pwned=1">Evil line',
      );
      expect(root.querySelector('[part~="description"]')!.textContent).to.contain('<script>');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });

    it('reports skipped records with their paths in mrc-data-warning', async () => {
      const hostile = createClient({ data: hostileDataset });
      const el = document.createElement('mrc-hotline-card');
      el.hotline = 'evil';
      el.client = hostile;
      const warned = oneEvent(el, 'mrc-data-warning') as Promise<MrcDataWarningEvent>;
      document.body.append(el);
      const event = await warned;
      expect(event.detail.warnings.map((w) => w.path)).to.include('$.hotlines[0].channels[0].value');
      el.remove();
    });
  });

  describe('states', () => {
    it('shows a loading state while the data loads', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await card(
        html`<mrc-hotline-card lang="en" .client=${never}></mrc-hotline-card>`,
        (r) => !!r.querySelector('.loading'),
      );
      expect(el.shadowRoot!.querySelector('[aria-busy="true"]')!.textContent).to.contain('Loading helplines');
    });

    it('shows an error in plain words, fires mrc-error with the reason and offers to try again', async () => {
      let attempts = 0;
      const failing: MrcClient = {
        ...client,
        load: () => (++attempts === 1 ? Promise.reject(new Error('the server answered 500')) : client.load()),
      };
      const el = document.createElement('mrc-hotline-card');
      el.lang = 'en';
      el.hotline = 'gt-line';
      el.client = failing;
      const errored = oneEvent(el, 'mrc-error') as Promise<MrcErrorEvent>;
      document.body.append(el);
      expect((await errored).detail.message).to.equal('the server answered 500');
      await waitUntil(() => el.shadowRoot!.querySelector('.error'));
      const text = el.shadowRoot!.querySelector('.error')!.textContent!;
      expect(text).to.contain('could not be loaded').and.not.to.contain('the server answered 500');
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
      await waitUntil(() => names(el)[0] === 'Test Line Guatemala');
      el.remove();
    });

    it('shows its fallback content when the data cannot load', async () => {
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('offline')) };
      const el = await card(
        html`<mrc-hotline-card lang="en" .client=${failing}><a href="tel:+442079460001">Call us</a></mrc-hotline-card>`,
      );
      const slot = el.shadowRoot!.querySelector('slot')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Call us');
    });

    it('shows its fallback content while loading', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await card(
        html`<mrc-hotline-card lang="en" .client=${never}><a href="tel:+442079460001">Call us</a></mrc-hotline-card>`,
        (r) => !!r.querySelector('.loading'),
      );
      expect(el.shadowRoot!.querySelector('.loading slot')).to.exist;
    });

    it('shows an error for a src that is not a URL, and tells the page why', async () => {
      const errors: MrcErrorEvent[] = [];
      const el = await card(
        html`<mrc-hotline-card
          lang="en"
          src="http://[x"
          @mrc-error=${(e: MrcErrorEvent) => errors.push(e)}
        ></mrc-hotline-card>`,
      );
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('not available right now');
      expect(errors[0]!.detail.message).to.contain('Could not load http://[x');
    });

    it('works with a malformed lang such as en_US', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en_US" hotline="sn-line" .client=${client}></mrc-hotline-card>`,
      );
      expect(names(el)).to.deep.equal(['Test Line Senegal']);
      expect(el.shadowRoot!.querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en-US');
    });

    it('reports nothing for a load overtaken by a newer source', async () => {
      let fail!: (e: Error) => void;
      const slow: MrcClient = { ...client, load: () => new Promise((_, reject) => (fail = reject)) };
      const el = await card(
        html`<mrc-hotline-card lang="en" hotline="gt-line" .client=${slow}></mrc-hotline-card>`,
        (r) => !!r.querySelector('.loading'),
      );
      const errors: Event[] = [];
      el.addEventListener('mrc-error', (e) => errors.push(e));
      el.client = client;
      await waitUntil(() => names(el)[0] === 'Test Line Guatemala');
      fail(new Error('too late'));
      await new Promise((r) => setTimeout(r, 50));
      expect(errors).to.deep.equal([]);
      expect(names(el)).to.deep.equal(['Test Line Guatemala']);
    });

    it('explains a missing data source to the page, and shows the person the error state', async () => {
      const errors: MrcErrorEvent[] = [];
      const el = await card(
        html`<mrc-hotline-card lang="en" @mrc-error=${(e: MrcErrorEvent) => errors.push(e)}></mrc-hotline-card>`,
      );
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('not available right now');
      expect(errors[0]!.detail.message).to.contain('No data source');
    });
  });
});
