// The clients the stories give their elements: the SDK's demo dataset (fictional centres and lines,
// numbers from ranges reserved for fiction), and the same client while its data never arrives,
// cannot be loaded, or comes from the copy kept on the device: the states every element has.
import { createClient, DatasetError, demoDataset, type MrcClient } from '@mrc-kit/sdk';

export const demo = createClient({ data: demoDataset });

/** The data never arrives: the loading state. */
export const loadingForever: MrcClient = { ...demo, load: () => new Promise(() => {}) };

/** The data cannot be loaded (the server failed): the error state, with a way to try again. */
export const failingToLoad = (file = 'dataset.json'): MrcClient => ({
  ...demo,
  load: () =>
    Promise.reject(
      new DatasetError(
        `Could not load https://example.org/${file}: the server answered 503.`,
        `https://example.org/${file}`,
        {
          kind: 'server',
        },
      ),
    ),
});

/** The network failed and the copy kept on the device stands in: the kept-copy note, with its date. */
export const keptCopy = (file = 'dataset.json'): MrcClient => ({
  ...demo,
  load: async () => ({
    ...(await demo.load()),
    freshness: {
      source: `https://example.org/${file}`,
      fetchedAt: new Date('2026-11-20T08:00:00Z'),
      fromCache: true,
      staleReason: 'the network is unavailable or the server cannot be reached',
    },
  }),
});
