import { expect, waitUntil } from '@open-wc/testing';
import { createElement as h, StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { createClient, demoDataset } from '@mrc-kit/sdk';
import type { CentreSelectDetail, ContactDetail } from '@mrc-kit/widgets';
import { MrcCentreFinder, MrcHotlineCard, MrcProcedureChecklist, MrcProvider, MrcRiskQuiz } from '../src/index.js';

const shadow = (selector: string) => document.querySelector(selector)?.shadowRoot;

describe('@mrc-kit/react', () => {
  let container: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('renders the four elements inside one provider in a React tree, with props as properties', async () => {
    const client = createClient({ data: demoDataset });
    flushSync(() =>
      root.render(
        h(
          StrictMode,
          null,
          h(
            MrcProvider,
            { client, lang: 'fr' },
            h(MrcHotlineCard, { country: 'SN' }),
            h(MrcCentreFinder, { country: 'SN' }),
            h(MrcRiskQuiz, { quiz: 'demo-know-the-risks' }),
            h(MrcProcedureChecklist, { checklist: 'demo-seasonal-work-permit' }),
          ),
        ),
      ),
    );
    const provider = container.querySelector('mrc-provider')!;
    // `client` is set as a property, not an attribute: React passes it through @lit/react.
    expect((provider as unknown as { client: unknown }).client).to.equal(client);
    expect(provider.hasAttribute('client')).to.equal(false);
    const shown = {
      'mrc-hotline-card': '.name',
      'mrc-centre-finder': '[part~="result"]',
      'mrc-risk-quiz': '[part~="start"]',
      'mrc-procedure-checklist': '[part~="title"]',
    };
    const missing = () => Object.entries(shown).filter(([tag, part]) => !shadow(tag)?.querySelector(part));
    await waitUntil(() => missing().length === 0, undefined, { timeout: 8000 }).catch(() => {
      throw new Error(
        `Not rendered in React: ${missing()
          .map(([tag]) => tag)
          .join(', ')}`,
      );
    });
    // The provider's lang reaches the elements: French UI strings.
    await waitUntil(() => shadow('mrc-centre-finder')!.textContent!.includes('Utiliser ma position'));
  });

  it('calls the on… props with the kit’s events', async () => {
    const client = createClient({ data: demoDataset });
    const selected: CentreSelectDetail[] = [];
    const contacts: ContactDetail[] = [];
    flushSync(() =>
      root.render(
        h(
          MrcProvider,
          { client, lang: 'en' },
          h(MrcCentreFinder, { country: 'SN', onMrcCentreSelect: (e) => selected.push(e.detail) }),
          h(MrcHotlineCard, { country: 'SN', onMrcContact: (e) => contacts.push(e.detail) }),
        ),
      ),
    );
    await waitUntil(() => shadow('mrc-centre-finder')?.querySelector('[part~="result"]'));
    const first = shadow('mrc-centre-finder')!.querySelector<HTMLButtonElement>('[part~="result"]')!;
    first.click();
    await waitUntil(() => selected.length === 1);
    expect(selected[0]!.centreId).to.equal(first.dataset.centre);

    await waitUntil(() => shadow('mrc-hotline-card')?.querySelector('a[part~="action"]'));
    const action = shadow('mrc-hotline-card')!.querySelector<HTMLAnchorElement>('a[part~="action"]')!;
    // The link's own navigation is not the point here.
    action.addEventListener('click', (e) => e.preventDefault(), { once: true });
    action.click();
    await waitUntil(() => contacts.length === 1);
    expect(Object.keys(contacts[0]!).sort()).to.deep.equal(['channel', 'hotlineId']);
  });
});
