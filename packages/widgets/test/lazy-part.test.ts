import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { css, type CSSResult, type TemplateResult } from 'lit';
import { LazyPart } from '../src/base/lazy-part.js';
import { MrcElement } from '../src/base/mrc-element.js';
import type { MrcErrorEvent } from '../src/base/events.js';

interface Part {
  renderPart(): TemplateResult;
  styles?: CSSResult;
}

/** A loader the test settles by hand, counting its calls: a chunk on a slow line. */
function slowChunk() {
  const calls: { resolve(part: Part): void; reject(error: Error): void }[] = [];
  const load = () => new Promise<Part>((resolve, reject) => calls.push({ resolve, reject }));
  const part: Part = { renderPart: () => html`<p class="part">The part</p>` };
  return { load, calls, part };
}

let count = 0;

/** A fresh element class around a fresh part, so each test starts with nothing loaded. */
function elementWith(lazy: LazyPart<Part>): string {
  const tag = `test-lazy-part-${++count}`;
  customElements.define(
    tag,
    class extends MrcElement {
      override render() {
        return html`<div class="base">${lazy.render(this, { complete: (m) => m.renderPart() })}</div>`;
      }
    },
  );
  return tag;
}

async function place(tag: string): Promise<MrcElement> {
  const el = document.createElement(tag) as MrcElement;
  await fixture(html`<div></div>`).then((box) => box.append(el));
  return el;
}

const text = (el: MrcElement) => el.shadowRoot!.textContent!.replace(/\s+/g, ' ').trim();

describe('a part that loads on demand (LazyPart)', () => {
  it('shows placeholders while its code is on its way, then the part; updateComplete waits for it', async () => {
    const chunk = slowChunk();
    const el = await place(elementWith(new LazyPart(chunk.load)));
    expect(el.shadowRoot!.querySelector('.message.loading[aria-busy="true"]')).to.exist;
    expect(chunk.calls).to.have.length(1);
    let updated = false;
    const done = el.updateComplete.then(() => (updated = true));
    await Promise.resolve();
    expect(updated, 'not before the part is here').to.equal(false);
    chunk.calls[0]!.resolve(chunk.part);
    await done;
    expect(el.shadowRoot!.querySelector('.part')?.textContent).to.equal('The part');
    expect(el.shadowRoot!.querySelector('.loading')).to.equal(null);
  });

  it('adds the styles the part brings to the element’s, before the part shows', async () => {
    const chunk = slowChunk();
    const el = await place(elementWith(new LazyPart(chunk.load)));
    chunk.calls[0]!.resolve({
      ...chunk.part,
      styles: css`
        .part {
          color: rgb(1, 2, 3);
        }
      `,
    });
    await el.updateComplete;
    expect(getComputedStyle(el.shadowRoot!.querySelector('.part')!).color).to.equal('rgb(1, 2, 3)');
  });

  it('loads the code once for every element that shows the part', async () => {
    const chunk = slowChunk();
    const tag = elementWith(new LazyPart(chunk.load));
    const [a, b] = [await place(tag), await place(tag)];
    chunk.calls[0]!.resolve(chunk.part);
    await Promise.all([a.updateComplete, b.updateComplete]);
    expect(chunk.calls).to.have.length(1);
    expect(text(a)).to.equal('The part');
    expect(text(b)).to.equal('The part');
  });

  it('shows the error state and "Try again" when the code cannot be loaded, tells the page, and recovers', async () => {
    const chunk = slowChunk();
    const el = await place(elementWith(new LazyPart(chunk.load)));
    const reported = oneEvent(el, 'mrc-error') as Promise<MrcErrorEvent>;
    chunk.calls[0]!.reject(new TypeError('Failed to fetch dynamically imported module'));
    const event = await reported;
    expect(event.detail.source).to.equal('code');
    expect(event.detail.message).to.contain('Failed to fetch');
    await el.updateComplete;
    const retry = el.shadowRoot!.querySelector<HTMLButtonElement>('[part~="retry"]');
    expect(el.shadowRoot!.querySelector('[role="alert"]')?.textContent).to.contain(
      'This part of the page could not be loaded.',
    );
    expect(retry?.textContent?.trim()).to.equal('Try again');
    retry!.click();
    expect(chunk.calls, 'a new attempt').to.have.length(2);
    // The placeholders again (updateComplete would wait for the part itself).
    await new Promise((resolve) => setTimeout(resolve));
    expect(el.shadowRoot!.querySelector('.loading')).to.exist;
    chunk.calls[1]!.resolve(chunk.part);
    await el.updateComplete;
    expect(text(el)).to.equal('The part');
  });
});
