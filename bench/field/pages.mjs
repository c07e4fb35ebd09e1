// The host pages the field benchmark loads, built as docs/embedding.md shows: all four elements in one
// `<mrc-provider>` with mrc-kit.js, and the hotline card alone with its own file and `src`. Each
// element holds fallback content (a phone link, an address: what a person needs if the script never
// runs), and a paragraph of the host's text follows them, so that layout shifts move something.
// Each page has a twin without fallback content (`-bare`), for the layout shift it causes alone.

import { readFileSync } from 'node:fs';

export const DATASET_PATH = '/data/dataset.json';

/**
 * The host's own rule that keeps each element's space before its code runs, exactly as the
 * "Reserve space" section of docs/embedding.md gives it: the pages follow the documentation, and
 * the benchmark measures what a host that follows it gets.
 */
function reserveSpaceRule() {
  const doc = readFileSync(new URL('../../docs/embedding.md', import.meta.url), 'utf8');
  const section = doc.slice(doc.indexOf('### Reserve space'));
  const css = /```css\n([^]*?)```/.exec(section)?.[1];
  if (!css) throw new Error('docs/embedding.md: no css block under "Reserve space"');
  return css;
}
const KIT = '/mrc-kit';

/** What shows each element's content, inside its shadow root (as test/pages/scenes.mjs waits for). */
export const USEFUL = {
  'mrc-hotline-card': '[part~="action"]',
  'mrc-centre-finder': '[part~="result"]',
  'mrc-risk-quiz': '[part~="start"]',
  'mrc-procedure-checklist': '[part~="step-toggle"]',
};

const FALLBACK = {
  'mrc-hotline-card':
    '<p elementtiming="fallback-TAG">Call the safe migration line: <a href="tel:+221338000000">+221 33 800 00 00</a></p>',
  'mrc-centre-finder':
    '<p elementtiming="fallback-TAG">Migrant Resource Centre, 12 rue de la Paix, Dakar · ' +
    '<a href="tel:+221338000000">+221 33 800 00 00</a> · <a href="/centres.html">All centres</a></p>',
  'mrc-risk-quiz':
    '<p elementtiming="fallback-TAG">Before you leave, check what you know about the risks of the journey: ' +
    '<a href="/risks.html">Know the risks</a>.</p>',
  'mrc-procedure-checklist':
    '<p elementtiming="fallback-TAG">The steps of a seasonal work permit, the documents and the costs: ' +
    '<a href="/seasonal-work-permit.html">Seasonal work permit</a>.</p>',
};

// Element Timing (`elementtiming`) gives the moment each fallback's text is first painted; it sees
// text only in a block of its own (a <p>), as the elements are inline until defined.
const element = (tag, attributes, fallback) =>
  `<${tag} ${attributes}>${fallback ? FALLBACK[tag].replace('TAG', tag) : ''}</${tag}>`;

function page({ title, script, body }) {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="description" content="Free, confidential help before you leave, on the way and when you come back." />
    <title>${title}</title>
    <script type="module" src="${KIT}/${script}"></script>
    <style>
${reserveSpaceRule()}
    </style>
  </head>
  <body>
    <main>
      <h1>${title}</h1>
      ${body}
      <p id="after">
        This paragraph is the host page's own text after the elements. It is here to show whether the page moves
        under the reader while the elements load: a person reading it, or about to tap a link in it, should not
        see it jump away.
      </p>
    </main>
  </body>
</html>
`;
}

/** The pages, by name: `all-four`, `hotline`, and their twins without fallback content. */
export function hostPages() {
  const pages = {};
  for (const fallback of [true, false]) {
    const suffix = fallback ? '' : '-bare';
    pages[`all-four${suffix}`] = {
      path: `/all-four${suffix}.html`,
      tags: Object.keys(USEFUL),
      entry: `${KIT}/mrc-kit.js`,
      html: page({
        title: 'Migrating safely',
        script: 'mrc-kit.js',
        body: `<mrc-provider src="${DATASET_PATH}">
        ${element('mrc-hotline-card', 'country="SN"', fallback)}
        ${element('mrc-centre-finder', 'country="SN"', fallback)}
        ${element('mrc-risk-quiz', 'quiz="demo-know-the-risks"', fallback)}
        ${element('mrc-procedure-checklist', 'checklist="demo-seasonal-work-permit"', fallback)}
      </mrc-provider>`,
      }),
    };
    pages[`hotline${suffix}`] = {
      path: `/hotline${suffix}.html`,
      tags: ['mrc-hotline-card'],
      entry: `${KIT}/mrc-hotline-card.js`,
      html: page({
        title: 'Talk to someone now',
        script: 'mrc-hotline-card.js',
        body: element('mrc-hotline-card', `src="${DATASET_PATH}" country="SN"`, fallback),
      }),
    };
  }
  return pages;
}
