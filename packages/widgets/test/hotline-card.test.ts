import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/hotline-card/mrc-hotline-card.js';
import type { MrcHotlineCard } from '../src/hotline-card/hotline-card.js';
import type { MrcContactEvent, MrcDataWarningEvent, MrcErrorEvent } from '../src/base/events.js';
import { hostileDataset, testDataset } from './hotline-data.js';

// Tuesday 2026-11-24 11:00 in Dakar (UTC+0): inside the Senegal line's weekday hours.
const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');
// Saturday 2026-11-28 11:00 in Dakar: the weekday line is closed.
const SATURDAY = new Date('2026-11-28T11:00:00Z');

async function card(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('article, .empty, .error'),
): Promise<MrcHotlineCard> {
  const el = await fixture<MrcHotlineCard>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the card did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

const names = (el: MrcHotlineCard) =>
  [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent!.trim());

describe('<mrc-hotline-card>', () => {
  let client: MrcClient;
  beforeEach(() => {
    client = createClient({ data: testDataset });
  });

  describe('selection', () => {
    it('shows one hotline by id', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="gt-line" .client=${client}></mrc-hotline-card>`);
      expect(names(el)).to.deep.equal(['Test Line Guatemala']);
    });

    it('shows several ids in the order given', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" hotline="ma-line  sn-line" .client=${client}></mrc-hotline-card>`,
      );
      expect(names(el)).to.deep.equal(['Test Line Morocco', 'Test Line Senegal']);
    });

    it('shows every hotline serving a country', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" country="sn" .client=${client}></mrc-hotline-card>`);
      expect(names(el)).to.deep.equal(['Test Line Senegal', 'Test Line Morocco']);
    });

    it('narrows a country by topic', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" country="SN" topic="trafficking" .client=${client}></mrc-hotline-card>`,
      );
      expect(names(el)).to.deep.equal(['Test Line Morocco']);
    });

    it('says so when no hotline serves the country, naming it', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" country="PH" .client=${client}></mrc-hotline-card>`);
      expect(el.shadowRoot!.querySelector('.empty')!.textContent).to.contain('No helpline is listed for Philippines.');
    });

    it('follows a change of selection without reloading the data', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="gt-line" .client=${client}></mrc-hotline-card>`);
      el.hotline = 'ma-line';
      await waitUntil(() => names(el)[0] === 'Test Line Morocco');
    });

    it('loads a dataset from src', async () => {
      const blob = new Blob([JSON.stringify(testDataset)], { type: 'application/json' });
      // A same-origin URL served by the test runner is not available for inline data, so a blob
      // URL stands in for a dataset file; it goes through the same fetch path as any URL.
      const url = URL.createObjectURL(blob);
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" src=${url}></mrc-hotline-card>`);
      expect(names(el)).to.deep.equal(['Test Line Senegal']);
      URL.revokeObjectURL(url);
    });
  });

  describe('content', () => {
    it('renders each channel as a real action', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" hotline="ma-line sn-line" .client=${client}></mrc-hotline-card>`,
      );
      const hrefs = [...el.shadowRoot!.querySelectorAll('a[part~="action"]')].map((a) => a.getAttribute('href'));
      expect(hrefs).to.deep.equal([
        'tel:+442079460002',
        'sms:+442079460003',
        'https://t.me/test_line',
        'https://signal.me/#p/+442079460004',
        'viber://chat?number=%2B442079460005',
        'https://m.me/test.line',
        'https://example.org/chat',
        'tel:+442079460001',
        'https://wa.me/442079460001',
        'mailto:help@example.org',
      ]);
    });

    it('shows open now with the closing time in the place’s zone, named when it differs', async () => {
      const el = await card(
        html`<mrc-hotline-card
          lang="en"
          hotline="sn-line"
          .now=${TUESDAY_MORNING}
          .client=${client}
        ></mrc-hotline-card>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="status"]')!.textContent).to.contain('Open now');
      const info = root.querySelector('[part~="channel-info"]')!.textContent!;
      // The browsers run in Pacific/Chatham, so Dakar's clock differs and its zone is named.
      // The zone named short, by its country where the locale can ("GMT" in English for Dakar).
      expect(info).to.match(/Open now, closes at 5:00\s?PM GMT/);
      expect(info).not.to.contain('Greenwich Mean Time');
      expect(info).to.contain('Languages: French and Wolof');
    });

    it('shows closed now and when it opens next', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" hotline="sn-line" .now=${SATURDAY} .client=${client}></mrc-hotline-card>`,
      );
      const status = el.shadowRoot!.querySelector('[part~="status"]')!.textContent!;
      expect(status).to.contain('Closed now');
      expect(status).to.match(/Opens Monday at 9:00\s?AM/);
    });

    it('names the date of an opening more than a week away, and no time at all when what follows is unknown', async () => {
      const closures = createClient({
        data: {
          ...testDataset,
          hotlines: [
            {
              id: 'holiday',
              name: 'Holiday line',
              countries: ['SN'],
              hours: {
                timeZone: 'Africa/Dakar',
                weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
                exceptions: [{ date: '2026-12-21', to: '2027-01-03', closed: true }],
              },
              channels: [{ kind: 'voice', value: '+44 20 7946 0011' }],
            },
            {
              id: 'one-day',
              name: 'One-day line',
              countries: ['SN'],
              hours: {
                timeZone: 'Africa/Dakar',
                exceptions: [{ date: '2026-12-21', periods: [{ opens: '09:00', closes: '12:00' }] }],
              },
              channels: [{ kind: 'voice', value: '+44 20 7946 0012' }],
            },
          ],
        },
      });
      const el = await card(
        html`<mrc-hotline-card
          lang="en"
          hotline="holiday one-day"
          .now=${new Date('2026-12-21T13:00:00Z')}
          .client=${closures}
        ></mrc-hotline-card>`,
      );
      const [holiday, oneDay] = [...el.shadowRoot!.querySelectorAll('[part~="status"]')].map((p) => p.textContent!);
      expect(holiday).to.match(/Opens Monday, January 4 at 9:00\s?AM/);
      expect(oneDay).to.contain('Closed now').and.not.to.contain('Opens');
    });

    it('shows badges for free, anonymous, 24/7 and emergency lines', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" hotline="sn-line ma-line" .client=${client}></mrc-hotline-card>`,
      );
      const badges = [...el.shadowRoot!.querySelectorAll('[part~="badges"]')].map((list) =>
        [...list.querySelectorAll('[part~="badge"]')].map((b) => b.textContent!.trim()),
      );
      expect(badges).to.deep.equal([
        ['Free', 'Anonymous'],
        ['Emergency', '24/7'],
      ]);
    });

    it('never shows unknown hours as closed', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="gt-line" .client=${client}></mrc-hotline-card>`);
      const root = el.shadowRoot!;
      expect(root.querySelector('.status')!.classList.contains('unknown')).to.equal(true);
      expect(root.textContent).not.to.contain('Closed');
      expect(root.querySelector('[part~="channel-info"]')!.textContent).to.contain('Hours not known');
    });

    it('compact variant keeps name, status and actions only', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="en" variant="compact" hotline="sn-line" .client=${client}></mrc-hotline-card>`,
      );
      const root = el.shadowRoot!;
      expect(root.querySelector('[part~="name"]')).to.exist;
      expect(root.querySelector('[part~="action"]')).to.exist;
      expect(root.querySelector('[part~="description"]')).to.equal(null);
      expect(root.querySelector('[part~="channel-info"]')).to.equal(null);
    });

    it('shows the last verified date in the reader’s locale', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" .client=${client}></mrc-hotline-card>`);
      expect(el.shadowRoot!.querySelector('[part~="verified"]')!.textContent).to.contain('October 1, 2026');
    });
  });

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

    it('shows an error that says what happened, fires mrc-error and offers to try again', async () => {
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
      expect(text).to.contain('could not be loaded').and.to.contain('the server answered 500');
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

    it('shows an error for a src that is not a URL', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" src="http://[x"></mrc-hotline-card>`);
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('Could not load http://[x');
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

    it('explains a missing data source', async () => {
      const el = await card(html`<mrc-hotline-card lang="en"></mrc-hotline-card>`);
      expect(el.shadowRoot!.querySelector('.error')!.textContent).to.contain('No data source');
    });
  });

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

  describe('languages and accessibility', () => {
    it('has no axe violations in English', async () => {
      const el = await card(
        html`<mrc-hotline-card
          lang="en"
          hotline="sn-line ma-line gt-line"
          .now=${TUESDAY_MORNING}
          .client=${client}
        ></mrc-hotline-card>`,
      );
      await expect(el).to.be.accessible();
    });

    it('renders Arabic right to left with Arabic texts and strings, with no axe violations', async () => {
      const el = await card(
        html`<mrc-hotline-card
          lang="ar"
          hotline="sn-line ma-line"
          .now=${SATURDAY}
          .client=${client}
        ></mrc-hotline-card>`,
        (r) => r.textContent!.includes('مغلق الآن'),
      );
      const base = el.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.getAttribute('dir')).to.equal('rtl');
      expect(names(el)[0]).to.equal('خط تجريبي السنغال');
      expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="action"]')!).direction).to.equal('rtl');
      await expect(el).to.be.accessible();
    });

    it('switches language live when lang changes', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" .client=${client}></mrc-hotline-card>`);
      el.setAttribute('lang', 'fr');
      await waitUntil(() => names(el)[0] === 'Ligne test Sénégal' && el.shadowRoot!.textContent!.includes('Appeler'));
      el.setAttribute('lang', 'es');
      await waitUntil(
        () => names(el)[0] === 'Línea de prueba Senegal' && el.shadowRoot!.textContent!.includes('Llamar'),
      );
      el.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Call'));
    });

    it('fits 320 px wide at 200% text size without sideways scrolling', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px; font-size: 200%">
          <mrc-hotline-card lang="en" hotline="sn-line ma-line" .client=${client}></mrc-hotline-card>
        </div>`,
      );
      const el = wrapper.querySelector('mrc-hotline-card')!;
      await waitUntil(() => el.shadowRoot!.querySelector('article'));
      await el.updateComplete;
      for (const node of el.shadowRoot!.querySelectorAll<HTMLElement>(
        'article, [part~="action"], [part~="channel-info"]',
      )) {
        expect(node.scrollWidth, node.className).to.be.at.most(node.clientWidth + 1);
        expect(node.getBoundingClientRect().right).to.be.at.most(wrapper.getBoundingClientRect().right + 1);
      }
    });

    it('follows a lang change on a wrapper element', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang="en"><mrc-hotline-card hotline="sn-line" .client=${client}></mrc-hotline-card></div>`,
      );
      const el = wrapper.querySelector('mrc-hotline-card')!;
      await waitUntil(() => names(el)[0] === 'Test Line Senegal');
      wrapper.setAttribute('lang', 'fr');
      await waitUntil(() => names(el)[0] === 'Ligne test Sénégal' && el.shadowRoot!.textContent!.includes('Appeler'));
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Call'));
    });

    it('ends in the last language asked for when switched quickly', async () => {
      const el = await card(html`<mrc-hotline-card lang="en" hotline="sn-line" .client=${client}></mrc-hotline-card>`);
      el.setAttribute('lang', 'ar');
      await Promise.resolve();
      el.setAttribute('lang', 'en');
      await new Promise((r) => setTimeout(r, 300));
      await el.updateComplete;
      expect(el.shadowRoot!.textContent).to.contain('Call').and.not.to.contain('اتصل');
    });

    it('keeps the direction of a text shown in a fallback language', async () => {
      const frenchOnly = createClient({
        data: {
          ...testDataset,
          hotlines: [{ ...testDataset.hotlines[2]!, id: 'fr-only', description: { fr: 'Répond aux questions.' } }],
        },
      });
      const el = await card(
        html`<mrc-hotline-card lang="ar" hotline="fr-only" .client=${frenchOnly}></mrc-hotline-card>`,
        (r) => !!r.querySelector('article') && r.textContent!.includes('اتصل'),
      );
      const description = el.shadowRoot!.querySelector('[part~="description"]')!;
      expect(description.getAttribute('lang')).to.equal('fr');
      expect(getComputedStyle(description).direction).to.equal('ltr');
      el.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Call'));
    });

    it('falls back along es-MX → es → dataset default', async () => {
      const el = await card(
        html`<mrc-hotline-card lang="es-MX" hotline="sn-line gt-line" .client=${client}></mrc-hotline-card>`,
      );
      await waitUntil(() => names(el)[0] === 'Línea de prueba Senegal');
      expect(names(el)[1]).to.equal('Test Line Guatemala');
      el.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Call'));
    });
  });
});
