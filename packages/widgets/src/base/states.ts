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

/**
 * The loading state every element shares: placeholders shaped like the content, the words for
 * screen readers, and the host's fallback content (shown until the element has loaded).
 */
export function renderLoading(label: string): TemplateResult {
  return html`<div part="message" class="message loading" aria-busy="true">
    <span class="skeleton line wide" aria-hidden="true"></span>
    <span class="skeleton line" aria-hidden="true"></span>
    <span class="skeleton button" aria-hidden="true"></span>
    <span class="visually-hidden">${label}</span>
    <slot></slot>
  </div>`;
}

/** Renders loaded data; whatever goes wrong in rendering, the element shows its error state, never a blank. */
export function renderSafely(
  tag: string,
  render: () => TemplateResult,
  renderError: (error: unknown) => TemplateResult,
): TemplateResult {
  try {
    return render();
  } catch (error) {
    console.error(`${tag}: could not render the data`, error);
    return renderError(error);
  }
}
