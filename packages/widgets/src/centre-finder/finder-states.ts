import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { renderFallbackSlot } from '../base/data-task.js';

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
