// The CDN build on a host page that runs old scripts before it, as many government and NGO sites
// still do: an enumerable property on Object.prototype (a jQuery-era plug-in), Prototype.js 1.6's
// Array.prototype.toJSON, and a replaced JSON.stringify. Every element must load and work, and the
// progress a person makes (a ticked step, a quiz answer) must come back after a reload.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHarness } from '../pages/harness.mjs';

/** Runs in the page before any of its scripts. */
function oldHostScripts() {
  // An enumerable method on every object, as `Object.prototype.extend = …` plug-ins added.
  Object.prototype.hostExtra = function hostExtra() {
    return this;
  };
  // Prototype.js 1.6: arrays write themselves as a string inside JSON.
  Array.prototype.toJSON = function toJSON() {
    return `[${this.map((item) => String(item)).join(', ')}]`;
  };
  // A replaced JSON.stringify that writes arrays its own way.
  const stringify = JSON.stringify;
  JSON.stringify = function patched(value, replacer, space) {
    return stringify.call(JSON, value, (key, item) => (Array.isArray(item) ? item.join('|') : item), space);
  };
}

const harness = useHarness();

const text = (page, tag) => page.evaluate((t) => window.mrcRootOf(t)?.textContent ?? '', tag);

describe('the CDN build beside a host’s old scripts', () => {
  it('loads every element, and keeps a ticked step and a quiz answer across a reload', async () => {
    const page = await harness().open('all-four', { build: 'cdn', beforeScripts: [oldHostScripts] });
    try {
      // The scripts are in force in the page (they would not be if the page had reloaded them away).
      assert.equal(await page.evaluate(() => typeof {}.hostExtra), 'function');
      assert.equal(await page.evaluate(() => JSON.stringify({ a: ['x', 'y'] })), '{"a":"[x, y]"}');
      for (const tag of ['mrc-hotline-card', 'mrc-centre-finder', 'mrc-risk-quiz', 'mrc-procedure-checklist'])
        assert.doesNotMatch(await text(page, tag), /could not be loaded/, `${tag} failed to load`);
      assert.match(await text(page, 'mrc-centre-finder'), /3 centres found/);

      // A step ticked in the checklist.
      await page.evaluate(() =>
        window.mrcRootOf('mrc-procedure-checklist').querySelector('[part~="step-tick"]').click(),
      );
      await page.waitForFunction(() => Object.keys(localStorage).some((key) => key.startsWith('mrc-kit:checklist:')));
      const kept = await page.evaluate(() => {
        const key = Object.keys(localStorage).find((k) => k.startsWith('mrc-kit:checklist:'));
        return JSON.parse(localStorage.getItem(key));
      });
      assert.ok(Array.isArray(kept.steps) && kept.steps.length === 1, `steps kept as ${JSON.stringify(kept.steps)}`);

      // A quiz answered, with progress kept for this tab.
      await page.evaluate(() => {
        const quiz = document.querySelector('mrc-risk-quiz');
        quiz.setAttribute('resume', '');
        window.mrcRootOf('mrc-risk-quiz').querySelector('[part~="start"]').click();
      });
      await page.waitForFunction(() => window.mrcRootOf('mrc-risk-quiz').querySelector('[part~="option"] input'));
      await page.evaluate(() => {
        const root = window.mrcRootOf('mrc-risk-quiz');
        root.querySelector('[part~="option"] input').click();
        root.querySelector('[part~="next"]').click();
      });
      await page.waitForFunction(() => window.mrcRootOf('mrc-risk-quiz').querySelector('[part~="feedback"]'));
      const quizKept = await page.evaluate(() =>
        JSON.parse(sessionStorage.getItem('mrc-kit:quiz:demo-know-the-risks')),
      );
      assert.ok(Array.isArray(quizKept.attempt.questionIds), 'the quiz kept its questions as a list');

      await page.reload({ waitUntil: 'load' });
      await page.waitForFunction(() =>
        window.mrcRootOf('mrc-procedure-checklist')?.querySelector('[part~="step-tick"]'),
      );
      assert.equal(
        await page.evaluate(
          () => window.mrcRootOf('mrc-procedure-checklist').querySelector('[part~="step-tick"]').checked,
        ),
        true,
        'the ticked step is no longer ticked after a reload',
      );
      await page.evaluate(() => document.querySelector('mrc-risk-quiz').setAttribute('resume', ''));
      await page.waitForFunction(() => window.mrcRootOf('mrc-risk-quiz')?.querySelector('[part~="feedback"]'), {
        timeout: 10000,
      });
      assert.deepEqual(page.problems, []);
    } finally {
      await page.close();
    }
  });
});
