// Shared by the tests of <mrc-centre-finder> (centre-finder*.test.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import type { MrcCentreFinder } from '../src/centre-finder/centre-finder.js';
import { centreDataset } from './centre-data.js';

// Tuesday 2026-11-24 11:00 in Dakar: weekday hours open.
export const TUESDAY = new Date('2026-11-24T11:00:00Z');

export const root = (el: MrcCentreFinder) => el.shadowRoot!;
export const names = (el: MrcCentreFinder) =>
  [...root(el).querySelectorAll('.result-name')].map((n) => n.textContent!.trim());

export async function finder(template: ReturnType<typeof html>, ready = (el: MrcCentreFinder) => names(el).length > 0) {
  const el = await fixture<MrcCentreFinder>(template);
  await waitUntil(() => ready(el), 'the finder did not show results', { timeout: 5000 });
  return el;
}

/** The client of the running test: a fresh one for each test (`useFreshClient`). */
export let client: MrcClient;

/** Gives each test of the describe block calling it a fresh client. */
export function useFreshClient(): void {
  beforeEach(() => {
    client = createClient({ data: centreDataset });
  });
}
