// The loading state every data element shares: the space it keeps, the host's fallback content
// shown alone, placeholders only when there is none, and the content in its place once loaded.
import { expect, fixture, waitUntil } from '@open-wc/testing';
import { createClient, type MrcClient } from '@mrc-kit/sdk';
import '../src/centre-finder/mrc-centre-finder.js';
import '../src/hotline-card/mrc-hotline-card.js';
import '../src/procedure-checklist/mrc-procedure-checklist.js';
import '../src/risk-quiz/mrc-risk-quiz.js';
import { testDataset } from './hotline-data.js';

const TAGS = ['mrc-hotline-card', 'mrc-centre-finder', 'mrc-risk-quiz', 'mrc-procedure-checklist'] as const;

/** A client whose data never arrives: the element stays in its loading state. */
const never = (): MrcClient => ({ ...createClient({ data: testDataset }), load: () => new Promise(() => {}) });

async function loading(tag: string, inner = '', attrs: Record<string, string> = {}): Promise<HTMLElement> {
  const el = document.createElement(tag) as HTMLElement & { client?: MrcClient };
  for (const [name, value] of Object.entries(attrs)) el.setAttribute(name, value);
  el.innerHTML = inner;
  el.client = never();
  await fixture(el);
  await waitUntil(() => el.shadowRoot?.querySelector('.loading'), `${tag} shows no loading state`);
  return el;
}

const box = (el: HTMLElement) => el.shadowRoot!.querySelector<HTMLElement>('.loading')!;
const shownSkeletons = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.skeleton')].filter((s) => s.getClientRects().length > 0);
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('the loading state', () => {
  for (const tag of TAGS) {
    describe(tag, () => {
      it('shows placeholders in the space the content will take when there is no fallback content', async () => {
        const el = await loading(tag, '\n  ');
        expect(shownSkeletons(el).length).to.be.greaterThan(1);
        expect(box(el).classList.contains('fallback')).to.equal(false);
        const reserved = parseFloat(getComputedStyle(box(el)).minBlockSize);
        // The element's own figure, never the old 9rem of placeholder lines.
        expect(reserved).to.be.greaterThan(9 * rem());
        expect(el.getBoundingClientRect().height).to.be.closeTo(reserved, 1);
        expect(box(el).textContent).to.match(/Loading/);
      });

      it('shows the fallback content alone, with no placeholders over it, in the same space', async () => {
        const el = await loading(tag, '<a href="tel:+221338000000">Call +221 33 800 00 00</a>');
        expect(shownSkeletons(el)).to.deep.equal([]);
        expect(box(el).classList.contains('fallback')).to.equal(true);
        const link = el.querySelector('a')!;
        expect(link.getClientRects().length).to.equal(1);
        // No frame: the content sits where the page put it before the element's code ran.
        const frame = getComputedStyle(box(el));
        expect([frame.paddingTop, frame.borderTopWidth, frame.paddingInlineStart]).to.deep.equal(['0px', '0px', '0px']);
        expect(link.getBoundingClientRect().top - el.getBoundingClientRect().top).to.be.lessThan(0.5 * rem());
        expect(el.getBoundingClientRect().height).to.be.closeTo(parseFloat(getComputedStyle(box(el)).minBlockSize), 1);
        await expect(el).to.be.accessible();
      });

      it('keeps the space the host sets with --mrc-loading-block-size', async () => {
        const el = await loading(tag, '', { style: '--mrc-loading-block-size: 20rem' });
        expect(el.getBoundingClientRect().height).to.be.closeTo(20 * rem(), 1);
      });
    });
  }

  it('hides the placeholders when fallback content arrives later, and shows them again when it goes', async () => {
    const el = await loading('mrc-risk-quiz');
    expect(shownSkeletons(el).length).to.be.greaterThan(0);
    const link = document.createElement('a');
    link.href = '/risks.html';
    link.textContent = 'Read about the risks';
    el.append(link);
    await waitUntil(() => shownSkeletons(el).length === 0, 'placeholders still shown over the fallback');
    link.remove();
    await waitUntil(() => shownSkeletons(el).length > 0, 'no placeholders once the fallback is gone');
  });

  it('shows the fallback content alone again when a new load follows an error', async () => {
    const el = document.createElement('mrc-hotline-card');
    el.setAttribute('lang', 'en');
    el.innerHTML = '<a href="tel:+221338000000">Call us</a>';
    el.client = { ...never(), load: () => Promise.reject(new Error('the server answered 500')) };
    await fixture(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.error'), 'no error state');
    el.client = never();
    await waitUntil(() => el.shadowRoot!.querySelector('.loading.fallback'), 'no loading state with the fallback');
    expect(shownSkeletons(el)).to.deep.equal([]);
  });

  it('counts text as fallback content', async () => {
    const el = await loading('mrc-hotline-card', 'Call 1234 for help.');
    expect(shownSkeletons(el)).to.deep.equal([]);
  });

  it('lays out right to left, with no axe violations, with and without fallback content', async () => {
    const bare = await loading('mrc-hotline-card', '', { lang: 'ar', dir: 'rtl' });
    const line = bare.shadowRoot!.querySelector<HTMLElement>('.skeleton.line.wide')!.getBoundingClientRect();
    const frame = box(bare).getBoundingClientRect();
    // The placeholders start at the right.
    expect(frame.right - line.right).to.be.lessThan(line.left - frame.left);
    await expect(bare).to.be.accessible();
    const given = await loading('mrc-hotline-card', '<a href="tel:+221338000000">اتصل</a>', { lang: 'ar', dir: 'rtl' });
    expect(shownSkeletons(given)).to.deep.equal([]);
    await expect(given).to.be.accessible();
  });

  it('gives the loaded content the place of the fallback content', async () => {
    const el = document.createElement('mrc-hotline-card');
    el.setAttribute('lang', 'en');
    el.innerHTML = '<a href="tel:+221338000000">Call us</a>';
    let arrive!: () => void;
    const client = createClient({ data: testDataset });
    const gate = new Promise<void>((resolve) => (arrive = resolve));
    el.client = { ...client, load: () => gate.then(() => client.load()) };
    await fixture(el);
    await waitUntil(() => el.shadowRoot!.querySelector('.loading.fallback'), 'no loading state with the fallback');
    arrive();
    await waitUntil(() => el.shadowRoot!.querySelector('article'), 'the content did not come');
    expect(el.shadowRoot!.querySelector('.loading, .skeleton')).to.equal(null);
    expect(el.querySelector('a')!.getClientRects().length).to.equal(0);
  });
});
