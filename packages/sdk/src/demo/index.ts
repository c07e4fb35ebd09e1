// The demo dataset (README.md): data files, put together in the order of the published format.
// Its own entry point, `@mrc-kit/sdk/demo`; the main entry passes `demoDataset` on for code that
// takes it from there. No SDK module uses it, so a bundle that does not name it never carries it.
import centres from './centres.json' with { type: 'json' };
import checklists from './checklists.json' with { type: 'json' };
import envelope from './dataset.json' with { type: 'json' };
import hotlines from './hotlines.json' with { type: 'json' };
import quizzes from './quizzes.json' with { type: 'json' };
import taxonomy from './taxonomy.json' with { type: 'json' };
import type { DemoDataset } from './raw.js';

export type { DemoDataset } from './raw.js';

/** The demo dataset: raw input in the published JSON format (`mrc-kit/dataset@1`), entirely fictional. */
export const demoDataset = {
  ...envelope,
  taxonomy,
  centres,
  hotlines,
  quizzes,
  checklists,
} as DemoDataset;
