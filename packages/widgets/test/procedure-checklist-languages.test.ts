import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, demoDataset, type MrcClient } from '@mrc-kit/sdk';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import { progressKey } from '../src/procedure-checklist/progress-storage.js';
import {
  NOW,
  checklist,
  root,
  progressText,
  liveText,
  radio,
  tick,
  client,
  useFreshClient,
  inLanguage,
} from './procedure-checklist-fixtures.js';

describe('<mrc-procedure-checklist>', () => {
  useFreshClient();

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
