import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import type { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';
import { centreDataset } from './centre-data.js';
import { root, names, finder } from './centre-finder-fixtures.js';

describe('<mrc-centre-finder sync-url>', () => {
  const start = window.location.href;
  afterEach(() => window.history.replaceState(null, '', start));

  it('keeps the search, filters and centre in the address, without the position, and follows back', async () => {
    window.history.replaceState(
      null,
      '',
      `${window.location.pathname}?host=1&mrc-country=SN&mrc-region=thies&mrc-services=employment`,
    );
    const client = createClient({ data: centreDataset });
    const el = await finder(
      html`<mrc-centre-finder sync-url lang="en" near="14.69,-17.44" .client=${client}></mrc-centre-finder>`,
    );
    // The address chose the country and the service: only Thiès.
    await waitUntil(() => names(el).join() === 'Test Centre Thiès');
    root(el).querySelector<HTMLButtonElement>('[data-centre="thies"]')!.click();
    await el.updateComplete;
    await waitUntil(() => new URLSearchParams(window.location.search).get('mrc-centre') === 'thies');
    const params = new URLSearchParams(window.location.search);
    expect(params.get('host')).to.equal('1');
    expect(params.get('mrc-services')).to.equal('employment');
    expect(params.get('mrc-region')).to.equal('thies');
    expect(window.location.search).not.to.contain('14.69');
    window.history.back();
    await waitUntil(() => !root(el).querySelector('[part~="details"]'), 'back did not close the details');
    expect(new URLSearchParams(window.location.search).get('mrc-centre')).to.equal(null);
  });

  it('goes back from a second centre straight to the list: one history entry per opened centre', async () => {
    window.history.replaceState(null, '', window.location.pathname);
    const client = createClient({ data: centreDataset });
    const wrapper = await fixture<HTMLDivElement>(
      html`<div style="inline-size: 1000px">
        <mrc-centre-finder sync-url lang="en" .client=${client}></mrc-centre-finder>
      </div>`,
    );
    const el = wrapper.querySelector('mrc-centre-finder')!;
    await waitUntil(() => names(el).length === 4);
    root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
    await el.updateComplete;
    await waitUntil(() => window.location.search.includes('mrc-centre=dakar'));
    // Wide enough for the list beside the details: open a second centre from the list.
    root(el).querySelector<HTMLButtonElement>('[data-centre="thies"]')!.click();
    await el.updateComplete;
    await waitUntil(() => window.location.search.includes('mrc-centre=thies'));
    root(el).querySelector<HTMLButtonElement>('[part~="back"]')!.click();
    await waitUntil(() => !root(el).querySelector('[part~="details"]'), 'back did not return to the list');
    expect(window.location.search).not.to.contain('mrc-centre');
  });

  it('opens the centre a shared link names, after a reload', async () => {
    window.history.replaceState(null, '', `${window.location.pathname}?mrc-centre=casablanca`);
    const client = createClient({ data: centreDataset });
    const el = await fixture<MrcCentreFinder>(
      html`<mrc-centre-finder sync-url lang="en" .client=${client}></mrc-centre-finder>`,
    );
    await waitUntil(() => root(el).querySelector('[part~="details"]')?.textContent?.includes('Test Centre Casablanca'));
  });
});
