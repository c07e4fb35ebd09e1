import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mrc-kit/widgets/mrc-provider.js';
import '@mrc-kit/widgets/mrc-hotline-card.js';
import '@mrc-kit/widgets/mrc-centre-finder.js';
import { demo } from './demo-clients.js';

const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');

/**
 * One dataset under three themes, set only through the elements' `--mrc-*` custom properties and
 * `::part()`: what a host's own stylesheet can do, nothing more. Each theme keeps AA contrast.
 */
const THEME_CSS = `
    .mrc-themes {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr));
    }
    .mrc-themes section {
      padding: 1rem;
    }
    .mrc-themes h2 {
      margin: 0 0 0.75rem;
      font:
        600 1rem/1.3 system-ui,
        sans-serif;
    }
    /* A ministry: navy, serif headings, square corners. */
    .mrc-themes .ministry {
      --mrc-color-primary: #0b2e59;
      --mrc-color-border: #8a97a8;
      --mrc-radius: 0;
      --mrc-font-family: Georgia, 'Times New Roman', serif;
      background: #f3f5f8;
    }
    .mrc-themes .ministry mrc-hotline-card::part(name) {
      text-transform: uppercase;
      letter-spacing: 0.04em;
    }
    /* An NGO: warm, round, generous spacing. */
    .mrc-themes .ngo {
      --mrc-color-primary: #8a3b12;
      --mrc-color-open: #2f6b1f;
      --mrc-color-border: #e0c9b5;
      --mrc-color-surface: #fffaf5;
      --mrc-radius: 16px;
      --mrc-space: 1.25rem;
      --mrc-font-family: 'Trebuchet MS', system-ui, sans-serif;
      background: #fdf1e6;
    }
    .mrc-themes .ngo mrc-hotline-card::part(action) {
      border-radius: 999px;
    }
    /* Dark, high contrast. */
    .mrc-themes .dark {
      --mrc-color-text: #f5f5f5;
      --mrc-color-muted: #c8c8c8;
      --mrc-color-surface: #161616;
      --mrc-color-border: #6b6b6b;
      --mrc-color-primary: #9cc9ff;
      --mrc-color-on-primary: #0a0a0a;
      --mrc-color-open: #8fe39a;
      --mrc-color-closed: #ffaaa3;
      --mrc-color-focus: #ffd866;
      --mrc-color-skeleton: #333333;
      background: #000000;
      color: #f5f5f5;
    }
  `;

const THEMES = [
  ['ministry', 'Ministry'],
  ['ngo', 'NGO'],
  ['dark', 'Dark, high contrast'],
] as const;

const meta: Meta = {
  title: 'Examples/Three themes',
  render: () =>
    html`<style>
        ${THEME_CSS}
      </style>
      <div class="mrc-themes">
        ${THEMES.map(
          ([theme, name]) =>
            html`<section class=${theme}>
              <h2>${name}</h2>
              <mrc-provider .client=${demo} lang="en">
                <mrc-hotline-card hotline="demo-safe-migration-sn" .now=${TUESDAY_MORNING}></mrc-hotline-card>
                <mrc-centre-finder country="SN" .now=${TUESDAY_MORNING}></mrc-centre-finder>
              </mrc-provider>
            </section>`,
        )}
      </div>`,
  tags: ['!autodocs'],
};
export default meta;

/** The same hotline and centres: a ministry, an NGO, and a dark high-contrast theme. */
export const ThreeThemes: StoryObj = {};
