import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { validateDataset } from '@mrc-kit/sdk';
import { demoDataset } from '@mrc-kit/sdk/demo';
import { escapeHtml, INTERFACE_LANGUAGES, previewPage, readChoice } from '../src/preview/preview-page.js';

// The page of `mrc-kit preview` (the server and the browser are tested in test/shipped/preview.test.mjs).

const { dataset } = validateDataset(demoDataset);

describe('mrc-kit preview: the page', () => {
  it('offers every interface language the elements have', () => {
    const config = JSON.parse(readFileSync('lit-localize.json', 'utf8')) as {
      sourceLocale: string;
      targetLocales: string[];
    };
    assert.deepEqual([...INTERFACE_LANGUAGES].sort(), [config.sourceLocale, ...config.targetLocales].sort());
  });

  it('keeps a choice only when the dataset or the kit has it, and defaults to the country with most records', () => {
    const choice = readChoice(new URLSearchParams('lang=xx&country=ZZ&quiz=nope'), dataset, 'fr');
    assert.equal(choice.lang, 'fr');
    assert.equal(choice.country, 'SN');
    assert.equal(choice.quiz, dataset.quizzes[0]!.id);
    assert.equal(choice.checklist, dataset.checklists[0]!.id);
    const none = readChoice(new URLSearchParams('country=&quiz=&lang=ar'), dataset, 'en');
    assert.deepEqual(none, { lang: 'ar', country: undefined, quiz: undefined, checklist: dataset.checklists[0]!.id });
  });

  it('writes the file name and every value as text, never as markup', () => {
    assert.equal(
      escapeHtml(`<a href="x" onclick='y'>&</a>`),
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
    const page = previewPage(dataset, '<img src=x onerror=alert(1)>.json', { lang: 'ar', country: 'SN' });
    assert.doesNotMatch(page, /<img/);
    assert.match(page, /<html lang="ar" dir="rtl">/);
    assert.match(page, /<mrc-hotline-card country="SN">/);
    assert.match(page, /This dataset has no quiz/);
  });
});
