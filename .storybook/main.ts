import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { defaultClientConditions } from 'vite';

const config: StorybookConfig & { title?: string } = {
  // The element stories, and the guides: the Markdown of docs/ shown as pages.
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  // A plain local map tile, so the map story never asks a tile server.
  staticDirs: ['../stories/assets'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  addons: [
    {
      // Docs pages list each element's attributes, events, parts and custom properties from the manifest.
      name: '@storybook/addon-docs',
      // MDX reads CommonMark only: GitHub-flavoured Markdown (tables above all) needs remark-gfm.
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
  ],
  core: {
    // Telemetry off: Storybook would otherwise post usage data to an outside host.
    disableTelemetry: true,
    // No "what's new" notices about Storybook itself: this site documents mrc-kit.
    disableWhatsNewNotifications: true,
  },
  // No Storybook onboarding: neither the "Get started" checklist in the sidebar nor its guide in the menu.
  features: { sidebarOnboardingChecklist: false, menuOnboardingChecklist: false },
  // The <title> of the built index.html before the manager's script runs (Storybook appends " - Storybook";
  // .storybook/manager.ts then gives each page its own title).
  title: 'mrc-kit',
  async viteFinal(viteConfig) {
    // Stories read the packages' TypeScript sources, so no build is needed before `npm start`.
    viteConfig.resolve = { ...viteConfig.resolve, conditions: ['mrc-source', ...defaultClientConditions] };
    return viteConfig;
  },
};

export default config;
