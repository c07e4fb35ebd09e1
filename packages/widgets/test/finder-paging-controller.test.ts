import { expect, waitUntil } from '@open-wc/testing';
import { html, LitElement } from 'lit';
import type { CentreResult } from '@mrc-kit/sdk';
import { PAGE, PagingController, pagesOf } from '../src/centre-finder/paging-controller.js';
import { fakeHost } from './support/fake-host.js';

/** A list end in view (or far below, with `far`), and the number of results "shown". */
class ListHost extends LitElement {
  shown = 0;
  settled = true;
  far = false;
  readonly paging = new PagingController(this, {
    shown: () => this.shown,
    settled: () => this.settled,
    sentinel: () => this.renderRoot.querySelector('.more-sentinel'),
  });
  override render() {
    return html`<div style="block-size: ${this.far ? 5000 : 10}px"></div>
      <div class="more-sentinel" style="block-size: 1px"></div>`;
  }
}
customElements.define('test-finder-list-host', ListHost);

const frames = async (n: number) => {
  for (let i = 0; i < n; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
};

describe('finder paging controller', () => {
  it('asks for one page more at a time, and goes back to the first page', () => {
    const host = fakeHost();
    const paging = new PagingController(host, { shown: () => 0, settled: () => true, sentinel: () => null });
    expect(host.controllers).to.deep.equal([paging]);
    expect(paging.limit).to.equal(PAGE);
    paging.more();
    paging.more();
    expect(paging.limit).to.equal(3 * PAGE);
    expect(host.updates).to.equal(2);
    paging.reset();
    expect(paging.limit).to.equal(PAGE);
    paging.reset();
    expect(host.updates, 'resetting the first page asks for no update').to.equal(3);
  });

  it('cuts results into pages as they arrive', () => {
    const items = Array.from({ length: 120 }, (_, i) => ({ centre: { id: `c${i}` } }) as unknown as CentreResult);
    const pages = pagesOf(items);
    expect(pages.map((p) => p.length)).to.deep.equal([PAGE, PAGE, 20]);
    expect(pages[1]![0]!.centre.id).to.equal(`c${PAGE}`);
    expect(pagesOf([])).to.deep.equal([]);
  });

  describe('the end of the list in view', () => {
    let el: ListHost;
    beforeEach(() => {
      el = document.createElement('test-finder-list-host') as ListHost;
    });
    afterEach(() => el.remove());

    it('loads one more page once the page asked for is shown', async () => {
      el.shown = PAGE;
      document.body.append(el);
      await waitUntil(() => el.paging.limit === 2 * PAGE, 'the end of the list in view loaded nothing');
      // The new page has not arrived yet: seeing the end again asks for nothing more.
      el.requestUpdate();
      await el.updateComplete;
      await frames(3);
      expect(el.paging.limit).to.equal(2 * PAGE);
    });

    it('waits while a search is under way', async () => {
      el.shown = PAGE;
      el.settled = false;
      document.body.append(el);
      await el.updateComplete;
      await frames(3);
      expect(el.paging.limit).to.equal(PAGE);
      el.settled = true;
      el.requestUpdate();
      await waitUntil(() => el.paging.limit === 2 * PAGE);
    });

    it('watches the end of the list again when the host comes back', async () => {
      el.shown = PAGE;
      el.far = true;
      document.body.append(el);
      await el.updateComplete;
      await frames(3);
      expect(el.paging.limit, 'the end is far below').to.equal(PAGE);
      el.remove();
      el.far = false;
      document.body.append(el);
      el.requestUpdate();
      await waitUntil(() => el.paging.limit === 2 * PAGE, 'watching did not start again');
    });
  });
});
