import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { msg } from '@lit/localize';
import { createClient, demoDataset, type MrcClient } from '@mrc-kit/sdk';
import '../src/index.js';
import { languageName } from '../src/base/format.js';
import { kitLanguageName } from '../src/base/language-names.js';
import { getUiLocale, loadLanguageNames, negotiateUiLocale, uiLocaleFor } from '../src/base/locale.js';
import { targetLocales } from '../src/generated/locale-codes.js';

// Every interface language, as a person reading it gets it: the four elements in that language,
// in its direction, with its own strings on each element's first screen and no axe violation; and
// a name, never a bare code, for every language of the demo dataset.

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ps', 'ur']);
const NOW = new Date('2026-11-24T11:00:00Z');

/**
 * One string of each element's first screen, in the interface language in force (the kit's
 * @lit/localize is this module's too) and in English.
 */
const FIRST_SCREEN: Record<string, () => [string, string]> = {
  'mrc-centre-finder': () => [msg('Use my location', { id: 'finder.locate' }), 'Use my location'],
  'mrc-hotline-card': () => [msg('Run by', { id: 'hotline.operator' }), 'Run by'],
  'mrc-risk-quiz': () => [msg('Start the quiz', { id: 'quiz.start' }), 'Start the quiz'],
  'mrc-procedure-checklist': () => [msg('Print this checklist', { id: 'checklist.print' }), 'Print this checklist'],
};

/** Every language the demo dataset names (centres, helplines and their channels). */
function demoLanguages(): string[] {
  const codes = new Set<string>();
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'languages' && Array.isArray(inner)) inner.forEach((code) => codes.add(String(code)));
        else walk(inner);
      }
  };
  walk(demoDataset);
  return [...codes].sort();
}

const shadowText = (el: Element) => el.shadowRoot?.textContent?.replace(/\s+/g, ' ') ?? '';

describe('interface languages', () => {
  let client: MrcClient;
  beforeEach(() => {
    client = createClient({ data: demoDataset });
  });

  describe('negotiation', () => {
    it('serves a tag with a region or script by its language', () => {
      expect(uiLocaleFor('pt-BR')).to.equal('pt');
      expect(uiLocaleFor('fa-AF')).to.equal('fa');
      expect(uiLocaleFor('ar-MA')).to.equal('ar');
      expect(uiLocaleFor('uz-Arab-AF')).to.equal(undefined);
      expect(uiLocaleFor('sr-Latn')).to.equal(undefined);
      expect(uiLocaleFor('en_GB')).to.equal('en');
    });

    it('serves aliases and the members of a macrolanguage by the language their readers read', () => {
      expect(uiLocaleFor('prs')).to.equal('fa');
      expect(uiLocaleFor('tl')).to.equal('fil');
      expect(uiLocaleFor('tgl')).to.equal('fil');
      expect(uiLocaleFor('ary')).to.equal('ar');
      expect(uiLocaleFor('aeb-TN')).to.equal('ar');
      expect(uiLocaleFor('pbu')).to.equal('ps');
      expect(uiLocaleFor('swh')).to.equal('sw');
      expect(uiLocaleFor('in')).to.equal('id');
    });

    it('falls back to the dataset’s default language, then English', () => {
      expect(negotiateUiLocale(['wo', 'fr'])).to.equal('fr');
      expect(negotiateUiLocale(['ff-SN', 'fr-SN'])).to.equal('fr');
      expect(negotiateUiLocale(['wo', undefined])).to.equal('en');
      expect(negotiateUiLocale(['not a tag', 'xx'])).to.equal('en');
      expect(negotiateUiLocale(['prs', 'en'])).to.equal('fa');
    });

    it('shows a page in a language the kit does not speak in its dataset’s default language', async () => {
      const frenchData = createClient({ data: { ...demoDataset, defaultLocale: 'fr' } });
      const el = await fixture(
        html`<mrc-hotline-card
          lang="wo"
          hotline="demo-safe-migration-sn"
          .now=${NOW}
          .client=${frenchData}
        ></mrc-hotline-card>`,
      );
      await waitUntil(() => getUiLocale() === 'fr', 'the interface did not turn to French', { timeout: 5000 });
      const [french] = FIRST_SCREEN['mrc-hotline-card']!();
      await waitUntil(() => shadowText(el).includes(french), 'no French strings', { timeout: 5000 });
      el.remove();
    });
  });

  for (const locale of targetLocales) {
    it(`${locale}: the four elements in ${locale}, ${RIGHT_TO_LEFT.has(locale) ? 'right to left' : 'left to right'}, with no axe violations`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div lang=${locale}>
          <mrc-centre-finder .now=${NOW} .client=${client}></mrc-centre-finder>
          <mrc-hotline-card hotline="demo-safe-migration-sn" .now=${NOW} .client=${client}></mrc-hotline-card>
          <mrc-risk-quiz quiz="demo-know-the-risks" .client=${client}></mrc-risk-quiz>
          <mrc-procedure-checklist
            checklist="demo-seasonal-work-permit"
            .now=${NOW}
            .client=${client}
          ></mrc-procedure-checklist>
        </div>`,
      );
      await waitUntil(() => getUiLocale() === locale, `the interface did not turn to ${locale}`, { timeout: 5000 });
      for (const [tag, strings] of Object.entries(FIRST_SCREEN)) {
        const el = wrapper.querySelector(tag)!;
        const [expected, english] = strings();
        expect(expected, `${tag}: translated`).not.to.equal(english);
        await waitUntil(() => shadowText(el).includes(expected), `${tag}: "${expected}" never showed`, {
          timeout: 5000,
        });
        const base = el.shadowRoot!.querySelector('[part~="base"]') ?? el.shadowRoot!.firstElementChild;
        expect(base?.closest('[dir]')?.getAttribute('dir'), `${tag}: direction`).to.equal(
          RIGHT_TO_LEFT.has(locale) ? 'rtl' : 'ltr',
        );
        await expect(el).to.be.accessible();
      }
    });
  }

  it('lists the languages spoken by their names, sorted in the reader’s alphabet', async () => {
    for (const locale of ['en', 'ru']) {
      const el = await fixture(
        html`<mrc-centre-finder lang=${locale} .now=${NOW} .client=${client}></mrc-centre-finder>`,
      );
      await waitUntil(() => getUiLocale() === locale, `the interface did not turn to ${locale}`, { timeout: 5000 });
      const root = el.shadowRoot!;
      await waitUntil(() => root.querySelector('[part~="filters"] summary'), 'no filters', { timeout: 5000 });
      root.querySelector<HTMLElement>('[part~="filters"] summary')!.click();
      await waitUntil(() => root.querySelectorAll('#language option').length > 2, 'no language list', {
        timeout: 5000,
      });
      // The names of languages arrive with the data; the list is redrawn with them.
      await waitUntil(
        () => [...root.querySelectorAll<HTMLOptionElement>('#language option')].every((o) => o.text.trim() !== o.value),
        `${locale}: a language listed by its code`,
        { timeout: 5000 },
      );
      const names = [...root.querySelectorAll<HTMLOptionElement>('#language option')]
        .slice(1)
        .map((o) => o.text.trim());
      expect(names, locale).to.deep.equal([...names].sort(new Intl.Collator(locale).compare));
      expect(names.length, locale).to.be.greaterThan(5);
      el.remove();
    }
  });

  it('names a language neither the browser nor the kit knows by the dataset’s own name, else by its code', async () => {
    const data = structuredClone(demoDataset) as unknown as {
      hotlines: { id: string; channels: { languages: string[] }[] }[];
      languageNames?: unknown;
    };
    const line = data.hotlines.find((h) => h.id === 'demo-safe-migration-sn')!;
    line.channels[0]!.languages = ['qaa', 'qab'];
    data.languageNames = { qaa: { en: 'Casamance Creole', fr: 'créole de Casamance' } };
    const named = createClient({ data: data as unknown as typeof demoDataset });
    const el = await fixture(
      html`<mrc-hotline-card
        lang="fr"
        hotline="demo-safe-migration-sn"
        .now=${NOW}
        .client=${named}
      ></mrc-hotline-card>`,
    );
    await waitUntil(() => shadowText(el).includes('créole de Casamance'), 'no French name from the dataset', {
      timeout: 5000,
    });
    expect(shadowText(el)).to.include('créole de Casamance et qab');
    el.setAttribute('lang', 'en');
    await waitUntil(() => shadowText(el).includes('Casamance Creole and qab'), 'no English name from the dataset', {
      timeout: 5000,
    });
    el.remove();
  });

  it('names every language of the demo dataset in every interface language, never by its bare code', async () => {
    const codes = demoLanguages();
    expect(codes).to.include.members(['ff', 'ary', 'snk', 'mam', 'quc', 'aeb']);
    const el = await fixture(
      html`<mrc-hotline-card hotline="demo-safe-migration-sn" .now=${NOW} .client=${client}></mrc-hotline-card>`,
    );
    for (const locale of ['en', ...targetLocales]) {
      el.setAttribute('lang', locale);
      await waitUntil(() => getUiLocale() === locale, `the interface did not turn to ${locale}`, { timeout: 5000 });
      await loadLanguageNames(locale);
      for (const code of codes) {
        const name = languageName(code, locale);
        // Spanish calls Mam "mam": a name the kit's table gives is a name, even when it reads as the code.
        if (kitLanguageName(code, locale) !== name) expect(name, `${locale}: ${code}`).not.to.equal(code);
      }
    }
  });
});
