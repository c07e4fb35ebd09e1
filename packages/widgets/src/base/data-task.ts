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
 * Whether the host gave fallback content: an element, or text that is more than white space.
 * The loading state then shows that content alone, as the page showed it before the element's
 * code ran, with no placeholders over it (`class="fallback"`, see `state-styles.ts`).
 */
function markFallback(event: Event): void {
  const slot = event.target as HTMLSlotElement;
  const given = slot
    .assignedNodes({ flatten: true })
    .some((node) => node.nodeType === Node.ELEMENT_NODE || Boolean(node.textContent?.trim()));
  slot.parentElement?.classList.toggle('fallback', given);
}

/** The host's fallback content in a loading state: shown alone when there is any. */
export function renderFallbackSlot(): TemplateResult {
  return html`<slot @slotchange=${markFallback}></slot>`;
}

/**
 * The loading state every element shares, in the space the element's content will take
 * (`--mrc-loading-block-size`): the host's fallback content when it gave some, else placeholders
 * shaped like the content; and the words for screen readers.
 */
function renderLoading(label: string): TemplateResult {
  return html`<div part="message" class="message loading" aria-busy="true">
    <span class="skeleton line wide" aria-hidden="true"></span>
    <span class="skeleton line" aria-hidden="true"></span>
    <span class="skeleton button" aria-hidden="true"></span>
    <span class="visually-hidden">${label}</span>
    ${renderFallbackSlot()}
  </div>`;
}

// Tasks re-run because their data changed: they go on showing their value until the new one comes.
const inPlace = new WeakSet<object>();

/**
 * Runs a data task again after its data changed, in place: the element keeps showing what it shows
 * (no placeholder, nothing the person typed, opened or answered undone) until the new value is
 * rendered over it. A task that has shown nothing yet simply runs.
 */
export async function rerunInPlace(task: Task<readonly unknown[], unknown>): Promise<void> {
  if (task.value === undefined) return task.run();
  inPlace.add(task);
  try {
    await task.run();
  } finally {
    inPlace.delete(task);
  }
}

/**
 * The one way an element shows the data it loads: placeholders while loading, the error state
 * with a way to try again, and the data rendered safely.
 */
export function renderDataTask<T>(task: Task<readonly unknown[], T>, view: DataTaskView<T>): TemplateResult {
  const loading = (): TemplateResult =>
    typeof view.loading === 'string' ? renderLoading(view.loading) : view.loading();
  const error = (reason: unknown): TemplateResult => renderLoadError(view.errorTitle, reason, () => task.run());
  // Whatever goes wrong in rendering the data, the element shows its error state, never a blank.
  const complete = (value: T): TemplateResult => {
    try {
      return view.complete(value);
    } catch (reason) {
      console.error(`${view.tag}: could not render the data`, reason);
      return error(reason);
    }
  };
  return task.render({
    initial: loading,
    pending: () => (inPlace.has(task) && task.value !== undefined ? complete(task.value) : loading()),
    error,
    complete,
  }) as TemplateResult;
}
