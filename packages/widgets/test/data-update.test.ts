// A kept copy on screen, then fresher data: every element shows the copy at once while the server
// is slow, updates in place when the answer comes (keeping what the person typed, opened, answered
// or ticked), and tells the host page with mrc-data-update. The server is a fetch the test answers.
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createClient, demoDataset, MemoryStore, type MrcClient } from '@mrc-kit/sdk';
import '../src/index.js';
import type { MrcDataUpdateEvent } from '../src/base/events.js';
import type { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';

const URL_ = 'https://data.example.org/mrc/dataset.json';
const KEPT_AT = Date.parse('2026-11-15T12:00:00Z');
const NOW = new Date('2026-11-24T11:00:00Z');

/** The demo dataset with one text changed in each kind of record: what the fresh copy brings. */
function freshDataset() {
  const data = structuredClone(demoDataset) as typeof demoDataset & { updated: string };
  data.updated = '2026-11-23';
  const rename = (record: { name?: unknown; title?: unknown }, key: 'name' | 'title') =>
    (record[key] = { en: `${String((record[key] as { en?: string }).en ?? record[key])} (updated)` });
  rename(data.hotlines[0]!, 'name');
  rename(data.centres[0]!, 'name');
  rename(data.quizzes[0]!, 'title');
  rename(data.checklists[0]!, 'title');
  return data;
}

interface Server {
  client: MrcClient;
  /** Answers the request waiting (or the next one) with this response. */
  answer(response: () => Response): void;
}

/** A client whose store holds the demo dataset from 15 November, over a server that waits for the test. */
async function slowServer(): Promise<Server> {
  const store = new MemoryStore();
  await store.put(URL_, { body: JSON.stringify(demoDataset), savedAt: KEPT_AT, etag: '"old"' });
  const waiting: ((response: Response) => void)[] = [];
  const ready: (() => Response)[] = [];
  const fetch = () =>
    new Promise<Response>((resolve) => {
      const answer = ready.shift();
      if (answer) resolve(answer());
      else waiting.push(resolve);
    });
  const client = createClient({ src: URL_, store, fetch, keptAfterMs: 0, retries: 0 });
  return {
    client,
    answer(response) {
      const resolve = waiting.shift();
      if (resolve) resolve(response());
      else ready.push(response);
    },
  };
}

const fresh = () => Response.json(freshDataset(), { headers: { etag: '"new"' } });
const text = (el: Element) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ');

/**
 * Watches the element for a placeholder (the loading state) from now on: an update in place never
 * shows one, so nothing the person has on screen (focus, an open section) is taken away.
 */
function placeholderSeen(el: Element): () => boolean {
  let seen = false;
  const observer = new MutationObserver(() => (seen ||= !!el.shadowRoot!.querySelector('.loading, .skeleton')));
  observer.observe(el.shadowRoot!, { childList: true, subtree: true, attributes: true });
  return () => {
    observer.disconnect();
    return seen;
  };
}

async function shown(template: ReturnType<typeof html>, ready: (root: ShadowRoot) => boolean) {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the element did not show the kept copy', { timeout: 5000 });
  return el;
}

describe('fresher data after a kept copy', () => {
  it('updates the hotline card in place and tells the host page', async () => {
    const { client, answer } = await slowServer();
    const id = demoDataset.hotlines[0]!.id;
    const el = await shown(
      html`<mrc-hotline-card lang="en" hotline=${id} .now=${NOW} .client=${client}></mrc-hotline-card>`,
      (r) => !!r.querySelector('[part~="name"]'),
    );
    expect(text(el)).not.to.contain('(updated)');
    const placeholder = placeholderSeen(el);
    const updated = oneEvent(el, 'mrc-data-update') as Promise<MrcDataUpdateEvent>;
    answer(fresh);
    const { detail } = await updated;
    expect(detail.source).to.equal(URL_);
    expect(detail.previous.getTime()).to.equal(KEPT_AT);
    expect(detail.current.getTime()).to.be.greaterThan(KEPT_AT);
    await waitUntil(() => text(el).includes('(updated)'), 'the card kept the old name');
    expect(placeholder()).to.equal(false);
  });

  it('keeps the quiz answer chosen while the fresh quiz arrives', async () => {
    const { client, answer } = await slowServer();
    const quiz = demoDataset.quizzes[0]!;
    const el = await shown(
      html`<mrc-risk-quiz lang="en" quiz=${quiz.id} .client=${client}></mrc-risk-quiz>`,
      (r) => !!r.querySelector('[part~="start"]'),
    );
    el.shadowRoot!.querySelector<HTMLElement>('[part~="start"]')!.click();
    const option = quiz.questions[0]!.options[0]!.id;
    // The questions' code loads when the quiz starts.
    await waitUntil(() => el.shadowRoot!.querySelector(`input[value="${option}"]`), 'no question', { timeout: 5000 });
    const chosen = el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${option}"]`)!;
    chosen.click();
    chosen.focus();
    const heading = el.shadowRoot!.querySelector('[part~="heading"]')!.textContent;
    const placeholder = placeholderSeen(el);
    const updated = oneEvent(el, 'mrc-data-update');
    answer(fresh);
    await updated;
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(el.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal(heading);
    expect(el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${option}"]`)!.checked).to.equal(true);
    // The very same control, still focused: the screen was updated, not drawn again.
    expect(el.shadowRoot!.activeElement).to.equal(chosen);
    expect(placeholder()).to.equal(false);
  });

  it('keeps the steps ticked in the checklist, and shows its new title', async () => {
    const { client, answer } = await slowServer();
    const checklist = demoDataset.checklists[0]!;
    const el = await shown(
      html`<mrc-procedure-checklist lang="en" checklist=${checklist.id} .client=${client}></mrc-procedure-checklist>`,
      (r) => !!r.querySelector('input[data-step]'),
    );
    // The steps' details, which load after the first screen (placeholders until then), are here too.
    await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    const first = el.shadowRoot!.querySelector<HTMLInputElement>('input[data-step]')!;
    const step = first.dataset.step!;
    first.click();
    first.focus();
    const placeholder = placeholderSeen(el);
    const updated = oneEvent(el, 'mrc-data-update');
    answer(fresh);
    await updated;
    await waitUntil(() => text(el).includes('(updated)'), 'the checklist kept the old title');
    expect(el.shadowRoot!.querySelector<HTMLInputElement>(`input[data-step="${step}"]`)!.checked).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(first);
    expect(placeholder()).to.equal(false);
  });

  it('keeps the centre opened in the finder, and shows its new name', async () => {
    const { client, answer } = await slowServer();
    const el = await shown(
      html`<mrc-centre-finder lang="en" .now=${NOW} .client=${client}></mrc-centre-finder>`,
      (r) => r.querySelectorAll('.result-name').length > 0,
    );
    const r = el.shadowRoot!;
    r.querySelector<HTMLElement>(`[part~="result"][data-centre="${demoDataset.centres[0]!.id}"]`)!.click();
    await waitUntil(() => r.querySelector('[part~="details"]'), 'the details did not open');
    const placeholder = placeholderSeen(el);
    const updated = oneEvent(el, 'mrc-data-update');
    answer(fresh);
    await updated;
    await waitUntil(() => r.querySelector('[part~="details"]')?.textContent?.includes('(updated)'), 'old name');
    expect(placeholder()).to.equal(false);
  });

  it('keeps the words typed in the finder', async () => {
    const { client, answer } = await slowServer();
    const el = await shown(
      html`<mrc-centre-finder lang="en" .now=${NOW} .client=${client}></mrc-centre-finder>`,
      (r) => r.querySelectorAll('.result-name').length > 0,
    );
    const r = el.shadowRoot!;
    const input = r.querySelector<HTMLInputElement>('[part~="input"]')!;
    input.value = 'centre';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.focus();
    const placeholder = placeholderSeen(el);
    const updated = oneEvent(el, 'mrc-data-update');
    answer(fresh);
    await updated;
    await (el as MrcCentreFinder).updateComplete;
    expect(r.querySelector<HTMLInputElement>('[part~="input"]')!.value).to.equal('centre');
    expect(r.activeElement).to.equal(input);
    expect(placeholder()).to.equal(false);
    expect(r.querySelectorAll('.result-name').length).to.be.greaterThan(0);
  });

  it('shows the data that came while it was out of the page once it is back', async () => {
    const { client, answer } = await slowServer();
    const el = await shown(
      html`<mrc-hotline-card lang="en" hotline=${demoDataset.hotlines[0]!.id} .client=${client}></mrc-hotline-card>`,
      (r) => !!r.querySelector('[part~="name"]'),
    );
    const parent = el.parentElement!;
    el.remove();
    answer(fresh);
    // The fresh data reaches the client while the card is away: nothing is drawn off the page.
    await waitUntil(async () => (await client.load()).freshness?.pending !== true, 'no fresh data', { timeout: 5000 });
    expect(text(el)).not.to.contain('(updated)');
    parent.append(el);
    await waitUntil(() => text(el).includes('(updated)'), 'the card came back with the old name', { timeout: 5000 });
  });

  const everyElement: [string, (client: MrcClient) => ReturnType<typeof html>][] = [
    [
      'hotline card',
      (c) => html`<mrc-hotline-card lang="en" hotline=${demoDataset.hotlines[0]!.id} .client=${c}></mrc-hotline-card>`,
    ],
    ['centre finder', (c) => html`<mrc-centre-finder lang="en" .now=${NOW} .client=${c}></mrc-centre-finder>`],
    ['risk quiz', (c) => html`<mrc-risk-quiz lang="en" .client=${c}></mrc-risk-quiz>`],
    [
      'procedure checklist',
      (c) =>
        html`<mrc-procedure-checklist
          lang="en"
          checklist=${demoDataset.checklists[0]!.id}
          .client=${c}
        ></mrc-procedure-checklist>`,
    ],
  ];
  for (const [name, template] of everyElement) {
    it(`clears the ${name}'s kept-copy note when the network is back`, async () => {
      const store = new MemoryStore();
      await store.put(URL_, { body: JSON.stringify(demoDataset), savedAt: KEPT_AT });
      let online = false;
      const fetch = () => (online ? Promise.resolve(fresh()) : Promise.reject(new TypeError('Failed to fetch')));
      const client = createClient({ src: URL_, store, fetch, retries: 0 });
      const el = await shown(template(client), (r) => !!r.querySelector('[part~="freshness"]'));
      online = true;
      const updated = oneEvent(el, 'mrc-data-update');
      window.dispatchEvent(new Event('online'));
      await updated;
      await waitUntil(() => !el.shadowRoot!.querySelector('[part~="freshness"]'), 'the note stayed');
    });
  }
});
