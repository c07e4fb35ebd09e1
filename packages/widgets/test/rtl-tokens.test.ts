// Left-to-right tokens in right-to-left pages: wherever a phone number, an e-mail address, a user
// name or a web address appears, it is isolated and laid out left to right, and at 320 px a number
// stays on one line (a number read across two lines of an Arabic page is easily misdialled).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { createClient, demoDataset } from '@mrc-kit/sdk';
import '../src/hotline-card/mrc-hotline-card.js';
import '../src/centre-finder/mrc-centre-finder.js';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import { withPrintMedia } from './support/print-media.js';

const client = createClient({ data: demoDataset });
const TUESDAY_MORNING = new Date('2026-11-24T11:00:00Z');

async function at320<T extends HTMLElement>(template: ReturnType<typeof html>, ready: string): Promise<T> {
  // A 320 px phone less a page's margins, in a wide font (DejaVu Sans, common on Android and Linux).
  const wrapper = await fixture<HTMLDivElement>(
    html`<div dir="rtl" lang="ar" style="inline-size: 288px; font-family: 'DejaVu Sans', sans-serif">${template}</div>`,
  );
  const el = wrapper.firstElementChild as T;
  await waitUntil(() => el.shadowRoot?.querySelector(ready), `${el.localName} did not show ${ready}`, {
    timeout: 5000,
  });
  return el;
}

async function click(el: HTMLElement, selector: string, then: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLElement>(selector)!.click();
  await waitUntil(() => el.shadowRoot!.querySelector(then), `no ${then} after clicking ${selector}`, { timeout: 5000 });
}

/** Every contact value in the element: isolated, left to right, and a number on one line; and no axe violation. */
async function expectValuesIsolated(el: HTMLElement): Promise<void> {
  await expect(el).to.be.accessible();
  const values = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.value')];
  expect(values.length, 'contact values shown').to.be.greaterThan(0);
  for (const value of values) {
    const style = getComputedStyle(value);
    expect(style.direction, value.textContent!).to.equal('ltr');
    expect(style.unicodeBidi, value.textContent!).to.equal('isolate');
    if (/^\+?[\d ]+$/.test(value.textContent!.trim())) {
      const lines = new Set([...value.getClientRects()].map((r) => Math.round(r.top)));
      expect(lines.size, `${value.textContent} on one line`).to.equal(1);
    }
  }
}

describe('left-to-right tokens in right-to-left pages', () => {
  it('hotline card: every number and address', async () => {
    const el = await at320(
      html`<mrc-hotline-card country="SN" .client=${client} .now=${TUESDAY_MORNING}></mrc-hotline-card>`,
      '.value',
    );
    await expectValuesIsolated(el);
  });

  it("centre finder: a centre's details and the person's list", async () => {
    const el = await at320(
      html`<mrc-centre-finder country="SN" .client=${client} .now=${TUESDAY_MORNING}></mrc-centre-finder>`,
      '[part~="result"]',
    );
    await click(el, '[part~="result"]', '[part~="details"] .value');
    await expectValuesIsolated(el);
    await click(el, '[part~="shortlist-toggle"]', '[part~="shortlist-toggle"]');
    await click(el, '[part~="back"]', '[part~="shortlist"] button');
    await click(el, '[part~="shortlist"] button', '[part~="shortlist-view"] .value');
    await expectValuesIsolated(el);
  });

  it("procedure checklist: a place's contacts, and web addresses on paper", async () => {
    const el = await at320(
      html`<mrc-procedure-checklist
        checklist="demo-seasonal-work-permit"
        .client=${client}
        .now=${TUESDAY_MORNING}
        .persist=${false}
      ></mrc-procedure-checklist>`,
      '[part~="step-toggle"]',
    );
    for (const toggle of el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="step-toggle"]')) toggle.click();
    await waitUntil(() => el.shadowRoot!.querySelector('[part~="where"] .value'), 'no place with contacts', {
      timeout: 5000,
    });
    await expectValuesIsolated(el);
    await withPrintMedia(el, () => {
      const links = [...el.shadowRoot!.querySelectorAll<HTMLElement>('.header a[href], .where a[part~="link"]')];
      expect(links.length, 'printed web addresses').to.be.greaterThan(0);
      for (const link of links) {
        const after = getComputedStyle(link, '::after');
        expect(after.content, 'the address is printed').to.contain('(');
        expect(after.direction).to.equal('ltr');
        expect(after.unicodeBidi).to.equal('isolate');
      }
    });
  });
});
