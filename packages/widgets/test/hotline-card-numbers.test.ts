import { expect, html } from '@open-wc/testing';
import '../src/hotline-card/mrc-hotline-card.js';
import { card } from './hotline-card-fixtures.js';

// The dataset `mrc-kit convert` writes from the command line's test sheets
// (packages/cli/test/fixtures/csv/good), where the helpline's number is `+221 800 00 12 34`; a test
// of the command line checks that this file is what it writes today.
const CONVERTED_SHEET = new URL('./fixtures/converted-sheet.json', import.meta.url).href;

describe('<mrc-hotline-card> over a converted sheet', () => {
  it('shows a number grouped as the sheet wrote it and dials its digits', async () => {
    const el = await card(html`<mrc-hotline-card lang="en" hotline="hl-sn" src=${CONVERTED_SHEET}></mrc-hotline-card>`);
    const action = el.shadowRoot!.querySelector('a[part~="action"]')!;
    expect(action.querySelector('.value')!.textContent).to.equal('+221 800 00 12 34');
    expect(action.getAttribute('href')).to.equal('tel:+221800001234');
    expect(el.shadowRoot!.querySelector('[part~="copy"]')!.getAttribute('aria-label')).to.equal(
      'Copy the number +221 800 00 12 34',
    );
  });
});
