import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import type { CentreResult } from '@mrc-kit/sdk';
import '../src/centre-finder/finder-map.js';
import type { MrcFinderMap } from '../src/centre-finder/finder-map.js';
import { placeOf } from '../src/centre-finder/map-points.js';
import { centreAt, manyCentres, threeCentres, TILE_URL } from './map-data.js';

const root = (el: MrcFinderMap) => el.shadowRoot!;
const icons = (el: MrcFinderMap) => [...root(el).querySelectorAll<HTMLElement>('.leaflet-marker-icon')];
const clusters = (el: MrcFinderMap) => icons(el).filter((i) => i.classList.contains('cluster'));
const pins = (el: MrcFinderMap) => icons(el).filter((i) => i.classList.contains('pin'));
const pinOf = (el: MrcFinderMap, id: string) =>
  pins(el).find((p) => p.querySelector<HTMLElement>('[data-centre]')?.dataset['centre'] === id);
const region = (el: MrcFinderMap) => root(el).querySelector<HTMLElement>('[role="region"]')!;
/** The zoom level of the tiles on show, read from the fixture's `?{z}/{x}/{y}`. */
const tileZoom = (el: MrcFinderMap) =>
  Math.max(
    ...[...root(el).querySelectorAll('img.leaflet-tile')].map((t) =>
      Number(/\?(\d+)\//.exec(t.getAttribute('src')!)![1]),
    ),
  );

async function mapOf(results: CentreResult[], wrap?: (map: ReturnType<typeof html>) => ReturnType<typeof html>) {
  const map = html`<mrc-finder-map .results=${results} .tileUrl=${TILE_URL}></mrc-finder-map>`;
  const parent = await fixture<HTMLElement>(wrap ? wrap(map) : html`<div>${map}</div>`);
  const el = parent.querySelector('mrc-finder-map')!;
  await waitUntil(
    () => icons(el).length > 0 && root(el).querySelector('img.leaflet-tile-loaded'),
    'the map drew no markers or tiles',
    { timeout: 5000 },
  );
  return el;
}

async function click(target: Element) {
  const box = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)] });
}

function centreOf(target: Element) {
  const box = target.getBoundingClientRect();
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

function inside(target: Element, frame: Element) {
  const { x, y } = centreOf(target);
  const box = frame.getBoundingClientRect();
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

describe('<mrc-finder-map>', () => {
  it('draws 1,000 centres as clusters with counts, with few markers and no request to another host', async () => {
    const el = await mapOf(manyCentres(1000));
    expect(icons(el).length).to.be.below(200);
    expect(clusters(el).length).to.be.above(0);
    const count = (c: HTMLElement) =>
      Number(/^(\d+) centres$/.exec(c.querySelector('.visually-hidden')!.textContent!)![1]);
    const counted = clusters(el).reduce((sum, c) => sum + count(c), 0);
    expect(counted + pins(el).length, 'every centre is in a cluster or on its own').to.equal(1000);
    for (const cluster of clusters(el))
      expect(cluster.querySelector('[aria-hidden="true"]')!.textContent).to.match(/^\d+$/);

    const hosts = performance.getEntriesByType('resource').map((r) => new URL(r.name).origin);
    expect(hosts.filter((h) => h !== location.origin)).to.deep.equal([]);
    const tiles = [...root(el).querySelectorAll<HTMLImageElement>('img.leaflet-tile')];
    expect(tiles.length).to.be.above(0);
    for (const tile of tiles) expect(new URL(tile.src).origin).to.equal(location.origin);
    expect(root(el).querySelector('img:not(.leaflet-tile)'), 'markers are drawn with CSS, not images').to.equal(null);
  });

  it('zooms into a cluster when it is clicked', async () => {
    const el = await mapOf(manyCentres(1000));
    const before = tileZoom(el);
    const cluster = clusters(el)[0]!;
    await click(cluster);
    await waitUntil(() => !cluster.isConnected && tileZoom(el) > before, 'the map did not zoom in', { timeout: 5000 });
  });

  it('selects a centre when its marker is clicked or pressed with Enter', async () => {
    const el = await mapOf(threeCentres);
    expect(pins(el).length).to.equal(3);
    setTimeout(() => void click(pinOf(el, 'bamako')!));
    const clicked = await oneEvent(el, 'mrc-map-select');
    expect(clicked.detail).to.deep.equal({ centreId: 'bamako' });
    expect(clicked.bubbles && clicked.composed).to.equal(true);

    pinOf(el, 'niamey')!.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    expect((await oneEvent(el, 'mrc-map-select')).detail).to.deep.equal({ centreId: 'niamey' });
  });

  it('names each marker: the centre in its own language, a cluster by its count', async () => {
    const el = await mapOf(threeCentres);
    el.locale = 'ar';
    await waitUntil(() => pinOf(el, 'dakar')?.textContent === 'مركز داكار');
    const name = pinOf(el, 'dakar')!.querySelector('[data-centre] span')!;
    expect(name.getAttribute('lang')).to.equal('ar');
    expect(name.getAttribute('dir')).to.equal('rtl');
    expect(pinOf(el, 'dakar')!.getAttribute('role')).to.equal('button');

    const many = await mapOf(manyCentres(300));
    many.clusterLabel = (n) => `${n} مراكز`;
    await waitUntil(() => clusters(many)[0]?.textContent?.includes('مراكز'));
  });

  it('pans to the selected centre and highlights its marker', async () => {
    const el = await mapOf(manyCentres(1000));
    el.selectedId = 'c123';
    await waitUntil(
      () => {
        const pin = pinOf(el, 'c123');
        if (!pin?.classList.contains('selected')) return false;
        const at = centreOf(pin);
        const map = centreOf(region(el));
        return Math.abs(at.x - map.x) < 2 && Math.abs(at.y - map.y) < 2;
      },
      'the selected centre is not in the middle of the map',
      { timeout: 5000 },
    );
    expect(pinOf(el, 'c123')!.getAttribute('aria-current')).to.equal('true');
    expect(root(el).querySelectorAll('.selected').length).to.equal(1);
    el.selectedId = undefined;
    await waitUntil(() => root(el).querySelectorAll('.selected').length === 0);
  });

  it('fits the view to new results', async () => {
    const el = await mapOf(threeCentres);
    el.results = [
      centreAt('casablanca', { lat: 33.5731, lng: -7.5898 }),
      centreAt('rabat', { lat: 34.0209, lng: -6.8416 }),
    ];
    await waitUntil(() => pinOf(el, 'casablanca') && pinOf(el, 'rabat'), 'the new results are not shown', {
      timeout: 5000,
    });
    expect(pinOf(el, 'dakar')).to.equal(undefined);
    for (const pin of pins(el)) expect(inside(pin, region(el))).to.equal(true);
  });

  it('shows the tile credit as text, never as HTML', async () => {
    const el = await mapOf(threeCentres);
    expect(root(el).querySelector('.attribution')!.textContent).to.equal('© OpenStreetMap contributors');
    el.attribution = '<img src=x onerror="window.__pwned=1">Tiles © Example';
    await el.updateComplete;
    expect(root(el).querySelector('.attribution')!.textContent).to.equal(el.attribution);
    expect(root(el).querySelector('.attribution img')).to.equal(null);
  });

  it('places a mobile team at its current or next stop, else at its base', () => {
    const team = centreAt(
      'team',
      { lat: 14, lng: -17 },
      {
        kind: 'mobile-team',
        stops: [
          { place: 'Past', position: { lat: 1, lng: 1 }, start: '2026-01-01T09:00:00Z', end: '2026-01-01T17:00:00Z' },
          {
            place: 'Next',
            position: { lat: 15, lng: -16 },
            start: '2026-01-05T09:00:00Z',
            end: '2026-01-05T17:00:00Z',
          },
        ],
      },
    );
    expect(placeOf(team, Date.parse('2026-01-02T00:00:00Z'))).to.deep.equal({ lat: 15, lng: -16 });
    expect(placeOf(team, Date.parse('2026-02-01T00:00:00Z'))).to.deep.equal({ lat: 14, lng: -17 });
    expect(placeOf(centreAt('online', undefined as never, { kind: 'online' }), 0)).to.equal(undefined);
  });

  it('has a named map region and no axe violations', async () => {
    const el = await mapOf(manyCentres(200));
    expect(region(el).getAttribute('aria-label')).to.equal('Map of the centres');
    await expect(el).to.be.accessible();
    const small = await mapOf(threeCentres);
    small.selectedId = 'dakar';
    await waitUntil(() => pinOf(small, 'dakar')?.classList.contains('selected'));
    await expect(small).to.be.accessible();
  });

  it('works inside a right-to-left page, with no axe violations', async () => {
    const el = await mapOf(threeCentres, (map) => html`<div dir="rtl" lang="ar">${map}</div>`);
    el.label = 'خريطة المراكز';
    el.locale = 'ar';
    await el.updateComplete;
    for (const pin of pins(el)) expect(inside(pin, region(el))).to.equal(true);
    const tiles = [...root(el).querySelectorAll('img.leaflet-tile-loaded')];
    expect(tiles.some((t) => inside(t, region(el)))).to.equal(true);
    // The zoom buttons sit at the inline end: on the left in right-to-left.
    const zoom = root(el).querySelector('.zoom')!.getBoundingClientRect();
    expect(zoom.left - region(el).getBoundingClientRect().left).to.be.below(60);
    await expect(el).to.be.accessible();
  });

  it('keeps working after it is moved in the page', async () => {
    const el = await mapOf(threeCentres);
    const other = document.createElement('div');
    el.parentElement!.after(other);
    other.append(el);
    await waitUntil(() => pins(el).length === 3, 'no markers after the move');
  });

  it('loads and draws under a strict Content-Security-Policy with Trusted Types', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="strict"
        width="700"
        height="400"
        src="/packages/widgets/test/fixtures/finder-map-csp.html"
      ></iframe>`,
    );
    type Check = { violations: string[]; error?: string; markers: number; tiles: number };
    await waitUntil(() => (frame.contentWindow as { mapCheck?: Promise<Check> } | null)?.mapCheck, 'no check', {
      timeout: 5000,
    });
    const check = await (frame.contentWindow as unknown as { mapCheck: Promise<Check> }).mapCheck;
    expect(check.error).to.equal(undefined);
    expect(check.violations).to.deep.equal([]);
    expect(check.markers).to.equal(3);
    expect(check.tiles).to.be.above(0);
  });
});
