import { html, type TemplateResult } from 'lit';
import type { Task } from '@lit/task';
import { renderLoadError } from './states.js';

/** How an element shows its data task; the words come from the element's `render()` (`msg()`). */
export interface DataTaskView<T> {
  /** The element's tag, named in the console when rendering fails. */
  tag: string;
  /** Words for screen readers while loading (under the shared placeholders), or a placeholder of its own. */
  loading: string | (() => TemplateResult);
  /** What failed, in the reader's language; why, in plain words, and "Try again" follow. */
  errorTitle: string;
  /** The loaded data. Whatever it throws, the element shows its error state, never a blank. */
  complete: (value: T) => TemplateResult;
}

/**
 * The loading state every element shares: placeholders shaped like the content, the words for
 * screen readers, and the host's fallback content (shown until the element has loaded).
 */
function renderLoading(label: string): TemplateResult {
  return html`<div part="message" class="message loading" aria-busy="true">
    <span class="skeleton line wide" aria-hidden="true"></span>
    <span class="skeleton line" aria-hidden="true"></span>
    <span class="skeleton button" aria-hidden="true"></span>
    <span class="visually-hidden">${label}</span>
    <slot></slot>
  </div>`;
}

/**
 * The one way an element shows the data it loads: placeholders while loading, the error state
 * with a way to try again, and the data rendered safely.
 */
export function renderDataTask<T>(task: Task<readonly unknown[], T>, view: DataTaskView<T>): TemplateResult {
  const loading = (): TemplateResult =>
    typeof view.loading === 'string' ? renderLoading(view.loading) : view.loading();
  const error = (reason: unknown): TemplateResult => renderLoadError(view.errorTitle, reason, () => task.run());
  return task.render({
    initial: loading,
    pending: loading,
    error,
    // Whatever goes wrong in rendering the data, the element shows its error state, never a blank.
    complete: (value) => {
      try {
        return view.complete(value);
      } catch (reason) {
        console.error(`${view.tag}: could not render the data`, reason);
        return error(reason);
      }
    },
  }) as TemplateResult;
}
