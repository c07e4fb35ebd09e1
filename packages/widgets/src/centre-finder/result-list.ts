import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import { msg, str } from '@lit/localize';
import type { Task } from '@lit/task';
import type { CentreResult, ClientSearchResult, Dataset } from '@mrc-kit/sdk';
import { formatLanguages } from '../base/format.js';
import { hasLanguageNames } from '../base/language-names.js';
import { getUiLocale } from '../base/locale.js';
import { renderLoadError } from '../base/states.js';
import { statusText } from '../base/status-text.js';
import { dirOf, textIn } from '../base/texts.js';
import { pagesOf } from './paging-controller.js';
import { countText, formatDistance, kindLabel } from './result-texts.js';
import { serviceText } from '../base/vocabulary.js';

export interface ResultListView {
  dataset: Dataset;
  locale: string;
  now: Date | undefined;
  /** A newer search is under way: the list shown is the previous one. */
  busy: boolean;
  renderRow(result: CentreResult): TemplateResult;
  onMore(): void;
  onWiden(): void;
}

/** The count, the results in pages, and the way to more; or the way out of an empty search. */
function renderResultList(result: ClientSearchResult, view: ResultListView): TemplateResult {
  if (result.total === 0) {
    return html`<div part="message" class="message empty">
      <p>${msg('No centre matches this search.', { id: 'finder.empty' })}</p>
      <button class="secondary" type="button" @click=${view.onWiden}>
        ${msg('Clear the search and filters', { id: 'finder.widen' })}
      </button>
    </div>`;
  }
  const shown = new Intl.NumberFormat(view.locale).format(result.items.length);
  const total = new Intl.NumberFormat(view.locale).format(result.total);
  return html`<p part="summary" class="summary" aria-busy=${view.busy ? 'true' : 'false'}>
      ${countText(result.total, view.locale)}
      ${result.items.length < result.total ? msg(str`Showing ${shown} of ${total}.`, { id: 'finder.showing' }) : nothing}
    </p>
    <div part="results" class="results" role="list">
      ${repeat(
        pagesOf(result.items),
        (page) => page[0]!.centre.id,
        // A page already shown is not rendered again when the next one arrives, nor when anything
        // else in the finder changes: a long list grows at the cost of its new rows only. The strings
        // and names of languages on screen are part of the key, so rows drawn before they arrived
        // are drawn again in them.
        (page) =>
          guard([...page, view.dataset, view.locale, view.now, getUiLocale(), hasLanguageNames(getUiLocale())], () =>
            repeat(page, (item) => item.centre.id, view.renderRow),
          ),
      )}
    </div>
    ${
      result.items.length < result.total
        ? html`<div class="more-sentinel" aria-hidden="true"></div>
            <button part="more" class="secondary more" type="button" @click=${view.onMore}>
              ${msg('Show more results', { id: 'finder.more' })}
            </button>`
        : nothing
    }`;
}

/** One result: a button that opens the centre's details. */
export function renderResultRow(
  result: CentreResult,
  view: { dataset: Dataset; locale: string; at: Date; onSelect(result: CentreResult): void },
): TemplateResult {
  const { centre } = result;
  const { dataset, locale } = view;
  const name = textIn(centre.name, locale, dataset);
  const city = textIn(centre.city, locale, dataset);
  const services = centre.services.slice(0, 3).map((id) => serviceText(id, dataset, locale).text);
  return html`<div role="listitem" class="result-item">
    <button part="result" class="result" type="button" data-centre=${centre.id} @click=${() => view.onSelect(result)}>
      <span class="result-name" lang=${name.lang ?? nothing} dir=${dirOf(name.lang)}>${name.text}</span>
      <span class="result-meta">
        ${kindLabel(centre.kind)}${city.text ? html` · <span lang=${city.lang ?? nothing}>${city.text}</span>` : nothing}${
          result.distanceKm !== undefined ? html` · ${formatDistance(result.distanceKm, locale)}` : nothing
        }
      </span>
      <span class="result-status ${result.status.state}">${statusText(result.status, centre, view.at, locale)}</span>
      ${services.length > 0 ? html`<span class="result-services">${services.join(' · ')}</span>` : nothing}
      ${
        centre.languages.length > 0
          ? html`<span class="result-languages"
              >${msg(str`Languages: ${formatLanguages(centre.languages, locale, dataset)}`, { id: 'channel.languages' })}</span
            >`
          : nothing
      }
    </button>
  </div>`;
}

/**
 * The results of the search task: a placeholder row until the first answer, the previous list
 * (marked busy) while a newer search runs, the error with a way to try again.
 */
export function renderResults(
  results: Task<readonly unknown[], ClientSearchResult>,
  view: Omit<ResultListView, 'busy'> & { onRetry(): void },
): TemplateResult {
  const skeleton = () => html`<div class="skeleton row" aria-hidden="true"></div>`;
  return results.render({
    initial: skeleton,
    pending: () => (results.value ? renderResultList(results.value, { ...view, busy: true }) : skeleton()),
    error: (error) =>
      renderLoadError(msg('The list of centres could not be loaded.', { id: 'finder.error' }), error, view.onRetry),
    complete: (result) => renderResultList(result, { ...view, busy: false }),
  }) as TemplateResult;
}
