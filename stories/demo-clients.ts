// The clients the stories give their elements: the SDK's demo dataset (fictional centres and lines,
// numbers from ranges reserved for fiction), and the same client while its data never arrives or
// cannot be loaded, for the loading and error states every element has.
import { createClient, demoDataset, type MrcClient } from '@mrc-kit/sdk';

export const demo = createClient({ data: demoDataset });

/** The data never arrives: the loading state. */
export const loadingForever: MrcClient = { ...demo, load: () => new Promise(() => {}) };

/** The data cannot be loaded: the error state, with a way to try again. */
export const failingToLoad = (file = 'dataset.json'): MrcClient => ({
  ...demo,
  load: () => Promise.reject(new Error(`Could not load https://example.org/${file}: the server answered 503.`)),
});
