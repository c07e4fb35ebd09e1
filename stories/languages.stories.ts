import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '@mrc-kit/widgets/mrc-centre-finder.js';
import '@mrc-kit/widgets/mrc-hotline-card.js';
import '@mrc-kit/widgets/mrc-procedure-checklist.js';
import '@mrc-kit/widgets/mrc-risk-quiz.js';
import { demo } from './demo-clients.js';
import { INTERFACE_LANGUAGES } from './interface-languages.js';

// For a reviewer of a translation: the four elements in one interface language, on one page, as a
// person reading it gets them (the page's interface language is one; the story's `lang` is the page's).
// Every string a first screen has is here; the elements' own stories show each further state, and
// take any language from their `lang` control. docs/localisation.md says how to send a correction.

interface Args {
  lang: keyof typeof INTERFACE_LANGUAGES;
}

// A fixed moment, so the hours read the same on every visit.
const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');

const meta: Meta<Args> = {
  title: 'Languages/Every element',
  // One interface language per page: a Docs page with every story on it would show only the last.
  tags: ['!autodocs'],
  args: { lang: 'en' },
  argTypes: { lang: { table: { disable: true } } },
  parameters: { layout: 'padded' },
  render: ({ lang }) =>
    html`<div lang=${lang} style="display: grid; gap: 2rem; max-inline-size: 44rem">
      <mrc-hotline-card hotline="demo-safe-migration-sn" .client=${demo} .now=${TUESDAY_MORNING}></mrc-hotline-card>
      <mrc-centre-finder country="SN" .client=${demo} .now=${TUESDAY_MORNING}></mrc-centre-finder>
      <mrc-risk-quiz quiz="demo-know-the-risks" .client=${demo}></mrc-risk-quiz>
      <mrc-procedure-checklist
        checklist="demo-seasonal-work-permit"
        persist="false"
        .client=${demo}
        .now=${TUESDAY_MORNING}
      ></mrc-procedure-checklist>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

export const English: Story = { name: `${INTERFACE_LANGUAGES.en} (en)`, args: { lang: 'en' } };

export const French: Story = { name: `${INTERFACE_LANGUAGES.fr} (fr)`, args: { lang: 'fr' } };

export const Spanish: Story = { name: `${INTERFACE_LANGUAGES.es} (es)`, args: { lang: 'es' } };

export const Arabic: Story = { name: `${INTERFACE_LANGUAGES.ar} (ar)`, args: { lang: 'ar' } };

export const Persian: Story = { name: `${INTERFACE_LANGUAGES.fa} (fa)`, args: { lang: 'fa' } };

export const Pashto: Story = { name: `${INTERFACE_LANGUAGES.ps} (ps)`, args: { lang: 'ps' } };

export const Urdu: Story = { name: `${INTERFACE_LANGUAGES.ur} (ur)`, args: { lang: 'ur' } };

export const Bengali: Story = { name: `${INTERFACE_LANGUAGES.bn} (bn)`, args: { lang: 'bn' } };

export const Nepali: Story = { name: `${INTERFACE_LANGUAGES.ne} (ne)`, args: { lang: 'ne' } };

export const Filipino: Story = { name: `${INTERFACE_LANGUAGES.fil} (fil)`, args: { lang: 'fil' } };

export const Indonesian: Story = { name: `${INTERFACE_LANGUAGES.id} (id)`, args: { lang: 'id' } };

export const Portuguese: Story = { name: `${INTERFACE_LANGUAGES.pt} (pt)`, args: { lang: 'pt' } };

export const Russian: Story = { name: `${INTERFACE_LANGUAGES.ru} (ru)`, args: { lang: 'ru' } };

export const Ukrainian: Story = { name: `${INTERFACE_LANGUAGES.uk} (uk)`, args: { lang: 'uk' } };

export const Turkish: Story = { name: `${INTERFACE_LANGUAGES.tr} (tr)`, args: { lang: 'tr' } };

export const Amharic: Story = { name: `${INTERFACE_LANGUAGES.am} (am)`, args: { lang: 'am' } };

export const Tigrinya: Story = { name: `${INTERFACE_LANGUAGES.ti} (ti)`, args: { lang: 'ti' } };

export const Somali: Story = { name: `${INTERFACE_LANGUAGES.so} (so)`, args: { lang: 'so' } };

export const Swahili: Story = { name: `${INTERFACE_LANGUAGES.sw} (sw)`, args: { lang: 'sw' } };

export const HaitianCreole: Story = { name: `${INTERFACE_LANGUAGES.ht} (ht)`, args: { lang: 'ht' } };
