import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { MrcClient } from '@mrc-kit/sdk';
import '@mrc-kit/widgets/mrc-provider.js';
import '@mrc-kit/widgets/mrc-hotline-card.js';
import '@mrc-kit/widgets/mrc-centre-finder.js';
import { demo } from './demo-clients.js';

const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');

interface Args {
  lang: string;
  client: MrcClient;
}

const meta: Meta<Args> = {
  title: 'Elements/Provider',
  component: 'mrc-provider',
  args: { lang: 'fr', client: demo },
  argTypes: {
    lang: { control: 'inline-radio', options: ['en', 'fr', 'es', 'ar'] },
    client: { table: { disable: true } },
  },
  render: (args) =>
    html`<mrc-provider lang=${args.lang} .client=${args.client}>
      <mrc-hotline-card country="SN" .now=${TUESDAY_MORNING}></mrc-hotline-card>
      <mrc-centre-finder country="SN" .now=${TUESDAY_MORNING}></mrc-centre-finder>
    </mrc-provider>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Two elements, one data source and one language, given once by the provider around them. */
export const OneSourceForThePage: Story = {};

/** The same page in Arabic: the provider's `lang` turns every element inside right to left. */
export const Arabic: Story = { args: { lang: 'ar' } };
