// The bundles that ship, on a plain host page, against the development build: for every element
// in each of its main states, the same text (spaces included), the same SVG drawings and the same
// element tree, in left-to-right and right-to-left languages. Minifying the templates must change
// nothing a person sees. Needs `npm run build` (scripts/test-pages.mjs builds when it is stale).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { useHarness } from '../pages/harness.mjs';
import { readRendering } from '../pages/rendering.mjs';
import { scenes } from '../pages/scenes.mjs';

/** Which builds are held against the development build, in which languages. */
const CHECKS = [
  { build: 'cdn', langs: ['en', 'fr', 'ar'] },
  { build: 'cdn-entry', langs: ['en', 'ar'] },
  { build: 'npm', langs: ['en'] },
];

const harness = useHarness();

/** deepEqual, failing with the lines that differ only (not both whole renderings). */
function same(actual, expected, message) {
  try {
    assert.deepEqual(actual, expected, message);
  } catch (error) {
    throw new Error(error.message, { cause: error });
  }
}

async function rendering(scene, build, lang) {
  const page = await harness().open(scene, { build, lang });
  try {
    const seen = await page.evaluate(readRendering);
    assert.deepEqual(page.problems, [], `${build} ${lang}: the page reported problems`);
    return seen;
  } finally {
    await page.close();
  }
}

// Pages of the repository (the example page) load the CDN build only: nothing to compare with.
for (const scene of scenes.filter((s) => !s.pages))
  describe(scene.name, () => {
    for (const lang of ['en', 'fr', 'ar']) {
      const builds = CHECKS.filter((c) => c.langs.includes(lang)).map((c) => c.build);
      it(`${lang}: ${builds.join(', ')} render as the development build does`, async () => {
        const reference = await rendering(scene.name, 'dev', lang);
        assert.ok(reference.text.length > 3, 'the development build rendered next to nothing');
        for (const build of builds) {
          const shipped = await rendering(scene.name, build, lang);
          same(shipped.text, reference.text, `${build}: the text differs`);
          same(shipped.svg, reference.svg, `${build}: an SVG drawing differs`);
          same(shipped.structure, reference.structure, `${build}: the element tree differs`);
        }
      });
    }
  });
