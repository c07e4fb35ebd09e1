import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { createClient, demoDataset, type MrcClient } from '@mrc-kit/sdk';
import '@mrc-kit/widgets/mrc-procedure-checklist.js';
import '@mrc-kit/widgets/mrc-centre-finder.js';
import type { MrcCentreShowEvent } from '@mrc-kit/widgets';
import { demo, loadingForever, failingToLoad, keptCopy } from './demo-clients.js';
import { langControl } from './interface-languages.js';

// The SDK's demo dataset: two fictional procedures ("Demoland"), places that are demo centres.

// A fixed moment (a Tuesday, 11:00 in Dakar): the permit was reviewed two months before, the
// reintegration checklist more than a year before, so its warning shows.
const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');
const PERMIT = 'demo-seasonal-work-permit';
const REINTEGRATION = 'demo-reintegration-registration';

interface Args {
  checklist: string;
  lang: string;
  persist: boolean;
  showOnMap: boolean;
  client: MrcClient;
  now?: Date;
}

const meta: Meta<Args> = {
  title: 'Elements/Procedure checklist',
  component: 'mrc-procedure-checklist',
  args: { checklist: PERMIT, lang: 'en', persist: false, showOnMap: false, client: demo, now: TUESDAY_MORNING },
  argTypes: {
    checklist: { control: 'inline-radio', options: [PERMIT, REINTEGRATION] },
    lang: langControl,
    client: { table: { disable: true } },
    now: { table: { disable: true } },
  },
  // Stories keep no progress by default, so that one story's ticks never show up in another.
  render: (args) =>
    html`<div style="max-inline-size: 44rem">
      <mrc-procedure-checklist
        lang=${args.lang}
        checklist=${args.checklist}
        persist=${args.persist ? 'true' : 'false'}
        ?show-on-map=${args.showOnMap}
        .client=${args.client}
        .now=${args.now}
      ></mrc-procedure-checklist>
    </div>`,
};
export default meta;

type Story = StoryObj<Args>;

/**
 * Where the element keeps a person's progress in `localStorage`: one key per checklist id and reviewed
 * date, as documented in docs/procedure-checklist.md ("Progress on the person's device").
 */
const progressKey = (checklistId: string, reviewed: string) => `mrc-kit:checklist:${checklistId}@${reviewed}`;

/**
 * Before a story that keeps progress: removes what other stories stored for other versions of the
 * permit (its own version's ticks stay), then stores `record` for the version of `reviewed`.
 */
function storeOtherVersion(reviewed?: string, record?: object): () => Promise<object> {
  return async () => {
    const permitReviewed = demoDataset.checklists.find((c) => c.id === PERMIT)!.reviewed;
    for (const key of Object.keys(localStorage))
      if (key.startsWith(progressKey(PERMIT, '')) && key !== progressKey(PERMIT, permitReviewed))
        localStorage.removeItem(key);
    if (reviewed && record) localStorage.setItem(progressKey(PERMIT, reviewed), JSON.stringify(record));
    return {};
  };
}

/** A screening question first; the steps that apply, with "and" and "or" groups, documents and costs. */
export const WorkPermit: Story = {};

/** Reviewed more than a year ago: the warning asks the reader to check the source. */
export const OutOfDateReview: Story = { args: { checklist: REINTEGRATION } };

/** Progress kept in this browser between visits, with "Forget my progress". */
export const KeepsProgress: Story = { args: { persist: true }, loaders: [storeOtherVersion()] };

/** Ticks from an earlier version of the checklist: the reader decides to keep them or start again. */
export const ChangedSinceLastVisit: Story = {
  args: { persist: true },
  loaders: [
    storeOtherVersion('2026-03-01', {
      answers: { 'job-offer': 'yes' },
      steps: ['orientation', 'medical'],
      documents: ['apply-online#passport'],
    }),
  ],
};

/**
 * Progress kept for a later version than the one shown (a phone offline, showing data cached before
 * the checklist was revised): the reader is told, and that progress is left alone.
 */
export const OlderCopyShown: Story = {
  args: { persist: true },
  loaders: [storeOtherVersion('2027-01-10', { answers: { 'job-offer': 'no' }, steps: ['orientation'], documents: [] })],
};

export const Arabic: Story = { args: { lang: 'ar' } };
export const French: Story = { args: { lang: 'fr', checklist: REINTEGRATION } };
export const Spanish: Story = { args: { lang: 'es' } };

/**
 * With a centre finder on the same page: "Show on the map" emits `mrc-centre-show`, and the page
 * opens that centre in the finder.
 */
export const WithCentreFinder: Story = {
  args: { showOnMap: true },
  render: (args) => {
    const openInFinder = (event: MrcCentreShowEvent) => {
      const finder = document.querySelector('mrc-centre-finder') as
        (HTMLElement & { showCentre?(centreId: string): unknown }) | null;
      finder?.showCentre?.(event.detail.centreId);
      finder?.scrollIntoView({ block: 'start' });
    };
    return html`<div style="display: grid; gap: 2rem; max-inline-size: 44rem">
      <mrc-procedure-checklist
        lang=${args.lang}
        checklist=${args.checklist}
        persist="false"
        show-on-map
        .client=${args.client}
        .now=${args.now}
        @mrc-centre-show=${openInFinder}
      ></mrc-procedure-checklist>
      <mrc-centre-finder lang=${args.lang} country="SN" .client=${args.client} .now=${args.now}></mrc-centre-finder>
    </div>`;
  },
};

/** Parts of a checklist that are wrong (an unknown centre, a made-up currency) are left out; the rest shows. */
export const MalformedData: Story = {
  args: {
    client: createClient({
      data: {
        ...demoDataset,
        checklists: [
          {
            ...demoDataset.checklists[0],
            steps: [
              ...demoDataset.checklists[0]!.steps.slice(0, 3),
              { id: 'pay', title: 'Pay the fee', cost: { amount: 10, currency: 'XYZ' } },
              { id: 'elsewhere', title: 'Go to the office', where: { centres: ['no-such-centre'] } },
            ],
          },
        ],
      },
    }),
  },
};

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

/** No checklist has this id. */
export const NotFound: Story = { args: { checklist: 'no-such-checklist' } };
