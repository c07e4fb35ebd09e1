import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { MrcClient } from '@mrc-kit/sdk';
import '@mrc-kit/widgets/mrc-hotline-card.js';
import { demo, loadingForever, failingToLoad, keptCopy } from './demo-clients.js';
import { langControl } from './interface-languages.js';

// Every story reads the SDK's demo dataset: fictional lines, numbers from ranges reserved for fiction.

// A fixed moment so "open now" and "closed now" stories always show the state they are named for.
const TUESDAY_NOON_DAKAR = new Date('2026-11-24T12:00:00Z');
const SUNDAY_NIGHT_DAKAR = new Date('2026-11-29T23:30:00Z');

interface Args {
  hotline?: string;
  country?: string;
  topic?: string;
  variant: 'full' | 'compact';
  lang: string;
  client: MrcClient;
  now?: Date;
}

const meta: Meta<Args> = {
  title: 'Elements/Hotline card',
  component: 'mrc-hotline-card',
  args: { variant: 'full', lang: 'en', client: demo, hotline: 'demo-safe-migration-sn' },
  argTypes: {
    variant: { control: 'inline-radio', options: ['full', 'compact'] },
    lang: langControl,
    client: { table: { disable: true } },
    now: { table: { disable: true } },
  },
  render: (args) =>
    html`<div style="max-inline-size: 36rem">
      <mrc-hotline-card
        lang=${args.lang}
        hotline=${args.hotline ?? nothing}
        country=${args.country ?? nothing}
        topic=${args.topic ?? nothing}
        variant=${args.variant}
        .client=${args.client}
        .now=${args.now}
      ></mrc-hotline-card>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/** One helpline with several channels, open now. */
export const SeveralChannels: Story = { args: { now: TUESDAY_NOON_DAKAR } };

/** Outside its hours: "Closed now" and when it opens next. */
export const ClosedNow: Story = { args: { now: SUNDAY_NIGHT_DAKAR } };

/** A line that is always open. */
export const AlwaysOpen: Story = { args: { hotline: 'demo-anti-trafficking' } };

/** Every line serving one country. */
export const ByCountry: Story = { args: { hotline: undefined, country: 'SN', now: TUESDAY_NOON_DAKAR } };

/** For a sidebar: name, status and actions. */
export const Compact: Story = { args: { variant: 'compact', hotline: 'demo-safe-migration-sn demo-anti-trafficking' } };

export const Arabic: Story = { args: { lang: 'ar', now: TUESDAY_NOON_DAKAR } };
export const French: Story = { args: { lang: 'fr', hotline: 'demo-migrant-info-ma' } };
export const Spanish: Story = { args: { lang: 'es', hotline: 'demo-returnees-gt' } };

/** While the data loads. */
export const Loading: Story = {
  args: { client: loadingForever },
};

/** The data could not be loaded: what happened, and a way to try again. */
export const LoadError: Story = {
  args: { client: failingToLoad() },
};

/** Offline: the copy kept on the device is shown, with its date. */
export const Offline: Story = { args: { client: keptCopy() } };

/** No helpline for the country chosen. */
export const NoHotlineForCountry: Story = { args: { hotline: undefined, country: 'PE' } };
