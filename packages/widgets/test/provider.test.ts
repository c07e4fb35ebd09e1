import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/provider/mrc-provider.js';
import '../src/hotline-card/mrc-hotline-card.js';
import '../src/centre-finder/mrc-centre-finder.js';
import type { MrcProvider } from '../src/provider/provider.js';
import type { MrcErrorEvent } from '../src/base/events.js';
import { centreDataset } from './centre-data.js';
import { testDataset } from './hotline-data.js';

/** One dataset with hotlines and centres, as a file would hold it. */
const dataset = { ...testDataset, centres: centreDataset.centres };

/** A dataset file at a URL of its own (a blob URL goes through the same fetch path as any other). */
function fileOf(data: unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(data)], { type: 'application/json' }));
}

const hotlineName = (root: ParentNode) =>
  root.querySelector('mrc-hotline-card')?.shadowRoot?.querySelector('.name')?.textContent?.trim();
const finderNames = (root: ParentNode) =>
  [...(root.querySelector('mrc-centre-finder')?.shadowRoot?.querySelectorAll('.result-name') ?? [])].map((n) =>
    n.textContent!.trim(),
  );

describe('<mrc-provider>', () => {
  const realFetch = window.fetch;
  let fetched: string[] = [];
  beforeEach(() => {
    fetched = [];
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      fetched.push(input instanceof Request ? input.url : String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => (window.fetch = realFetch));

  it('gives its data to every element inside, loaded once', async () => {
    const url = fileOf(dataset);
    const page = await fixture<MrcProvider>(
      html`<mrc-provider src=${url} lang="en">
        <mrc-hotline-card hotline="sn-line"></mrc-hotline-card>
        <section><mrc-centre-finder></mrc-centre-finder></section>
      </mrc-provider>`,
    );
    await waitUntil(() => hotlineName(page) === 'Test Line Senegal' && finderNames(page).length === 4);
    expect(fetched.filter((u) => u === url)).to.have.length(1);
  });

  it('sets the language of the elements inside with its own lang', async () => {
    const page = await fixture<MrcProvider>(
      html`<mrc-provider src=${fileOf(dataset)} lang="fr">
        <mrc-hotline-card hotline="sn-line"></mrc-hotline-card>
      </mrc-provider>`,
    );
    await waitUntil(() => hotlineName(page) === 'Ligne test Sénégal');
  });

  it('yields to an element’s own source, and the nearest provider wins', async () => {
    const other = { ...testDataset, hotlines: [{ ...testDataset.hotlines[0]!, name: 'Own Line' }] };
    const inner = { ...testDataset, hotlines: [{ ...testDataset.hotlines[0]!, name: 'Inner Line' }] };
    const page = await fixture<HTMLDivElement>(
      html`<div lang="en">
        <mrc-provider src=${fileOf(dataset)}>
          <mrc-hotline-card id="own" hotline="sn-line" .client=${createClient({ data: other })}></mrc-hotline-card>
          <mrc-provider src=${fileOf(inner)}>
            <mrc-hotline-card id="nested" hotline="sn-line"></mrc-hotline-card>
          </mrc-provider>
        </mrc-provider>
      </div>`,
    );
    const name = (id: string) => page.querySelector(`#${id}`)!.shadowRoot!.querySelector('.name')?.textContent?.trim();
    await waitUntil(() => name('own') === 'Own Line' && name('nested') === 'Inner Line');
  });

  it('follows a change of its source, and an element moved inside takes it', async () => {
    const first = fileOf(dataset);
    const second = fileOf({ ...dataset, hotlines: [{ ...testDataset.hotlines[0]!, name: 'Second Line' }] });
    const page = await fixture<MrcProvider>(
      html`<mrc-provider src=${first} lang="en">
        <mrc-hotline-card hotline="sn-line"></mrc-hotline-card>
      </mrc-provider>`,
    );
    await waitUntil(() => hotlineName(page) === 'Test Line Senegal');
    page.src = second;
    await waitUntil(() => hotlineName(page) === 'Second Line', 'the provider’s new source did not reach the card');

    const outside = document.createElement('mrc-centre-finder');
    document.body.append(outside);
    try {
      await waitUntil(() => outside.shadowRoot?.querySelector('.error'), 'a finder with no source showed no error');
      page.append(outside);
      await waitUntil(() => finderNames(page).length === 4, 'an element moved inside did not take the provider’s data');
    } finally {
      outside.remove();
    }
  });

  it('lets an element name a REST API with api, and says which one failed', async () => {
    const errors: string[] = [];
    const el = await fixture(
      html`<mrc-hotline-card
        lang="en"
        hotline="sn-line"
        api="http://127.0.0.1:9/v1"
        @mrc-error=${(e: MrcErrorEvent) => errors.push(e.detail.source)}
      ></mrc-hotline-card>`,
    );
    await waitUntil(() => el.shadowRoot!.querySelector('.error'), 'no error state', { timeout: 20000 });
    expect(errors[0]).to.equal('http://127.0.0.1:9/v1');
  });
});
