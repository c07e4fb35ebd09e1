import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import type { MrcClient } from '@mrc-kit/sdk';
import '@mrc-kit/widgets/mrc-centre-finder.js';
import { demo, loadingForever, failingToLoad, keptCopy } from './demo-clients.js';
import { langControl } from './interface-languages.js';

// The SDK's demo dataset: fictional centres in real cities, numbers from ranges reserved for fiction.

// A fixed moment (a Tuesday, 11:00 in Dakar) so open and closed states show the same on every run.
const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');
const DAKAR = '14.6928,-17.4467';

interface Args {
  lang: string;
  country?: string;
  region?: string;
  services?: string;
  audience?: string;
  near?: string;
  radiusKm?: number;
  map?: boolean;
  tileUrl?: string;
  client: MrcClient;
  now?: Date;
}

const meta: Meta<Args> = {
  title: 'Elements/Centre finder',
  component: 'mrc-centre-finder',
  args: { lang: 'en', client: demo, now: TUESDAY_MORNING },
  argTypes: {
    lang: langControl,
    client: { table: { disable: true } },
    now: { table: { disable: true } },
  },
  render: (args) =>
    html`<mrc-centre-finder
      lang=${args.lang}
      country=${args.country ?? nothing}
      region=${args.region ?? nothing}
      services=${args.services ?? nothing}
      audience=${args.audience ?? nothing}
      near=${args.near ?? nothing}
      radius-km=${args.radiusKm ?? nothing}
      ?map=${args.map ?? false}
      tile-url=${args.tileUrl ?? nothing}
      .client=${args.client}
      .now=${args.now}
    ></mrc-centre-finder>`,
};
export default meta;

type Story = StoryObj<Args>;

/** Every centre, mobile team and online service of the demo data. */
export const AllCentres: Story = {};

/** Preset by the host page: one region of one country; the person can choose another. */
export const PresetRegion: Story = { args: { country: 'SN', region: 'Saint-Louis' } };

/** Waits for what `find` looks for in the finder's shadow root. */
async function inFinder<T extends Element>(canvas: HTMLElement, find: (root: ShadowRoot) => T | null): Promise<T> {
  for (let i = 0; i < 100; i++) {
    const root = canvas.querySelector('mrc-centre-finder')?.shadowRoot;
    const found = root ? find(root) : null;
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error('The finder did not show what the story needs.');
}

/** The person's own list of two centres, as it is seen, printed or saved. */
export const MyList: Story = {
  args: { country: 'SN' },
  play: async ({ canvasElement }) => {
    for (let i = 0; i < 2; i++) {
      (
        await inFinder(canvasElement, (r) => r.querySelectorAll<HTMLButtonElement>('[part~="result"]')[i] ?? null)
      ).click();
      (await inFinder(canvasElement, (r) => r.querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]'))).click();
      (await inFinder(canvasElement, (r) => r.querySelector<HTMLButtonElement>('[part~="back"]'))).click();
    }
    (await inFinder(canvasElement, (r) => r.querySelector<HTMLButtonElement>('[part~="shortlist"] button'))).click();
  },
};

/** Preset by the host page: one country, one service. */
export const PresetCountryAndService: Story = { args: { country: 'SN', services: 'reintegration' } };

/** Sorted by distance from a place the host page gives (Dakar). */
export const NearAPlace: Story = { args: { near: DAKAR, radiusKm: 300 } };

/** For returnees. */
export const ForReturnees: Story = { args: { audience: 'returnees' } };

/** Nothing matches: a way to widen the search. */
export const NoResults: Story = { args: { country: 'SN', services: 'remittances', audience: 'refugees' } };

export const Arabic: Story = { args: { lang: 'ar' } };
export const French: Story = { args: { lang: 'fr', country: 'MA' } };
export const Spanish: Story = { args: { lang: 'es', country: 'GT' } };

/** While the data loads. */
export const Loading: Story = { args: { client: loadingForever } };

/** The data could not be loaded. */
export const LoadError: Story = {
  args: { client: failingToLoad('centres.json') },
};

/** Offline: the kept copy is shown, with its date. */
export const Offline: Story = { args: { client: keptCopy('centres.json') } };

/**
 * The map, switched on. Storybook serves a plain local tile here, so the story makes no request to a
 * tile server; on a real page `tile-url` defaults to OpenStreetMap's tiles.
 */
export const WithMap: Story = { args: { map: true, tileUrl: 'tile.png?{z}/{x}/{y}' } };
