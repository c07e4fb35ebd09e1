// Shared by the tests of <mrc-hotline-card> (hotline-card*.test.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import type { MrcHotlineCard } from '../src/hotline-card/hotline-card.js';
import { testDataset } from './hotline-data.js';

// Tuesday 2026-11-24 11:00 in Dakar (UTC+0): inside the Senegal line's weekday hours.
export const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');
// Saturday 2026-11-28 11:00 in Dakar: the weekday line is closed.
export const SATURDAY = new Date('2026-11-28T11:00:00Z');

export async function card(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('article, .empty, .error'),
): Promise<MrcHotlineCard> {
  const el = await fixture<MrcHotlineCard>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the card did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const names = (el: MrcHotlineCard) =>
  [...el.shadowRoot!.querySelectorAll('[part~="name"]')].map((n) => n.textContent!.trim());

/** The client of the running test: a fresh one for each test (`useFreshClient`). */
export let client: MrcClient;

/** Gives each test of the describe block calling it a fresh client. */
export function useFreshClient(): void {
  beforeEach(() => {
    client = createClient({ data: testDataset });
  });
}
