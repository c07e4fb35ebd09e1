import { expect, html, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createClient, type CentreResult } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';
import type { MrcSearchEvent, SearchDetail } from '../src/centre-finder/finder-events.js';
import { centreDataset, DAKAR } from './centre-data.js';
import { TUESDAY, root, names, finder, client, useFreshClient } from './centre-finder-fixtures.js';

const summary = (el: MrcCentreFinder) => root(el).querySelector('[part~="summary"]')?.textContent?.trim() ?? '';

/**
 * Sets the browser's own geolocation permission and position (Chromium through the DevTools
 * protocol, Firefox through WebDriver BiDi), and counts how often the page asks for the position.
 */
async function browserGeolocation(answer: 'granted' | 'denied' | 'unavailable') {
  const calls: number[] = [];
  const position = { lat: 14.79, lng: -16.93 };
  const set = await executeServerCommand<boolean, { permission: string; position?: typeof position }>(
    'set-geolocation',
    { permission: answer === 'denied' ? 'denied' : 'granted', ...(answer === 'granted' && { position }) },
  );
  if (!set) throw new Error('This browser cannot have its geolocation set by the test runner.');
  const geolocation = navigator.geolocation;
  const ask = geolocation.getCurrentPosition.bind(geolocation);
  // Counting only: every call still goes to the browser's own geolocation.
  Object.defineProperty(geolocation, 'getCurrentPosition', {
    configurable: true,
    value: (ok: PositionCallback, fail?: PositionErrorCallback | null, options?: PositionOptions) => {
      calls.push(Date.now());
      ask(ok, fail, options);
    },
  });
  return { calls, restore: () => delete (geolocation as Partial<Geolocation>).getCurrentPosition };
}

describe('<mrc-centre-finder>', () => {
  useFreshClient();

  describe('searching', () => {
    it('lists every centre, with a count', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      expect(names(el)).to.have.members([
        'Test Centre Dakar',
        'Test Centre Thiès',
        'Test Centre Casablanca',
        'Test Online Advice',
      ]);
      expect(summary(el)).to.contain('4 centres found.');
    });

    it('offers the regions of the chosen country, named in the reader’s language, and filters by one', async () => {
      const searches: SearchDetail[] = [];
      const el = await finder(
        html`<mrc-centre-finder
          lang="ar"
          .client=${client}
          @mrc-search=${(e: MrcSearchEvent) => searches.push(e.detail)}
        ></mrc-centre-finder>`,
      );
      const options = () =>
        [...root(el).querySelectorAll<HTMLOptionElement>('#region option')].map((o) => o.text.trim());
      // Every country: the three regions, named in Arabic.
      expect(options().slice(1)).to.have.members(['داكار', 'تييس', 'الدار البيضاء سطات']);
      const country = root(el).querySelector<HTMLSelectElement>('#country')!;
      country.value = 'MA';
      country.dispatchEvent(new Event('change'));
      // One region left in Morocco: no choice to make.
      await waitUntil(() => !root(el).querySelector('#region'), 'a single region still offered a choice');
      country.value = 'SN';
      country.dispatchEvent(new Event('change'));
      await waitUntil(() => options().length === 3);
      const region = root(el).querySelector<HTMLSelectElement>('#region')!;
      region.value = 'Thiès';
      region.dispatchEvent(new Event('change'));
      await waitUntil(() => names(el).length === 1, 'choosing a region did not narrow the list');
      expect(searches.at(-1)).to.include({ country: 'SN', region: 'Thiès', total: 1 });
    });

    it('takes a region preset in any of its languages, and forgets it with the country', async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" region="تييس" .client=${client}></mrc-centre-finder>`);
      await waitUntil(() => names(el).join() === 'Test Centre Thiès', 'the preset region did not apply');
      expect(root(el).querySelector<HTMLSelectElement>('#region')!.selectedOptions[0]!.text.trim()).to.equal('Thiès');
      const country = root(el).querySelector<HTMLSelectElement>('#country')!;
      country.value = 'MA';
      country.dispatchEvent(new Event('change'));
      await waitUntil(() => names(el).join() === 'Test Centre Casablanca', 'the region of another country stayed');
    });

    it('follows the typing, ignoring accents', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      const input = root(el).querySelector<HTMLInputElement>('[part~="input"]')!;
      input.focus();
      await sendKeys({ type: 'thies' });
      await waitUntil(() => names(el).length === 1, 'typing did not narrow the list');
      expect(names(el)).to.deep.equal(['Test Centre Thiès']);
    });

    it('takes presets from the host: country, services, audience', async () => {
      const el = await finder(
        html`<mrc-centre-finder
          lang="en"
          country="SN"
          services="reintegration employment"
          audience="returnees"
          .client=${client}
        ></mrc-centre-finder>`,
      );
      expect(names(el)).to.deep.equal(['Test Centre Dakar']);
    });

    it('filters by open now, kind and language', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      const r = root(el);
      r.querySelector<HTMLElement>('[part~="filters"] summary')!.click();
      // The filters' controls load when the filters are first opened.
      await waitUntil(() => r.querySelector('[part~="filters"] > label input'), 'no filters', { timeout: 5000 });
      const openNow = r.querySelector<HTMLInputElement>('[part~="filters"] > label input')!;
      openNow.click();
      // Open now keeps the open ones and those whose hours are unknown; closed ones leave.
      await waitUntil(() => summary(el).includes('4 centres') || summary(el).includes('3 centres'));
      const online = [...r.querySelectorAll<HTMLInputElement>('input[name="kinds"]')].find((i) =>
        i.closest('label')!.textContent!.includes('Online'),
      )!;
      online.click();
      await waitUntil(() => names(el).length === 1);
      expect(names(el)).to.deep.equal(['Test Online Advice']);
      online.click();
      openNow.click();
      const language = r.querySelector<HTMLSelectElement>('#language')!;
      language.value = 'ar';
      language.dispatchEvent(new Event('change'));
      await waitUntil(() => names(el).join() === 'Test Centre Casablanca', 'the language filter did not apply');
    });

    it('sorts by distance from a place the host gives, shown in kilometres', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" near=${`${DAKAR.lat},${DAKAR.lng}`} .client=${client}></mrc-centre-finder>`,
      );
      expect(names(el).slice(0, 3)).to.deep.equal(['Test Centre Dakar', 'Test Centre Thiès', 'Test Centre Casablanca']);
      expect(root(el).querySelectorAll('.result-meta')[1]!.textContent).to.match(/\d+ km/);
    });

    it('loads the next results when the end of the list comes into view', async () => {
      const base = centreDataset.centres[1]!;
      const many = createClient({
        data: {
          ...centreDataset,
          centres: Array.from({ length: 120 }, (_, i) => ({ ...base, id: `c${i}`, name: `Test Centre ${i}` })),
        },
      });
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${many}></mrc-centre-finder>`);
      expect(names(el)).to.have.length(50);
      // Rows rendered from now on: a page already shown must not be rendered again.
      const rendered: string[] = [];
      const proto = MrcCentreFinder.prototype as unknown as { renderResult(r: CentreResult, d: unknown): unknown };
      const renderResult = proto.renderResult;
      proto.renderResult = function (this: unknown, result: CentreResult, dataset: unknown) {
        rendered.push(result.centre.id);
        return renderResult.call(this, result, dataset);
      };
      try {
        root(el).querySelector('.more-sentinel')!.scrollIntoView();
        await waitUntil(() => names(el).length === 100, 'scrolling to the end did not load more');
        expect(summary(el)).to.contain('Showing 100 of 120.');
        root(el).querySelector<HTMLButtonElement>('[part~="more"]')!.click();
        await waitUntil(() => names(el).length === 120);
        expect(root(el).querySelector('[part~="more"]')).to.equal(null);
      } finally {
        proto.renderResult = renderResult;
      }
      expect(rendered).to.have.length(70);
      expect(new Set(rendered).size).to.equal(70);
      expect(rendered.every((id) => Number(id.slice(1)) >= 50)).to.equal(true);
    });

    it('offers to widen a search that finds nothing', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" country="MA" services="employment" .client=${client}></mrc-centre-finder>`,
        (el) => !!root(el).querySelector('.empty'),
      );
      root(el).querySelector<HTMLButtonElement>('.empty button')!.click();
      await waitUntil(() => names(el).length === 4, 'clearing the search did not bring every centre back');
    });
  });

  describe('location', () => {
    it('asks for the position only when the button is pressed, then sorts nearest first', async () => {
      const geo = await browserGeolocation('granted');
      try {
        const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
        expect(geo.calls).to.have.length(0);
        root(el).querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
        await waitUntil(() => names(el)[0] === 'Test Centre Thiès');
        expect(geo.calls).to.have.length(1);
        expect(root(el).querySelector('.located')!.textContent).to.contain('Nearest first');
      } finally {
        geo.restore();
      }
    });

    it('explains a refusal and keeps working by text', async () => {
      const geo = await browserGeolocation('denied');
      try {
        const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
        root(el).querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
        await waitUntil(() => root(el).querySelector('.located.problem'));
        expect(root(el).querySelector('.located.problem')!.textContent).to.contain('was not shared');
        expect(names(el)).to.have.length(4);
      } finally {
        geo.restore();
      }
    });

    it('explains an unavailable position', async () => {
      const geo = await browserGeolocation('unavailable');
      try {
        const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
        root(el).querySelector<HTMLButtonElement>('[part~="locate"]')!.click();
        await waitUntil(() => root(el).querySelector('.located.problem'));
        expect(root(el).querySelector('.located.problem')!.textContent).to.contain('could not be found');
      } finally {
        geo.restore();
      }
    });
  });
});
