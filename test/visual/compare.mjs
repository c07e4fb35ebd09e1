// Screenshots held against committed baselines: the same size, and no more than a few pixels apart
// (anti-aliasing aside). On a difference the new picture and a diff image go to .test-results/visual/;
// with MRC_UPDATE_BASELINES=1 the new picture becomes the baseline.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';

const BASELINES = 'test/visual/baselines';
const RESULTS = '.test-results/visual';
/**
 * Pixels that may differ (beyond anti-aliasing, which pixelmatch leaves out): a handful. A share of
 * the picture would be too loose: a dropped space or a missing icon stroke moves a few hundred pixels
 * of a tall page, well under 0.1 %.
 */
const MAX_DIFFERING = 16;
const updating = process.env.MRC_UPDATE_BASELINES === '1';

/** Compares `png` (a screenshot's bytes) with the baseline `name`; throws a readable error on a difference. */
export function matchBaseline(name, png) {
  const baselinePath = join(BASELINES, `${name}.png`);
  if (updating || !existsSync(baselinePath)) {
    mkdirSync(dirname(baselinePath), { recursive: true });
    writeFileSync(baselinePath, png);
    if (!updating) throw new Error(`no baseline for ${name}: written to ${baselinePath}; look at it, then commit it`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(baselinePath));
  const actual = PNG.sync.read(png);
  const save = (diff) => {
    mkdirSync(join(RESULTS, dirname(name)), { recursive: true });
    writeFileSync(join(RESULTS, `${name}.actual.png`), png);
    if (diff) writeFileSync(join(RESULTS, `${name}.diff.png`), PNG.sync.write(diff));
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    save();
    throw new Error(
      `${name}: ${actual.width}×${actual.height} px, the baseline is ${expected.width}×${expected.height} px ` +
        `(new picture in ${RESULTS}/${name}.actual.png)`,
    );
  }
  const diff = new PNG({ width: actual.width, height: actual.height });
  const differing = pixelmatch(expected.data, actual.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
  if (differing > MAX_DIFFERING) {
    save(diff);
    throw new Error(
      `${name}: ${differing} pixels differ (at most ${MAX_DIFFERING}): see ${RESULTS}/${name}.diff.png and .actual.png`,
    );
  }
}
