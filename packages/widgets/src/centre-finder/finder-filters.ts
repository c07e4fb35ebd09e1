import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { AUDIENCES, CENTRE_KINDS } from '@mrc-kit/sdk';
import { languageName } from '../base/format.js';
import { kindLabel } from './result-texts.js';
import type { SearchFormView } from './search-form.js';
import { audienceText, serviceText } from '../base/vocabulary.js';

// The filters' controls load on demand, when the person first opens the filters.

type ListFilter = 'services' | 'audiences' | 'kinds';

/** Open now, services, audiences, kinds and the language spoken. */
export function renderFilters(view: SearchFormView): TemplateResult {
  const { dataset, locale } = view;
  const { query } = view.search;
  // Sorted by the names the reader sees, in the reader's alphabet.
  const collator = new Intl.Collator(locale);
  const languages = [...new Set(dataset.centres.flatMap((c) => c.languages.map((l) => l.split('-')[0]!)))]
    .map((code) => ({ code, name: languageName(code, locale, dataset) }))
    .sort((a, b) => collator.compare(a.name, b.name));
  return html`<label class="check">
      <input
        type="checkbox"
        .checked=${query.openNow}
        @change=${(e: Event) => view.search.set({ openNow: (e.target as HTMLInputElement).checked })}
      />
      ${msg('Open now', { id: 'status.open' })}
    </label>
    ${renderChecks(
      view,
      'services',
      msg('Services', { id: 'finder.services' }),
      dataset.taxonomy.map((t) => [t.id, serviceText(t.id, dataset, locale).text]),
    )}
    ${renderChecks(
      view,
      'audiences',
      msg('For', { id: 'finder.audiences' }),
      AUDIENCES.map((a) => [a, audienceText(a, locale).text]),
    )}
    ${renderChecks(
      view,
      'kinds',
      msg('Kind', { id: 'finder.kinds' }),
      CENTRE_KINDS.map((k) => [k, kindLabel(k)]),
    )}
    ${
      languages.length > 1
        ? html`<label for="language">${msg('Language spoken', { id: 'finder.language' })}</label>
            <select
              id="language"
              @change=${(e: Event) => {
                const value = (e.target as HTMLSelectElement).value;
                view.search.set({ languages: value ? [value] : [] });
              }}
            >
              <option value="" ?selected=${query.languages.length === 0}>
                ${msg('Any language', { id: 'finder.any-language' })}
              </option>
              ${languages.map(
                (l) => html`<option value=${l.code} ?selected=${query.languages[0] === l.code}>${l.name}</option>`,
              )}
            </select>`
        : nothing
    }`;
}

function renderChecks(
  view: SearchFormView,
  list: ListFilter,
  legend: string,
  options: (readonly [string, string])[],
): TemplateResult {
  const chosen: readonly string[] = view.search.query[list];
  return html`<fieldset class="checks">
    <legend>${legend}</legend>
    ${options.map(
      ([value, label]) =>
        html`<label class="check">
          <input
            type="checkbox"
            name=${list}
            .checked=${chosen.includes(value)}
            @change=${(e: Event) => view.search.toggle(list, value, (e.target as HTMLInputElement).checked)}
          />
          ${label}
        </label>`,
    )}
  </fieldset>`;
}
