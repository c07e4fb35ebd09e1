import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { LoadResult } from '@mrc-kit/sdk';
import { renderFallbackSlot } from '../base/data-task.js';
import { formatDate } from '../base/format.js';

/**
 * The finder's own loading state: the host's fallback content alone when it gave some, else
 * placeholders shaped like the search and the list.
 */
export function renderFinderLoading(): TemplateResult {
  return html`<div part="message" class="message loading" aria-busy="true">
    <span class="skeleton input" aria-hidden="true"></span>
    <span class="skeleton line" aria-hidden="true"></span>
    <span class="skeleton row" aria-hidden="true"></span>
    <span class="skeleton row" aria-hidden="true"></span>
    <span class="visually-hidden">${msg('Loading centres…', { id: 'finder.loading' })}</span>
    ${renderFallbackSlot()}
  </div>`;
}

/** Says when the data shown is a kept copy because the source could not be reached, and from when. */
export function renderOffline(loaded: LoadResult, locale: string): TemplateResult | typeof nothing {
  const stale = loaded.freshness?.staleReason ? loaded.freshness : undefined;
  if (!stale) return nothing;
  const date = formatDate(stale.fetchedAt.toISOString().slice(0, 10), locale);
  return html`<p part="message" class="message offline" role="status">
    ${msg(str`You seem to be offline. This information dates from ${date}.`, { id: 'finder.offline' })}
  </p>`;
}
