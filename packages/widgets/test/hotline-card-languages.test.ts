import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/hotline-card/mrc-hotline-card.js';
import { testDataset } from './hotline-data.js';
import { TUESDAY_MORNING, SATURDAY, card, names, client, useFreshClient } from './hotline-card-fixtures.js';

describe('<mrc-hotline-card>', () => {
  useFreshClient();

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
      // Each language's strings load on demand: a busy machine may take more than a second.
      const wait = { timeout: 5000 };
      el.setAttribute('lang', 'fr');
      await waitUntil(
        () => names(el)[0] === 'Ligne test Sénégal' && el.shadowRoot!.textContent!.includes('Appeler'),
        'not in French',
        wait,
      );
      el.setAttribute('lang', 'es');
      await waitUntil(
        () => names(el)[0] === 'Línea de prueba Senegal' && el.shadowRoot!.textContent!.includes('Llamar'),
        'not in Spanish',
        wait,
      );
      el.setAttribute('lang', 'en');
      await waitUntil(() => el.shadowRoot!.textContent!.includes('Call'), 'not in English', wait);
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
