// Visual regression: every element in each of its main states, from the CDN bundle on a plain host
// page, in English and Arabic, on each screen of views.mjs, against the baselines in baselines/.
// Clock, chance, fonts, zone and data are pinned (test/pages/scenes.mjs, the Noto fonts .ci/run
// installs). Update with `npm run test:visual:update`, then open every changed picture before committing.
import { describe, it } from 'node:test';
import { useHarness, wholePage } from '../pages/harness.mjs';
import { scenes } from '../pages/scenes.mjs';
import { matchBaseline } from './compare.mjs';
import { LANGS, SCRIPT_LANGS, VIEWS } from './views.mjs';

const harness = useHarness();

for (const scene of scenes)
  describe(scene.name, () => {
    for (const lang of LANGS)
      for (const view of VIEWS)
        it(`${lang} at ${view.name}`, async () => {
          const page = await harness().open(scene.name, { lang, width: view.width, css: view.css });
          try {
            const png = await wholePage(page, view.width);
            matchBaseline(`${scene.name}/${lang}-${view.name}`, png);
          } finally {
            await page.close();
          }
        });
    // The repository's example page exists in English and Arabic only.
    if (!scene.pages)
      for (const lang of SCRIPT_LANGS)
        it(`${lang} at 320`, async () => {
          const page = await harness().open(scene.name, { lang, width: 320, css: 'none' });
          try {
            matchBaseline(`${scene.name}/${lang}-320`, await wholePage(page, 320));
          } finally {
            await page.close();
          }
        });
  });
