import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { executeServerCommand, sendKeys } from '@web/test-runner-commands';
import { createClient, type CentreResult, type MrcClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';
import type { MrcCentreSelectEvent, MrcSearchEvent, SearchDetail } from '../src/base/events.js';
import { centreDataset, DAKAR, hostileCentres } from './centre-data.js';
import { withPrintMedia } from './support/print-media.js';

// Tuesday 2026-11-24 11:00 in Dakar: weekday hours open.
const TUESDAY = new Date('2026-11-24T11:00:00Z');

const root = (el: MrcCentreFinder) => el.shadowRoot!;
const names = (el: MrcCentreFinder) => [...root(el).querySelectorAll('.result-name')].map((n) => n.textContent!.trim());
const summary = (el: MrcCentreFinder) => root(el).querySelector('[part~="summary"]')?.textContent?.trim() ?? '';

async function finder(template: ReturnType<typeof html>, ready = (el: MrcCentreFinder) => names(el).length > 0) {
  const el = await fixture<MrcCentreFinder>(template);
  await waitUntil(() => ready(el), 'the finder did not show results', { timeout: 5000 });
  return el;
}

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
  let client: MrcClient;
  beforeEach(() => {
    client = createClient({ data: centreDataset });
  });

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

  describe('details, events and keyboard', () => {
    it('opens a centre by keyboard alone and reaches its phone link; fires mrc-centre-select', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      const r = root(el);
      const first = r.querySelector<HTMLButtonElement>('[data-centre="dakar"]')!;
      first.focus();
      const selected = oneEvent(el, 'mrc-centre-select') as Promise<MrcCentreSelectEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ centreId: 'dakar' });
      await waitUntil(() => r.querySelector('[part~="details"]'));
      expect(r.activeElement?.id).to.equal('details-name');
      let reached: Element | null = null;
      for (let i = 0; i < 12 && !reached; i++) {
        await sendKeys({ press: 'Tab' });
        if (r.activeElement?.getAttribute('href') === 'tel:+442079460100') reached = r.activeElement;
      }
      expect(reached, 'Tab reaches the phone link').to.not.equal(null);
      const details = r.querySelector('[part~="details"]')!.textContent!;
      expect(details).to.contain('Rue 1').and.to.contain('Opening hours').and.to.contain('No appointment needed');
      expect(r.querySelector('a[href^="geo:14.6928,-17.4467"]')).to.exist;
      expect(r.querySelector('tr[aria-current="date"]')).to.exist;
    });

    it("prints the selected centre through the browser's own dialog", async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
      root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="print"]'));
      const original = window.print;
      let printed = 0;
      window.print = () => void printed++;
      try {
        root(el).querySelector<HTMLButtonElement>('[part~="print"]')!.click();
      } finally {
        window.print = original;
      }
      expect(printed).to.equal(1);
      // The print stylesheet keeps the details only.
      const sheets = (el.shadowRoot!.adoptedStyleSheets ?? []).flatMap((sheet) => [...sheet.cssRules]);
      const print = sheets.find(
        (rule) => rule instanceof CSSMediaRule && rule.conditionText === 'print' && rule.cssText.includes('.search'),
      ) as CSSMediaRule;
      expect(print.cssText).to.contain('.search').and.to.contain('display: none');
    });

    it('keeps a list of centres to see, print or save together, and says what changed', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      const r = root(el);
      const live = () => r.querySelector('[role="status"][aria-live]')!.textContent!.trim();
      for (const id of ['dakar', 'thies']) {
        r.querySelector<HTMLButtonElement>(`[data-centre="${id}"]`)!.click();
        await waitUntil(() => r.querySelector('[part~="shortlist-toggle"]'));
        r.querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]')!.click();
        await waitUntil(() => live().startsWith('Added to your list.'));
        expect(r.querySelector('[part~="shortlist-toggle"]')!.textContent).to.contain('Remove from my list');
        r.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
        await waitUntil(() => !r.querySelector('[part~="details"]'));
      }
      expect(live()).to.equal('Added to your list. 2 centres on your list.');
      const bar = r.querySelector('[part~="shortlist"]')!;
      expect(bar.textContent).to.contain('2 centres on your list.');
      bar.querySelector('button')!.click();
      await waitUntil(() => r.activeElement?.id === 'shortlist-heading', 'the list view did not take the focus');
      const view = r.querySelector('[part~="shortlist-view"]')!;
      expect([...view.querySelectorAll('.details-name')].map((n) => n.textContent!.trim())).to.deep.equal([
        'My list of centres',
        'Test Centre Dakar',
        'Test Centre Thiès',
      ]);
      // Unique ids, though each centre's details are the same template.
      const ids = [...r.querySelectorAll('[id]')].map((n) => n.id);
      expect(new Set(ids).size).to.equal(ids.length);
      await expect(el).to.be.accessible();

      // On paper: the list and nothing else.
      await withPrintMedia(el, () => {
        expect(getComputedStyle(r.querySelector('.list-side')!).display).to.equal('none');
        expect(getComputedStyle(view.querySelector('.details-bar')!).display).to.equal('none');
        expect(getComputedStyle(view).display).not.to.equal('none');
      });

      view.querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]')!.click();
      await waitUntil(() => live() === 'Removed from your list. 1 centre on your list.');
      expect(r.querySelectorAll('[part~="shortlist-view"] [part~="details"]')).to.have.length(1);
      [...r.querySelectorAll<HTMLButtonElement>('[part~="shortlist-view"] .details-bar button')]
        .find((b) => b.textContent!.includes('Clear my list'))!
        .click();
      await waitUntil(() => !r.querySelector('[part~="shortlist"]'), 'clearing kept the list');
      await waitUntil(() => r.activeElement?.matches('[part~="input"]'), 'the focus was lost with the list');
      expect(live()).to.equal('Your list is now empty.');
    });

    it('opens a centre the host page asks for, with mrc-centre-select', async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
      const selected = oneEvent(el, 'mrc-centre-select');
      el.showCentre('casablanca');
      expect((await selected).detail).to.deep.equal({ centreId: 'casablanca' });
      await waitUntil(() =>
        root(el).querySelector('[part~="details"]')?.textContent?.includes('Test Centre Casablanca'),
      );
      await waitUntil(() => root(el).activeElement?.id === 'details-name');
    });

    it('gives a channel without hours of its own the centre’s hours, in the details and on the person’s list', async () => {
      const dataset = {
        ...centreDataset,
        centres: [
          ...centreDataset.centres,
          {
            id: 'kaolack',
            name: 'Test Centre Kaolack',
            kind: 'centre',
            country: 'SN',
            city: 'Kaolack',
            position: { lat: 14.15, lng: -16.07 },
            services: ['employment'],
            languages: ['fr'],
            hours: {
              timeZone: 'Africa/Dakar',
              weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }],
            },
            channels: [
              { kind: 'voice', value: '+44 20 7946 0103' },
              {
                kind: 'whatsapp',
                value: '+44 20 7946 0104',
                hours: {
                  timeZone: 'Africa/Dakar',
                  weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '14:00', closes: '16:00' }],
                },
              },
            ],
          },
        ],
      };
      const el = await finder(
        html`<mrc-centre-finder
          lang="en"
          .client=${createClient({ data: dataset })}
          .now=${TUESDAY}
        ></mrc-centre-finder>`,
      );
      const r = root(el);
      const hours = (scope: Element) =>
        [...scope.querySelectorAll('[part~="channel"]')].map((channel) => ({
          state: ['open', 'closed', 'unknown'].find((s) => channel.classList.contains(s)),
          text: channel.querySelector('.hours')!.textContent!.replace(/\s+/g, ' ').trim(),
        }));
      const open = async (id: string, name: string) => {
        r.querySelector<HTMLButtonElement>(`[data-centre="${id}"]`)!.click();
        await waitUntil(() => r.querySelector('.details-name')?.textContent?.trim() === name);
        return r.querySelector('[part~="details"]')!;
      };

      // Tuesday 11:00 in Dakar: the centre is open until 17:00, and so are its phone and email.
      const dakar = await open('dakar', 'Test Centre Dakar');
      expect(dakar.querySelector('.meta .status')!.classList.contains('open')).to.equal(true);
      const dakarHours = hours(dakar);
      expect(dakarHours).to.have.length(2);
      for (const channel of dakarHours) {
        expect(channel.state).to.equal('open');
        expect(channel.text).to.match(/^Open now, closes at 5:00\sPM/);
      }
      r.querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]')!.click();
      r.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => !r.querySelector('[part~="details"]'));

      // A channel's own hours still win over the centre's.
      const kaolack = await open('kaolack', 'Test Centre Kaolack');
      const [voice, whatsapp] = hours(kaolack);
      expect(voice!.state).to.equal('open');
      expect(voice!.text).to.match(/^Open now, closes at 5:00\sPM/);
      expect(whatsapp!.state).to.equal('closed');
      expect(whatsapp!.text).to.match(/^Closed now, opens at 2:00\sPM/);
      r.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => !r.querySelector('[part~="details"]'));

      // Thiès gives no hours at all: its phone's are not known, never closed.
      const thies = await open('thies', 'Test Centre Thiès');
      expect(hours(thies)).to.deep.equal([{ state: 'unknown', text: 'Hours not known' }]);
      r.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => !r.querySelector('[part~="details"]'));

      // The person's list shows the same hours as the details.
      r.querySelector<HTMLButtonElement>('[part~="shortlist"] button')!.click();
      await waitUntil(() => r.querySelector('[part~="shortlist-view"] [part~="details"]'));
      const listed = hours(r.querySelector('[part~="shortlist-view"] [part~="details"]')!);
      expect(listed.map((c) => c.state)).to.deep.equal(['open', 'open']);
      for (const channel of listed) expect(channel.text).to.match(/^Open now, closes at 5:00\sPM/);
    });

    it('returns to the list with focus on the centre it left', async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
      const r = root(el);
      r.querySelector<HTMLButtonElement>('[data-centre="thies"]')!.click();
      await waitUntil(() => r.querySelector('[part~="back"]'));
      r.querySelector<HTMLButtonElement>('[part~="back"]')!.click();
      await waitUntil(() => r.activeElement?.getAttribute('data-centre') === 'thies');
    });

    it('reports each search with its filters and count, never the position or the words', async () => {
      const el = document.createElement('mrc-centre-finder');
      el.lang = 'en';
      el.near = '14.6928,-17.4467';
      el.country = 'SN';
      el.client = client;
      const searched = oneEvent(el, 'mrc-search') as Promise<MrcSearchEvent>;
      document.body.append(el);
      const { detail } = await searched;
      expect(detail).to.deep.equal({
        hasText: false,
        nearby: true,
        services: [],
        audiences: [],
        languages: [],
        kinds: [],
        openNow: false,
        country: 'SN',
        total: 3,
      });
      expect(JSON.stringify(detail)).not.to.contain('14.69');
      el.remove();
    });
  });

  describe('states and safety', () => {
    it('shows a loading state with the fallback content', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${never}><a href="/centres">All centres</a></mrc-centre-finder>`,
        (el) => !!root(el).querySelector('.loading'),
      );
      expect(root(el).querySelector('.loading slot')).to.exist;
    });

    it('shows an error that says what happened', async () => {
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${failing}></mrc-centre-finder>`,
        (el) => !!root(el).querySelector('.error'),
      );
      expect(root(el).querySelector('.error')!.textContent).to.contain('could not be loaded').and.to.contain('503');
    });

    it('says when it shows an offline copy, and from when', async () => {
      const offline: MrcClient = {
        ...client,
        load: async () => ({
          ...(await client.load()),
          freshness: {
            source: 'x',
            fetchedAt: new Date('2026-11-20T08:00:00Z'),
            fromCache: true,
            staleReason: 'offline',
          },
        }),
      };
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${offline}></mrc-centre-finder>`);
      expect(root(el).querySelector('.offline')!.textContent).to.contain('November 20, 2026');
    });

    it('renders hostile text as text and no unsafe link', async () => {
      const hostile = createClient({ data: hostileCentres });
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${hostile}></mrc-centre-finder>`);
      root(el).querySelector<HTMLButtonElement>('[data-centre="evil"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      const hrefs = [...root(el).querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(href).to.match(/^(https?|tel|sms|mailto|viber|geo):/);
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(root(el).textContent).to.contain('<img src=x onerror="window.__pwned=1">Evil centre');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('accessibility and languages', () => {
    it('has no axe violations: list, filters open, details (English)', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
      );
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLElement>('[part~="filters"] summary')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      await expect(el).to.be.accessible();
    });

    it('renders Arabic right to left with no axe violations: list, details and the person’s list', async () => {
      const el = await finder(
        html`<mrc-centre-finder lang="ar" .client=${client} .now=${TUESDAY}></mrc-centre-finder>`,
        (el) => names(el).includes('مركز تجريبي داكار') && root(el).textContent!.includes('استخدم موقعي'),
      );
      expect(root(el).querySelector('[part~="base"]')!.getAttribute('dir')).to.equal('rtl');
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[data-centre="casablanca"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      await expect(el).to.be.accessible();
      root(el).querySelector<HTMLButtonElement>('[part~="shortlist-toggle"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="shortlist"] button'));
      root(el).querySelector<HTMLButtonElement>('[part~="shortlist"] button')!.click();
      await waitUntil(() => root(el).querySelector('[part~="shortlist-view"]'));
      expect(root(el).querySelector('#shortlist-heading')!.textContent!.trim()).to.equal('قائمة مراكزي');
      await expect(el).to.be.accessible();
      el.setAttribute('lang', 'en');
      await waitUntil(() => root(el).textContent!.includes('Back to the list'));
    });

    it('fits 320 px wide at 200% text size without sideways scrolling, list and details', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div style="inline-size: 320px; font-size: 200%">
          <mrc-centre-finder lang="en" .client=${client} .now=${TUESDAY}></mrc-centre-finder>
        </div>`,
      );
      const el = wrapper.querySelector('mrc-centre-finder')!;
      await waitUntil(() => names(el).length > 0);
      const fits = () => {
        for (const node of root(el).querySelectorAll<HTMLElement>(
          'form, .result, [part~="details"], .action, .hours-table',
        )) {
          expect(node.getBoundingClientRect().right, node.className).to.be.at.most(
            wrapper.getBoundingClientRect().right + 1,
          );
        }
      };
      fits();
      root(el).querySelector<HTMLButtonElement>('[data-centre="dakar"]')!.click();
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      fits();
    });

    it('has no axe violations in the loading, empty, error and offline states, left to right and right to left', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
      const offline: MrcClient = {
        ...client,
        load: async () => ({
          ...(await client.load()),
          freshness: {
            source: 'x',
            fetchedAt: new Date('2026-11-20T08:00:00Z'),
            fromCache: true,
            staleReason: 'offline',
          },
        }),
      };
      for (const lang of ['en', 'ar']) {
        const states = [
          [never, (el: MrcCentreFinder) => !!root(el).querySelector('.loading')],
          [failing, (el: MrcCentreFinder) => !!root(el).querySelector('.error')],
          [offline, (el: MrcCentreFinder) => !!root(el).querySelector('.offline') && names(el).length > 0],
        ] as const;
        for (const [source, ready] of states) {
          const el = await finder(html`<mrc-centre-finder lang=${lang} .client=${source}></mrc-centre-finder>`, ready);
          await expect(el, `${lang}`).to.be.accessible();
        }
        const empty = await finder(
          html`<mrc-centre-finder
            lang=${lang}
            country="MA"
            services="employment"
            .client=${client}
          ></mrc-centre-finder>`,
          (el) => !!root(el).querySelector('.empty'),
        );
        await expect(empty, `${lang} empty`).to.be.accessible();
      }
    });

    it('shows no empty state for an empty query', async () => {
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${client}></mrc-centre-finder>`);
      expect(root(el).querySelector('.empty')).to.equal(null);
    });
  });
});

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
    await waitUntil(() => window.location.search.includes('mrc-centre=dakar'));
    // Wide enough for the list beside the details: open a second centre from the list.
    root(el).querySelector<HTMLButtonElement>('[data-centre="thies"]')!.click();
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
