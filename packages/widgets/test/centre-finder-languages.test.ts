import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { MrcClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import type { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';
import { TUESDAY, root, names, finder, client, useFreshClient } from './centre-finder-fixtures.js';

describe('<mrc-centre-finder>', () => {
  useFreshClient();

  describe('accessibility and languages', () => {
    it('has no axe violations: list, filters open, details (English)', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLElement>('[part~="filters"] summary')!.click();
      // The filters' controls load when the filters are first opened.
      await waitUntil(() => root(el).querySelector('[part~="filters"] input'), 'no filters', { timeout: 5000 });
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      await expect(el).to.be.accessible();
    });

    it('renders Arabic right to left with no axe violations: list, details and the person’s list', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="ar" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
        (el) => names(el).includes('مركز تجريبي داكار') && root(el).textContent!.includes('استخدم موقعي'),
      );
      expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[data-centre="casablanca"]')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="shortlist"] button'));
      root(el).querySelector<HTMLButtonElement>('[part~="shortlist"] button')!.click();
      await waitUntil(() => root(el).querySelector('[part~="shortlist-view"]'));
      expect(root(el).querySelector('#shortlist-heading')!.textContent!.trim()).to.equal('قائمة مراكزي');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => root(el).textContent!.includes('Back to the list'));
    });

    it('draws the rows again in a language whose strings arrive after the rows were drawn', async () => {
      // Haitian Creole is loaded by no other test of this file: the switch draws the rows at once,
      // in the strings on screen, and its strings arrive later.
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      const statuses = () =>
        [...root(el).querySelectorAll('.result-status')].map((status) => status.textContent!.trim());
      expect(statuses().some((text) => text.startsWith('Open now'))).to.equal(true);
      el.setAttribute('lang', 'ht');
      await waitUntil(() => root(el).textContent!.includes('Sèvi ak kote mwen ye'), 'the Haitian strings never came', {
        timeout: 5000,
      });
      await el.updateComplete;
      expect(statuses().filter((text) => /Open now|Closed now/.test(text))).to.deep.equal([]);
    });

    it('fits 320 px wide at 200% text size without sideways scrolling, list and details', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px; font-size: 200%">
          <mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>
        </div>`,
      );
      const el = wrapper.querySelector('mrc-centre-finder')!;
      await waitUntil(() => names(el).length > 0);
      const fits = () => {
        for (const node of root(el).querySelectorAll<HTMLElement>(
          'form, .result, [part~="details"], .action, .hours-table',
        )) {
          expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
            wrapper.getBoundingClientRect().right + 1,
          );
        }
      };
      fits();
      root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      fits();
    });

    it('has no axe violations in the loading, empty, error and offline states, left to right and right to left', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
      const offline: MrcClient = {
        ...client,
        load: async () => ({
          ...(await client.load()),
          freshness: {
            source: 'x',
            fetchedAt: new Date('2026-11-20T08:00:00Z'),
            fromCache: true,
            staleReason: 'offline',
          },
        }),
      };
      for (const lang of ['en', 'ar']) {
        const states = [
          [never, (el: MrcCentreFinder) => !!root(el).querySelector('.loading')],
          [failing, (el: MrcCentreFinder) => !!root(el).querySelector('.error')],
          [offline, (el: MrcCentreFinder) => !!root(el).querySelector('[part~="freshness"]') && names(el).length > 0],
        ] as const;
        for (const [source, ready] of states) {
          const el = await finder(html`<mrc-centre-finder lang=${lang} .client=${source}></mrc-centre-finder>`, ready);
          await expect(el, `${lang}`).to.be.accessible();
        }
        const empty = await finder(
          html`<mrc-centre-finder
            lang=${lang}
            country="MA"
            services="employment"
            .client=${client}
          ></mrc-centre-finder>`,
          (el) => !!root(el).querySelector('.empty'),
        );
        await expect(empty, `${lang} empty`).to.be.accessible();
      }
    });

    it('shows no empty state for an empty query', async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
      expect(root(el).querySelector('.empty')).to.equal(null);
    });
  });
});
