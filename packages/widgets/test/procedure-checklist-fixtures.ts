// Shared by the tests of <mrc-procedure-checklist> (procedure-checklist*.test.ts).
import { fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import type { MrcProcedureChecklist } from '../src/procedure-checklist/procedure-checklist.js';
import { checklistDataset } from './procedure-checklist-data.js';

// Tuesday 2026-11-24 11:00 in Dakar: the test centre is open; the checklist was reviewed in September.
export const NOW = new Date('2026-11-24T11:00:00Z');

export async function checklist(
  template: ReturnType<typeof html>,
  ready: (root: ShadowRoot) => boolean = (r) => !!r.querySelector('[part~="steps"], .empty, .error'),
): Promise<MrcProcedureChecklist> {
  const el = await fixture<MrcProcedureChecklist>(template);
  await waitUntil(() => ready(el.shadowRoot!), 'the checklist did not finish loading', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const root = (el: MrcProcedureChecklist) => el.shadowRoot!;
export const stepIds = (el: MrcProcedureChecklist) =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="step"]')].map((s) => s.dataset.step);
export const stepOf = (el: MrcProcedureChecklist, id: string) =>
  root(el).querySelector<HTMLElement>(`[part~="step"][data-step="${id}"]`)!;
export const tickOf = (el: MrcProcedureChecklist, id: string) =>
  root(el).querySelector<HTMLInputElement>(`input[data-step="${id}"]`)!;
export const progressText = (el: MrcProcedureChecklist) =>
  root(el).querySelector('[part~="progress"]')!.textContent!.trim();
export const liveText = (el: MrcProcedureChecklist) => root(el).querySelector('[role="status"]')!.textContent!.trim();
export const radio = (el: MrcProcedureChecklist, value: string) =>
  root(el).querySelector<HTMLInputElement>(`input[type="radio"][value="${value}"]`)!;

export async function tick(el: MrcProcedureChecklist, id: string): Promise<void> {
  tickOf(el, id).click();
  await el.updateComplete;
}

function clearStoredProgress(): void {
  for (const key of Object.keys(localStorage)) if (key.startsWith('mrc-kit:checklist:')) localStorage.removeItem(key);
}

/** The client of the running test: a fresh one for each test, with no stored progress (`useFreshClient`). */
export let client: MrcClient;

/** Gives each test of the describe block calling it a fresh client and no stored progress. */
export function useFreshClient(): void {
  beforeEach(() => {
    clearStoredProgress();
    client = createClient({ data: checklistDataset() });
  });
  afterEach(clearStoredProgress);
}

/** The test checklist in a language, loaded once `ready` says so. */
export const inLanguage = (lang: string, ready?: (root: ShadowRoot) => boolean) =>
  checklist(
    html`<mrc-procedure-checklist
      lang=${lang}
      checklist="test-permit"
      .now=${NOW}
      .client=${client}
    ></mrc-procedure-checklist>`,
    ready,
  );

export const standard = () => inLanguage('en');
