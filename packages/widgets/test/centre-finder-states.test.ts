import { expect, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import { hostileCentres } from './centre-data.js';
import { root, finder, client, useFreshClient } from './centre-finder-fixtures.js';

describe('<mrc-centre-finder>', () => {
  useFreshClient();

  describe('states and safety', () => {
    it('shows a loading state with the fallback content', async () => {
      const never: MrcClient = { ...client, load: () => new Promise(() => {}) };
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${never}><a href="/centres">All centres</a></mrc-centre-finder>`,
        (el) => !!root(el).querySelector('.loading'),
      );
      expect(root(el).querySelector('.loading slot')).to.exist;
    });

    it('shows an error in plain words, the technical reason left to the console', async () => {
      const failing: MrcClient = { ...client, load: () => Promise.reject(new Error('the server answered 503')) };
      const el = await finder(
        html`<mrc-centre-finder lang="en" .client=${failing}></mrc-centre-finder>`,
        (el) => !!root(el).querySelector('.error'),
      );
      expect(root(el).querySelector('.error')!.textContent)
        .to.contain('could not be loaded')
        .and.to.contain('Try again later')
        .and.not.to.contain('503');
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
      expect(root(el).querySelector('[part~="freshness"]')!.textContent).to.contain('November 20, 2026');
    });

    it('renders hostile text as text and no unsafe link', async () => {
      const hostile = createClient({ data: hostileCentres });
      const el = await finder(html`<mrc-centre-finder lang="en" .client=${hostile}></mrc-centre-finder>`);
      root(el).querySelector<HTMLButtonElement>('[data-centre="evil"]')!.click();
      await el.updateComplete;
      await waitUntil(() => root(el).querySelector('[part~="details"]'));
      const hrefs = [...root(el).querySelectorAll('[href]')].map((a) => a.getAttribute('href')!);
      for (const href of hrefs) expect(href).to.match(/^(https?|tel|sms|mailto|viber|geo):/);
      expect(root(el).querySelector('img, script, b')).to.equal(null);
      expect(root(el).textContent).to.contain('<img src=x onerror="window.__pwned=1">Evil centre');
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });
});
