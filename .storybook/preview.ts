import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Written by `npm run manifest` (run by `npm start` and the builds): attributes, events, parts and
// custom properties in each element's Docs page come from the elements' own JSDoc.
import manifest from '@mrc-kit/widgets/custom-elements.json';

setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    options: { storySort: { order: ['Introduction', 'Elements', 'Languages', 'Examples', 'Guides'] } },
  },
};

export default preview;
