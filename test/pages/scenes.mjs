// The states people see, for every element: the markup a host page holds and what a person then
// does. The shipped-bundle suite (test/shipped/) compares each state across builds; the visual suite
// (test/visual/) photographs it. Every action waits for what it leads to, so a scene that cannot
// reach its state fails with the step that did not happen.

/** The instant every page lives at (a Tuesday morning in Dakar), so hours and "today" never move. */
const FIXED_NOW = '2026-11-24T11:00:00Z';
/** The reader's zone: Dakar, the zone of the hotline and the first centres shown. */
const READER_ZONE = 'Africa/Dakar';
const DATASET = '/packages/sdk/dist/demo-dataset.json';

const finder = `<mrc-centre-finder src="${DATASET}" country="SN"></mrc-centre-finder>`;
const quiz = `<mrc-risk-quiz src="${DATASET}" quiz="demo-know-the-risks"></mrc-risk-quiz>`;
const checklist = `<mrc-procedure-checklist src="${DATASET}" checklist="demo-seasonal-work-permit"></mrc-procedure-checklist>`;
const hotline = `<mrc-hotline-card src="${DATASET}" country="SN"></mrc-hotline-card>`;

/**
 * @typedef {{ click?: string, wait?: string, gone?: string, answerAll?: true, print?: true, openAll?: string }} Step
 * `click`/`wait`/`gone`: a selector inside the element's shadow root; `answerAll`: the quiz to its end;
 * `openAll`: click every match (each step's toggle, say); `print`: the print stylesheet.
 * @typedef {{ name: string, tag: string, markup: string, steps: Step[], entries: string[], pages?: Record<string, string> }} Scene
 * `pages`: a page of the repository to open instead of a generated host page (the CDN build only).
 */

/** @type {Scene[]} */
export const scenes = [
  {
    name: 'finder-list',
    tag: 'mrc-centre-finder',
    markup: finder,
    entries: ['mrc-centre-finder'],
    steps: [{ wait: '[part~="result"]' }],
  },
  {
    name: 'finder-filters',
    tag: 'mrc-centre-finder',
    markup: finder,
    entries: ['mrc-centre-finder'],
    steps: [
      { wait: '[part~="result"]' },
      { click: '[part~="filters"] > summary' },
      // Its controls load when the filters are first opened.
      { wait: '[part~="filters"][open] input' },
    ],
  },
  {
    name: 'finder-details',
    tag: 'mrc-centre-finder',
    markup: finder,
    entries: ['mrc-centre-finder'],
    steps: [{ click: '[part~="result"]' }, { wait: '[part~="details"]' }],
  },
  {
    name: 'finder-shortlist',
    tag: 'mrc-centre-finder',
    markup: finder,
    entries: ['mrc-centre-finder'],
    steps: [
      { click: '[part~="result"]' },
      { click: '[part~="shortlist-toggle"]' },
      { click: '[part~="back"]' },
      { click: '[part~="shortlist"] button' },
      { wait: '[part~="shortlist-view"]' },
    ],
  },
  {
    name: 'quiz-intro',
    tag: 'mrc-risk-quiz',
    markup: quiz,
    entries: ['mrc-risk-quiz'],
    steps: [{ wait: '[part~="start"]' }],
  },
  {
    name: 'quiz-question',
    tag: 'mrc-risk-quiz',
    markup: quiz,
    entries: ['mrc-risk-quiz'],
    steps: [{ click: '[part~="start"]' }, { wait: '[part~="option"]' }],
  },
  {
    name: 'quiz-feedback',
    tag: 'mrc-risk-quiz',
    markup: quiz,
    entries: ['mrc-risk-quiz'],
    steps: [
      { click: '[part~="start"]' },
      { click: '[part~="option"] input' },
      { click: '[part~="next"]' },
      { wait: '[part~="feedback"]' },
    ],
  },
  {
    name: 'quiz-results',
    tag: 'mrc-risk-quiz',
    markup: quiz,
    entries: ['mrc-risk-quiz'],
    steps: [{ click: '[part~="start"]' }, { answerAll: true }, { wait: '[part~="score"]' }],
  },
  {
    name: 'checklist-screening',
    tag: 'mrc-procedure-checklist',
    markup: checklist,
    entries: ['mrc-procedure-checklist'],
    steps: [{ wait: '[part~="screening"]' }],
  },
  {
    name: 'checklist-steps',
    tag: 'mrc-procedure-checklist',
    markup: checklist,
    entries: ['mrc-procedure-checklist'],
    steps: [{ wait: '[part~="step-toggle"]' }, { openAll: '[part~="step-toggle"][aria-expanded="false"]' }],
  },
  {
    name: 'checklist-print',
    tag: 'mrc-procedure-checklist',
    markup: checklist,
    entries: ['mrc-procedure-checklist'],
    steps: [{ wait: '[part~="step-toggle"]' }, { print: true }],
  },
  {
    name: 'hotline-card',
    tag: 'mrc-hotline-card',
    markup: hotline,
    entries: ['mrc-hotline-card'],
    steps: [{ wait: '[part~="action"]' }],
  },
  {
    name: 'all-four',
    tag: 'mrc-provider',
    markup: `<mrc-provider src="${DATASET}">
      <mrc-hotline-card country="SN"></mrc-hotline-card>
      <mrc-centre-finder country="SN"></mrc-centre-finder>
      <mrc-risk-quiz quiz="demo-know-the-risks"></mrc-risk-quiz>
      <mrc-procedure-checklist checklist="demo-seasonal-work-permit"></mrc-procedure-checklist>
    </mrc-provider>`,
    entries: ['mrc-provider', 'mrc-hotline-card', 'mrc-centre-finder', 'mrc-risk-quiz', 'mrc-procedure-checklist'],
    steps: [
      { wait: '[part~="action"]', in: 'mrc-hotline-card' },
      { wait: '[part~="result"]', in: 'mrc-centre-finder' },
      { wait: '[part~="start"]', in: 'mrc-risk-quiz' },
      { wait: '[part~="step-toggle"]', in: 'mrc-procedure-checklist' },
    ],
  },
  {
    // The example page of examples/, a ministry's page with all four elements in a provider, as it
    // ships (the CDN bundle); `pages` replaces the generated host page, one per language.
    name: 'example-page',
    tag: 'mrc-provider',
    pages: { en: '/examples/ministry-page.html', ar: '/examples/ministry-page-ar.html' },
    markup: '',
    entries: [],
    steps: [
      { wait: '[part~="action"]', in: 'mrc-hotline-card' },
      { wait: '[part~="result"]', in: 'mrc-centre-finder' },
      { wait: '[part~="start"]', in: 'mrc-risk-quiz' },
      { wait: '[part~="step-toggle"]', in: 'mrc-procedure-checklist' },
    ],
  },
];

/**
 * Runs in the page before any of its scripts: the clock stands at FIXED_NOW (moving on with real
 * time from there, so timers still work) and Math.random is seeded, so every run renders alike.
 */
function pinClockAndChance(now) {
  const RealDate = Date;
  const start = RealDate.now();
  const fixed = RealDate.parse(now);
  const current = () => fixed + (RealDate.now() - start);
  class PinnedDate extends RealDate {
    constructor(...args) {
      super(...(args.length === 0 ? [current()] : args));
    }
    static now() {
      return current();
    }
  }
  globalThis.Date = PinnedDate;
  let seed = 20261124;
  Math.random = () => {
    seed = (seed * 1664525 + 1013904223) % 4294967296;
    return seed / 4294967296;
  };
}

/** Runs in the page before its scripts: `window.mrcRootOf(tag)`, the shadow root of the first `tag`, through nested shadow roots too. */
function installRootOf() {
  const find = (root, tag) => {
    const found = root.querySelector(tag);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      const inner = el.shadowRoot && find(el.shadowRoot, tag);
      if (inner) return inner;
    }
    return null;
  };
  window.mrcRootOf = (tag) => find(document, tag)?.shadowRoot ?? null;
}

/**
 * Runs in the page before its scripts: `window.mrcLocaleReady`, the interface language whose
 * strings the kit last finished loading (its @lit/localize says so on `window`).
 */
function watchLocale() {
  window.addEventListener('lit-localize-status', (event) => {
    if (event.detail.status === 'ready') window.mrcLocaleReady = event.detail.readyLocale;
  });
}

/** Prepares a new page: the pinned clock and chance, the reader's zone, and the shadow-root finder. */
export async function preparePage(page) {
  await page.evaluateOnNewDocument(pinClockAndChance, FIXED_NOW);
  await page.evaluateOnNewDocument(installRootOf);
  await page.evaluateOnNewDocument(watchLocale);
  await page.emulateTimezone(READER_ZONE);
  await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
}

/** Takes the page through the scene's steps. */
export async function act(page, scene) {
  for (const step of scene.steps) {
    const tag = step.in ?? scene.tag;
    const what = `${scene.name}: ${JSON.stringify(step)}`;
    if (step.print) {
      await page.emulateMediaType('print');
      continue;
    }
    if (step.answerAll) {
      await page.waitForFunction(
        (t) => {
          const root = window.mrcRootOf(t);
          if (!root || root.querySelector('[part~="score"]')) return true;
          const next = root.querySelector('[part~="next"]');
          if (!next) return false;
          if (!root.querySelector('[part~="option"] input:checked'))
            root.querySelector('[part~="option"] input')?.click();
          next.click();
          return false;
        },
        { timeout: 30000, polling: 200 },
        tag,
      );
      continue;
    }
    const selector = step.click ?? step.wait ?? step.openAll;
    await page
      .waitForFunction((t, s) => Boolean(window.mrcRootOf(t)?.querySelector(s)), { timeout: 15000 }, tag, selector)
      .catch((error) => {
        throw new Error(`${what} did not happen: ${error.message.split('\n')[0]}`);
      });
    if (step.click || step.openAll) {
      // Clicked as a person clicks (pointer events at the element's place), so the page knows the
      // person is not on a keyboard: no focus ring where a tap moved the focus.
      const targets = await page.evaluateHandle(
        (t, s, all) => {
          const root = window.mrcRootOf(t);
          return all ? [...root.querySelectorAll(s)] : [root.querySelector(s)];
        },
        tag,
        selector,
        Boolean(step.openAll),
      );
      for (const target of (await targets.getProperties()).values()) {
        const element = target.asElement();
        if (element) await element.click();
      }
      await targets.dispose();
    }
  }
  // A page in another language than English is seen once its strings are in: the data may be
  // drawn (in English) before they arrive.
  await page
    .waitForFunction(
      () => {
        const lang = document.documentElement.lang.toLowerCase().split('-')[0];
        return lang === 'en' || window.mrcLocaleReady === lang;
      },
      { timeout: 15000 },
    )
    .catch((error) => {
      throw new Error(`${scene.name}: the page's interface language never loaded: ${error.message.split('\n')[0]}`);
    });
  // The redraw in that language (a task or two).
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  // The pointer leaves the page, so no hover state stays in the picture.
  await page.mouse.move(0, 0);
  // Let the last render, its fonts and any transition settle.
  await page.evaluate(() => document.fonts.ready);
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 50)))),
  );
}
