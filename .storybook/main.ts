import type { StorybookConfig } from '@storybook/web-components-vite';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig = {
  // The element stories, and the guides: the Markdown of docs/ shown as pages.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // A plain local map tile, so the map story never asks a tile server.
  staticDirs: ['../stories/assets'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // Docs pages list each element's attributes, events, parts and custom properties from the manifest.
  addons: ['@storybook/addon-docs'],
  // Telemetry off: Storybook would otherwise post usage data to an outside host.
  core: { disableTelemetry: true },
  async viteFinal(viteConfig) {
    // Stories read the packages' TypeScript sources, so no build is needed before `npm start`.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['mrc-source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;
