import { expect, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/hotline-card/mrc-hotline-card.js';
import { testDataset } from './hotline-data.js';
import { TUESDAY_MORNING, SATURDAY, card, names, client, useFreshClient } from './hotline-card-fixtures.js';

describe('<mrc-hotline-card>', () => {
  useFreshClient();

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
});
