import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import type { MrcCentreSelectEvent } from '../src/centre-finder/finder-events.js';
import { centreDataset } from './centre-data.js';
import { root, names, finder } from './centre-finder-fixtures.js';

describe('<mrc-centre-finder map>', () => {
  const TILES = '/packages/widgets/test/fixtures/tile.png?{z}/{x}/{y}';

  it('loads no map unless asked', async () => {
    const client = createClient({ data: centreDataset });
    const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
    expect(root(el).querySelector('mrc-finder-map')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((e) => e.name.includes('finder-map'))).to.equal(false);
  });

  it('asks the data once for the list and the map together', async () => {
    const data = createClient({ data: centreDataset });
    let searches = 0;
    const client: MrcClient = {
      ...data,
      centres: { ...data.centres, search: (query, now) => (searches++, data.centres.search(query, now)) },
    };
    const el = await finder(
      html`<mrc-centre-finder lang="en" map tile-url=${TILES} .client=${client}></mrc-centre-finder>`,
      (el) => !!root(el).querySelector('mrc-finder-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
    );
    expect(names(el)).to.have.length(4);
    expect(searches).to.equal(1);
  });

  it('shows the matches on a map; choosing one opens its details, with no outside request', async () => {
    const client = createClient({ data: centreDataset });
    const el = await finder(
      html`<mrc-centre-finder lang="en" map tile-url=${TILES} .client=${client}></mrc-centre-finder>`,
      (el) => !!root(el).querySelector('mrc-finder-map')?.shadowRoot?.querySelector('.leaflet-marker-icon'),
    );
    const map = root(el).querySelector('mrc-finder-map')!;
    const selected = oneEvent(el, 'mrc-centre-select') as Promise<MrcCentreSelectEvent>;
    const leaked: Event[] = [];
    document.addEventListener('mrc-map-select', (e) => leaked.push(e), { once: true });
    await waitUntil(() => map.shadowRoot!.querySelector('[data-centre]'));
    const pin = map.shadowRoot!.querySelector<HTMLElement>('[data-centre]')!;
    const id = pin.dataset['centre']!;
    pin.click();
    await el.updateComplete;
    expect((await selected).detail.centreId).to.equal(id);
    await waitUntil(() => root(el).querySelector('[part~="details"]'));
    expect(leaked).to.deep.equal([]);
    const outside = performance
      .getEntriesByType('resource')
      .map((e) => e.name)
      .filter((name) => !name.startsWith(window.location.origin));
    expect(outside).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
