// The finder in a page with 10,000 centres: time from a keystroke to the updated list painted, and
// frame times while scrolling a long list. Run by bench/finder.mjs; prints nothing itself.
import { createClient } from '@mrc-kit/sdk';
import '../packages/widgets/src/centre-finder/mrc-centre-finder.js';
import type { MrcCentreFinder } from '../packages/widgets/src/centre-finder/centre-finder.js';
import { BENCH_NOW, generateDataset } from './generate.js';

const nextPaint = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const searched = (el: Element) =>
  new Promise<void>((resolve) => el.addEventListener('mrc-search', () => resolve(), { once: true }));

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

async function setup(): Promise<MrcCentreFinder> {
  const client = createClient({ data: generateDataset(10_000) });
  const el = document.createElement('mrc-centre-finder');
  el.lang = 'en';
  el.client = client;
  el.now = BENCH_NOW;
  const first = searched(el);
  document.body.append(el);
  await first;
  await el.updateComplete;
  await nextPaint();
  return el;
}

/** Empties the search box (a search runs only when the text changes). */
async function clear(el: MrcCentreFinder, input: HTMLInputElement): Promise<void> {
  if (input.value === '') return;
  const done = searched(el);
  input.value = '';
  input.dispatchEvent(new Event('input'));
  await done;
  await nextPaint();
}

/** Types each word letter by letter, then clears it; returns input-to-paint times of every letter. */
async function typing(el: MrcCentreFinder, words: string[]): Promise<number[]> {
  const input = el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!;
  const times: number[] = [];
  for (const word of words) {
    await clear(el, input);
    for (const letter of word) {
      const done = searched(el);
      const start = performance.now();
      input.value += letter;
      input.dispatchEvent(new Event('input'));
      await done;
      await el.updateComplete;
      await nextPaint();
      times.push(performance.now() - start);
    }
  }
  return times;
}

/**
 * Scrolls the list from the top, 120 px a frame, for `frameCount` frames: the finder loads the next
 * results as the end comes near, so this measures scrolling and loading together. Records each
 * frame's length.
 */
async function scrolling(
  el: MrcCentreFinder,
  frameCount: number,
): Promise<{ shown: number; frames: number[]; long: { frame: number; ms: number; shown: number }[] }> {
  await clear(el, el.shadowRoot!.querySelector<HTMLInputElement>('[part~="input"]')!);
  await nextPaint();
  const frames: number[] = [];
  const long: { frame: number; ms: number; shown: number }[] = [];
  const rows = () => el.shadowRoot!.querySelectorAll('[part~="result"]').length;
  window.scrollTo(0, 0);
  await new Promise<void>((resolve) => {
    let last = performance.now();
    const step = (now: number) => {
      frames.push(now - last);
      // Frames over 50 ms, with the rows shown then: is it the arrival of a page, or something else?
      if (frames.length > 1 && now - last > 50) long.push({ frame: frames.length - 1, ms: now - last, shown: rows() });
      last = now;
      window.scrollBy(0, 120);
      if (frames.length >= frameCount) resolve();
      else requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
  return { shown: rows(), frames: frames.slice(1), long };
}

declare global {
  interface Window {
    runFinderBench(): Promise<unknown>;
  }
}

window.runFinderBench = async () => {
  const el = await setup();
  const words = ['dakar', 'casablanca', 'centre', 'san', 'tunis', 'migrant', 'الرباط', 'empleo'];
  await typing(el, words.slice(0, 2)); // warm-up
  const keys = await typing(el, words);
  const scroll = await scrolling(el, 1_200);
  return {
    centres: 10_000,
    keystrokes: keys.length,
    keyMedian: quantile(keys, 0.5),
    keyP95: quantile(keys, 0.95),
    keyMax: Math.max(...keys),
    shown: scroll.shown,
    frames: scroll.frames.length,
    frameMedian: quantile(scroll.frames, 0.5),
    frameP95: quantile(scroll.frames, 0.95),
    frameMax: Math.max(...scroll.frames),
    long: scroll.long,
  };
};
