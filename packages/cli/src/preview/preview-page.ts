import type { Dataset } from '@mrc-kit/sdk';

/**
 * The interface languages of the elements (lit-localize.json's source and target locales; a test
 * holds this list to that file). The page offers each by its own name.
 */
export const INTERFACE_LANGUAGES = [
  'en',
  'fr',
  'es',
  'ar',
  'fa',
  'ps',
  'ur',
  'bn',
  'ne',
  'fil',
  'id',
  'pt',
  'ru',
  'uk',
  'tr',
  'am',
  'ti',
  'so',
  'sw',
  'ht',
] as const;

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'ps', 'ur']);

/** What the person chose on the page (its query string), already checked against the dataset. */
export interface PreviewChoice {
  lang: string;
  country?: string;
  quiz?: string;
  checklist?: string;
}

/** Text for HTML: every character that could start markup or end an attribute is escaped. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function displayName(code: string, type: 'language' | 'region', locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type, fallback: 'code' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** The countries of the dataset's centres and hotlines, those with the most records first. */
function datasetCountries(dataset: Dataset): string[] {
  const counts = new Map<string, number>();
  const count = (code: string) => counts.set(code, (counts.get(code) ?? 0) + 1);
  for (const centre of dataset.centres) count(centre.country);
  for (const hotline of dataset.hotlines) hotline.countries.forEach(count);
  return [...counts].sort(([a, x], [b, y]) => y - x || a.localeCompare(b)).map(([code]) => code);
}

/** The choice a query string asks for, each value kept only when the dataset or the kit has it. */
export function readChoice(query: URLSearchParams, dataset: Dataset, defaultLang: string): PreviewChoice {
  const pick = (name: string, allowed: readonly string[], fallback?: string) => {
    const asked = query.get(name);
    if (asked === '') return undefined;
    return asked !== null && allowed.includes(asked) ? asked : fallback;
  };
  const countries = datasetCountries(dataset);
  const quizzes = dataset.quizzes.map((q) => q.id);
  const checklists = dataset.checklists.map((c) => c.id);
  return {
    lang: pick('lang', INTERFACE_LANGUAGES, defaultLang) ?? 'en',
    country: pick('country', countries, countries[0]),
    quiz: pick('quiz', quizzes, quizzes[0]),
    checklist: pick('checklist', checklists, checklists[0]),
  };
}

function select(
  name: string,
  label: string,
  options: readonly [value: string, text: string][],
  chosen: string | undefined,
  none?: string,
): string {
  const items = [...(none === undefined ? [] : [['', none] as const]), ...options].map(
    ([value, text]) =>
      `<option value="${escapeHtml(value)}"${value === (chosen ?? '') ? ' selected' : ''}>${escapeHtml(text)}</option>`,
  );
  return `<label>${escapeHtml(label)}<select name="${name}">${items.join('')}</select></label>`;
}

const attribute = (name: string, value: string | undefined) =>
  value === undefined ? '' : ` ${name}="${escapeHtml(value)}"`;

/**
 * The preview page: the four elements over the dataset, as the CDN build draws them, under the
 * strict Content-Security-Policy of docs/security.md, and a form (no script of its own) to choose
 * the language, the country, the quiz and the checklist.
 */
export function previewPage(dataset: Dataset, source: string, choice: PreviewChoice): string {
  const { lang } = choice;
  const languages = INTERFACE_LANGUAGES.map((tag) => [tag, displayName(tag, 'language', tag)] as [string, string]);
  const countries = datasetCountries(dataset).map(
    (code) => [code, `${displayName(code, 'region', 'en')} (${code})`] as [string, string],
  );
  const quizzes = dataset.quizzes.map((q) => [q.id, q.id] as [string, string]);
  const checklists = dataset.checklists.map((c) => [c.id, c.id] as [string, string]);
  const quiz = choice.quiz
    ? `<h2 lang="en">Risk quiz</h2>\n      <mrc-risk-quiz${attribute('quiz', choice.quiz)}></mrc-risk-quiz>`
    : '<p lang="en">This dataset has no quiz.</p>';
  const checklist = choice.checklist
    ? `<h2 lang="en">Procedure checklist</h2>\n      <mrc-procedure-checklist${attribute('checklist', choice.checklist)}></mrc-procedure-checklist>`
    : '<p lang="en">This dataset has no checklist.</p>';
  return `<!doctype html>
<html lang="${escapeHtml(lang)}" dir="${RIGHT_TO_LEFT.has(lang) ? 'rtl' : 'ltr'}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Preview: ${escapeHtml(source)}</title>
    <link rel="stylesheet" href="/preview.css" />
    <script type="module" src="/kit/mrc-kit.js"></script>
  </head>
  <body>
    <header dir="ltr" lang="en">
      <p><strong>Preview</strong> of <code>${escapeHtml(source)}</code>, on this computer only: nothing is
        published. Reload the page after changing the file.</p>
      <form method="get" action="/">
        ${select('lang', 'Language', languages, lang)}
        ${select('country', 'Country', countries, choice.country, 'All countries')}
        ${select('quiz', 'Quiz', quizzes, choice.quiz, 'None')}
        ${select('checklist', 'Checklist', checklists, choice.checklist, 'None')}
        <button type="submit">Show</button>
      </form>
    </header>
    <main>
      <mrc-provider src="/dataset.json">
      <h2 lang="en">Helplines</h2>
      <mrc-hotline-card${attribute('country', choice.country)}></mrc-hotline-card>
      <h2 lang="en">Centres</h2>
      <mrc-centre-finder${attribute('country', choice.country)}></mrc-centre-finder>
      ${quiz}
      ${checklist}
      </mrc-provider>
    </main>
  </body>
</html>
`;
}

export const PREVIEW_CSS = `body { margin: 0 auto; max-width: 60rem; padding: 1rem; font-family: system-ui, sans-serif; }
header { border-bottom: 1px solid #767676; margin-bottom: 1rem; padding-bottom: 1rem; }
form { display: flex; flex-wrap: wrap; gap: 0.75rem; align-items: end; }
label { display: flex; flex-direction: column; gap: 0.25rem; font-size: 0.9rem; }
select, button { font: inherit; min-height: 2.75rem; }
h2 { margin-top: 2rem; }
`;
