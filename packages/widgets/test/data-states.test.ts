// The states every data element shares, in all four: the error a person sees (plain words in their
// language, the host's fallback content, a way to try again), recovery once the source is fixed,
// and the note that says the information is a kept copy, and from which of the reader's days.
// The source is a dataset URL whose fetch is faked: each failure is the one a real network gives.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, demoDataset, type LoadResult, type MrcClient } from '@mrc-kit/sdk';
import { formatDay } from '../src/base/freshness-note.js';
import '../src/centre-finder/mrc-centre-finder.js';
import '../src/hotline-card/mrc-hotline-card.js';
import '../src/risk-quiz/mrc-risk-quiz.js';
import '../src/procedure-checklist/mrc-procedure-checklist.js';

const SRC = 'https://data.example/mrc/dataset.json';
const BODY = JSON.stringify(demoDataset);

interface Spec {
  tag: string;
  /** Attributes that choose the content. */
  attrs: Record<string, string>;
  /** What shows once the content is there. */
  ready: string;
}

const ELEMENTS: Spec[] = [
  { tag: 'mrc-centre-finder', attrs: {}, ready: '.result-name' },
  { tag: 'mrc-hotline-card', attrs: { hotline: 'demo-safe-migration-sn' }, ready: 'article' },
  { tag: 'mrc-risk-quiz', attrs: { quiz: 'demo-know-the-risks' }, ready: '[part~="screen"]' },
  { tag: 'mrc-procedure-checklist', attrs: { checklist: 'demo-seasonal-work-permit' }, ready: '[part~="steps"]' },
];

type Fault = 'network' | 'timeout' | '500' | '503' | '404' | 'web-page' | 'invalid-json' | 'not-a-dataset';

/** Each failure, and the words (in English) that tell the person what happened. */
const FAULTS: [Fault, string][] = [
  ['network', 'You seem to be offline.'],
  ['timeout', 'The connection is too slow or has stopped.'],
  ['500', 'is not answering properly'],
  ['503', 'is not answering properly'],
  ['404', 'is not answering properly'],
  ['web-page', 'A web page came instead of this information.'],
  ['invalid-json', 'This information is not available right now.'],
  ['not-a-dataset', 'This information is not available right now.'],
];

function aborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    const stop = () => reject(signal.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal.aborted) stop();
    else signal.addEventListener('abort', stop, { once: true });
  });
}

/** A dataset URL whose server answers as `source.fault` says, or with the demo dataset. */
function fakeSource(fault?: Fault): { client: MrcClient; source: { fault: Fault | undefined } } {
  const source = { fault };
  const fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const signal = init?.signal ?? (input instanceof Request ? input.signal : undefined);
    const json = { 'content-type': 'application/json' };
    switch (source.fault) {
      case 'network':
        throw new TypeError('Failed to fetch');
      case 'timeout':
        return aborted(signal!);
      case '500':
      case '503':
      case '404':
        return new Response('', { status: Number(source.fault) });
      case 'web-page':
        return new Response('<!doctype html><title>Wi-Fi</title><h1>Sign in</h1>', {
          headers: { 'content-type': 'text/html' },
        });
      case 'invalid-json':
        return new Response('{"format": "mrc-kit/dataset@1", "centres": [', { headers: json });
      case 'not-a-dataset':
        return new Response('{"error": "maintenance"}', { headers: json });
      default:
        return new Response(BODY, { headers: json });
    }
  };
  const client = createClient({ src: SRC, fetch, retries: 0, timeoutMs: 200, store: false });
  return { client, source };
}

async function place(spec: Spec, client: MrcClient, lang = 'en'): Promise<HTMLElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const el = document.createElement(spec.tag) as HTMLElement & { client?: MrcClient; now?: Date };
  for (const [name, value] of Object.entries(spec.attrs)) el.setAttribute(name, value);
  el.lang = lang;
  el.client = client;
  el.now = new Date('2026-11-24T11:00:00Z');
  const fallback = document.createElement('a');
  fallback.href = 'tel:+221800000000';
  fallback.textContent = 'Call 800 00 00 00';
  el.append(fallback);
  wrapper.append(el);
  return el;
}

const shown = (el: HTMLElement, selector: string) => el.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

async function until(el: HTMLElement, selector: string): Promise<HTMLElement> {
  await waitUntil(() => shown(el, selector), `<${el.localName}> did not show ${selector}`, { timeout: 5000 });
  return shown(el, selector)!;
}

describe('data states of every element', () => {
  describe('"Try again" after each kind of failure', () => {
    for (const spec of ELEMENTS) {
      for (const [fault, words] of FAULTS) {
        it(`<${spec.tag}>: ${fault}, then the source is fixed`, async () => {
          const { client, source } = fakeSource(fault);
          const el = await place(spec, client);
          const error = await until(el, '.error');
          const text = error.textContent!.replace(/\s+/g, ' ');
          expect(text).to.contain('could not be loaded').and.to.contain(words);
          expect(text, 'no URL').not.to.contain('data.example');
          expect(text, 'no technical words').not.to.match(/JSON|HTTP|\b\d{3}\b|\bformat\b/);
          const slot = error.querySelector('slot')!;
          expect(slot.assignedElements()[0]!.textContent).to.equal('Call 800 00 00 00');
          const retry = error.querySelector<HTMLButtonElement>('[part~="retry"]')!;
          retry.focus();
          expect(el.shadowRoot!.activeElement).to.equal(retry);

          source.fault = undefined;
          retry.click();
          await until(el, spec.ready);
          expect(shown(el, '.error')).to.equal(null);
        });
      }
    }
  });

  describe('the error a person sees', () => {
    for (const spec of ELEMENTS) {
      it(`<${spec.tag}>: "Try again" from the keyboard that fails again leaves the focus on "Try again"`, async () => {
        const { client } = fakeSource('500');
        const el = await place(spec, client);
        const first = (await until(el, '.error')).querySelector<HTMLButtonElement>('[part~="retry"]')!;
        first.focus();
        first.click();
        await waitUntil(() => shown(el, '[part~="retry"]') && shown(el, '[part~="retry"]') !== first, 'no new error');
        await waitUntil(
          () => el.shadowRoot!.activeElement === shown(el, '[part~="retry"]'),
          'the focus left "Try again"',
        );
      });
    }

    it('tells the technical reason once in the console, however many elements share the source', async () => {
      const { client } = fakeSource('500');
      const warned: unknown[][] = [];
      const warn = console.warn;
      console.warn = (...args: unknown[]) => void warned.push(args);
      try {
        // Both on the page at once, as a host page puts them: one request, one failure.
        const wrapper = await fixture<HTMLDivElement>(
          html`<div>
            <mrc-hotline-card lang="en" .client=${client}></mrc-hotline-card>
            <mrc-risk-quiz lang="en" .client=${client}></mrc-risk-quiz>
          </div>`,
        );
        for (const el of wrapper.children) await until(el as HTMLElement, '.error');
      } finally {
        console.warn = warn;
      }
      expect(warned).to.have.length(1);
      expect(String(warned[0]![0])).to.contain(SRC).and.to.contain('the server answered 500');
    });

    for (const spec of ELEMENTS) {
      it(`<${spec.tag}>: in Arabic, no English word, and no axe violation left to right or right to left`, async () => {
        for (const lang of ['en', 'ar']) {
          const { client } = fakeSource('network');
          const el = await place(spec, client, lang);
          const error = await until(el, '.error');
          if (lang === 'ar') {
            await waitUntil(() => !/[A-Za-z]/.test(error.querySelector('.message-detail')!.textContent!), 'no Arabic');
            // The fallback content is the host's, in its own words: the element's own are all Arabic.
            const own = [...error.querySelectorAll('p, button')].map((n) => n.textContent!).join(' ');
            expect(own).not.to.match(/[A-Za-z]/);
          }
          await expect(el, lang).to.be.accessible();
        }
      });
    }
  });

  describe('the kept-copy note', () => {
    const SAVED = new Date('2026-11-15T12:00:00Z');
    const kept = (client: MrcClient, freshness: Partial<NonNullable<LoadResult['freshness']>>): MrcClient => ({
      ...client,
      load: async () => ({
        ...(await client.load()),
        freshness: { source: SRC, fetchedAt: SAVED, fromCache: true, ...freshness },
      }),
    });
    // The day the copy was saved where the reader is (the browser's zone), spelled by hand.
    const readerDay = () => {
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      const parts = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        day: 'numeric',
        month: 'numeric',
      }).formatToParts(SAVED);
      const day = parts.find((p) => p.type === 'day')!.value;
      return `November ${day}`;
    };

    for (const spec of ELEMENTS) {
      it(`<${spec.tag}>: says when the information dates from, on the reader's day`, async () => {
        const { client } = fakeSource();
        const el = await place(spec, kept(client, { staleReason: 'Could not load: the server answered 503.' }));
        await until(el, spec.ready);
        const note = await until(el, '[part~="freshness"]');
        expect(note.getAttribute('role')).to.equal('status');
        expect(note.textContent).to.contain('could not be updated').and.to.contain(`${readerDay()}, 2026`);
        expect(note.textContent, 'no technical reason').not.to.contain('503');
        await expect(el).to.be.accessible();
      });

      it(`<${spec.tag}>: a quieter note while the request is under way, none once the data is current`, async () => {
        const { client } = fakeSource();
        const el = await place(spec, kept(client, { pending: true }));
        const note = await until(el, '[part~="freshness"]');
        expect(note.textContent).to.contain('checking for an update');
        const fresh = await place(spec, fakeSource().client);
        await until(fresh, spec.ready);
        expect(shown(fresh, '[part~="freshness"]')).to.equal(null);
      });
    }

    it('reads a moment as the day it was where the reader is, not in UTC', () => {
      // Saved at 03:00 UTC on the 16th: still the 15th in Guatemala, already the 16th in Chatham.
      const at = new Date('2026-11-16T03:00:00Z');
      expect(formatDay(at, 'en', 'America/Guatemala')).to.equal('November 15, 2026');
      expect(formatDay(at, 'en', 'UTC')).to.equal('November 16, 2026');
      expect(formatDay(at, 'fr', 'America/Guatemala')).to.equal('15 novembre 2026');
      // Without a zone, the reader's own (the runner starts the browsers far from UTC).
      const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
      expect(formatDay(SAVED, 'en')).to.equal(formatDay(SAVED, 'en', zone));
    });

    it('says "offline" when the browser knows it is offline, in the note and in the error', async () => {
      Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
      try {
        const el = await place(ELEMENTS[2]!, kept(fakeSource().client, { staleReason: 'x' }));
        const note = await until(el, '[part~="freshness"]');
        expect(note.textContent).to.contain('You seem to be offline. This information dates from');
        // Whatever failed (here a 500), a browser with no connection is offline.
        const failed = await place(ELEMENTS[2]!, fakeSource('500').client);
        expect((await until(failed, '.error')).textContent).to.contain('You seem to be offline.');
      } finally {
        delete (navigator as { onLine?: boolean }).onLine;
      }
      expect(navigator.onLine).to.equal(true);
    });

    it('says the hotline is open by the hours of the kept copy', async () => {
      const { client } = fakeSource();
      const el = await place(ELEMENTS[1]!, kept(client, { staleReason: 'offline' }));
      const status = await until(el, '[part~="status"]');
      expect(status.textContent!.replace(/\s+/g, ' ')).to.match(/Open now.*hours as of November \d+, 2026/);
    });

    it('in Arabic, with no axe violation right to left', async () => {
      for (const spec of ELEMENTS) {
        const { client } = fakeSource();
        const el = await place(spec, kept(client, { staleReason: 'offline' }), 'ar');
        await until(el, spec.ready);
        const note = await until(el, '[part~="freshness"]');
        await waitUntil(() => !/[A-Za-z]/.test(note.textContent!), `<${spec.tag}>: the note is not in Arabic`);
        await expect(el, spec.tag).to.be.accessible();
      }
    });
  });
});
