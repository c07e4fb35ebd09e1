// What a page downloads for its interface language, from the CDN build: an English page no
// language's strings; a Persian page the Persian strings and no other language's; the names of
// languages (the demo data has Fula, Soninke and Moroccan Arabic, which Chromium cannot name) once,
// in the page's language.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { useHarness } from '../pages/harness.mjs';

const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const harness = useHarness();

/** The language chunks a page asked for: `fr` for chunks/fr-….js, `names-fr` for chunks/names-fr-….js. */
function languageChunks(page) {
  return page.requests
    .map((url) => /\/chunks\/(?:all\/)?((?:names-)?[a-z]{2,3})-[\w-]{8}\.js$/.exec(new URL(url).pathname)?.[1])
    .filter((name) => name && targetLocales.concat('en').includes(name.replace(/^names-/, '')));
}

describe('interface languages, from the CDN build', () => {
  it('an English page loads no language’s strings, and the English names of languages once', async () => {
    const page = await harness().open('all-four', { lang: 'en' });
    try {
      assert.deepEqual(page.problems, []);
      assert.deepEqual(languageChunks(page), ['names-en']);
    } finally {
      await page.close();
    }
  });

  it('a Persian page loads the Persian strings and names, and no other language’s', async () => {
    const page = await harness().open('all-four', { lang: 'fa' });
    try {
      assert.deepEqual(page.problems, []);
      assert.deepEqual(languageChunks(page).sort(), ['fa', 'names-fa']);
      const text = await page.evaluate(() =>
        [...document.querySelectorAll('mrc-hotline-card, mrc-centre-finder')]
          .map((el) => el.shadowRoot?.textContent ?? '')
          .join(' '),
      );
      assert.match(text, /فولانی/, 'Fula is named in Persian');
      assert.doesNotMatch(text, /\bff\b|\bsnk\b/, 'a bare code shows');
    } finally {
      await page.close();
    }
  });
});
