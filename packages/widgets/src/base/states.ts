import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The error state every element shares: what failed in the reader's language, the technical
 * reason (in English, for the webmaster), the host's fallback content, and a way to try again.
 */
export function renderLoadError(title: string, error: unknown, retry: () => void): TemplateResult {
  const detail = error instanceof Error ? error.message : String(error);
  return html`<div part="message" class="message error" role="alert">
    <p class="message-title">${title}</p>
    <p class="message-detail" lang="en" dir="ltr">${detail}</p>
    <slot></slot>
    <button part="retry" class="secondary" type="button" @click=${retry}>
      ${msg('Try again', { id: 'common.retry' })}
    </button>
  </div>`;
}
