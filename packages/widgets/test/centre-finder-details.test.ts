import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import type { MrcCentreSelectEvent, MrcSearchEvent } from '../src/centre-finder/finder-events.js';
import { centreDataset } from './centre-data.js';
import { withPrintMedia } from './support/print-media.js';
import { TUESDAY, root, finder, client, useFreshClient } from './centre-finder-fixtures.js';

describe('<mrc-centre-finder>', () => {
  useFreshClient();

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
      await el.updateComplete;
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
      await el.updateComplete;
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
        await el.updateComplete;
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
      await el.updateComplete;
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
        await el.updateComplete;
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
      await el.updateComplete;
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
});
