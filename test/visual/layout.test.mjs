// Every element in every main state fits a 320 px phone with its text at 200 %, in English and
// Arabic (and Persian, Bengali and Amharic), and a 360 px phone under an old theme's hostile stylesheet (test/pages/hostile-theme.css):
// no sideways scrolling, no text cut off, no word and no phone number broken over two lines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHarness } from '../pages/harness.mjs';
import { findLayoutProblems } from '../pages/layout.mjs';
import { scenes } from '../pages/scenes.mjs';
import { SCRIPT_LANGS } from './views.mjs';

const SETUPS = [
  { name: '320 px, text at 200 %', width: 320, css: 'text-200' },
  { name: '320 px', width: 320, css: 'none' },
  { name: '360 px, hostile theme', width: 360, css: 'hostile' },
];

const harness = useHarness();

for (const scene of scenes)
  describe(scene.name, () => {
    for (const lang of ['en', 'ar'])
      // The example page's own header and text would run wide under `body { white-space: nowrap }`:
      // that theme is tried on the elements, on plain host pages.
      for (const setup of SETUPS.filter((s) => !(scene.pages && s.css === 'hostile')))
        it(`${lang}, ${setup.name}: fits, nothing cut off or broken`, async () => {
          const page = await harness().open(scene.name, { lang, width: setup.width, css: setup.css });
          try {
            assert.deepEqual(await page.evaluate(findLayoutProblems, setup.css === 'text-200'), []);
          } finally {
            await page.close();
          }
        });
    if (!scene.pages)
      for (const lang of SCRIPT_LANGS)
        it(`${lang}, 320 px, text at 200 %: fits, nothing cut off or broken`, async () => {
          const page = await harness().open(scene.name, { lang, width: 320, css: 'text-200' });
          try {
            assert.deepEqual(await page.evaluate(findLayoutProblems, true), []);
          } finally {
            await page.close();
          }
        });
  });
