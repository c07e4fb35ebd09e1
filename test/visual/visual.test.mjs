// Visual regression: every element in each of its main states, from the CDN bundle on a plain host
// page, in English and Arabic, on each screen of views.mjs, against the baselines in baselines/.
// Clock, chance, fonts, zone and data are pinned (test/pages/scenes.mjs, the Noto fonts .ci/run
// installs). Update with `npm run test:visual:update`, then open every changed picture before committing.
import { after, before, describe, it } from 'node:test';
import { startHarness } from '../pages/harness.mjs';
import { scenes } from '../pages/scenes.mjs';
import { matchBaseline } from './compare.mjs';
import { LANGS, VIEWS } from './views.mjs';

/**
 * The whole page as one picture: the screen is made as tall as the page (until its height holds
 * still), so rows that the browser paints only near the screen (content-visibility) are drawn, and
 * a right-to-left page is not shifted as a full-page capture can shift it.
 */
async function wholePage(page, width) {
  let height = 0;
  for (let tries = 0; tries < 5; tries++) {
    const next = await page.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height) + 32);
    if (next === height) break;
    height = next;
    await page.setViewport({ width, height, deviceScaleFactor: 1 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  return page.screenshot({ type: 'png', captureBeyondViewport: false });
}

let harness;
before(async () => {
  harness = await startHarness();
});
after(async () => harness?.close());

for (const scene of scenes)
  describe(scene.name, () => {
    for (const lang of LANGS)
      for (const view of VIEWS)
        it(`${lang} at ${view.name}`, async () => {
          const page = await harness.open(scene.name, { lang, width: view.width, css: view.css });
          try {
            const png = await wholePage(page, view.width);
            matchBaseline(`${scene.name}/${lang}-${view.name}`, png);
          } finally {
            await page.close();
          }
        });
  });
