import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DatasetErrorKind } from '@mrc-kit/sdk';

/**
 * The kind of a failure, from the SDK's `DatasetError.kind` (read by name, not by class: a page may
 * hold two copies of the kit); a browser that knows it is offline is offline, whatever failed.
 */
function kindOf(error: unknown): DatasetErrorKind | undefined {
  if (typeof navigator !== 'undefined' && navigator.onLine === false) return 'network';
  if (error instanceof Error && error.name === 'DatasetError') {
    return (error as Error & { kind?: DatasetErrorKind }).kind;
  }
  return undefined;
}

/** What happened and what the person can do, in their words: the technical reason is in the console. */
function failureText(error: unknown): string {
  switch (kindOf(error)) {
    case 'network':
      return msg('You seem to be offline. Check your connection, then try again.', { id: 'common.error.network' });
    case 'timeout':
      return msg('The connection is too slow or has stopped. Try again in a moment.', { id: 'common.error.timeout' });
    case 'server':
      return msg('The website that holds this information is not answering properly. Try again later.', {
        id: 'common.error.server',
      });
    case 'web-page':
      return msg(
        'A web page came instead of this information. If your Wi-Fi asks you to sign in, sign in, then try again.',
        {
          id: 'common.error.web-page',
        },
      );
    default:
      return msg('This information is not available right now. Try again later.', { id: 'common.error.other' });
  }
}

/**
 * Tries again; when the person pressed "Try again" from the keyboard (the button had the focus)
 * and it fails again, the focus goes to the new "Try again", not to the top of the page.
 */
async function tryAgain(button: HTMLElement, retry: () => unknown): Promise<void> {
  const root = button.getRootNode();
  const focused = root instanceof ShadowRoot && root.activeElement === button;
  await retry();
  if (!focused) return;
  await (root.host as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete;
  root.querySelector<HTMLElement>('[part~="retry"]')?.focus();
}

/**
 * The error state every element shares: what failed and what to do, in the reader's language; the
 * host's fallback content (a phone number to call, a link to a list); and a way to try again. The
 * technical reason goes to the console and the `mrc-error` event, never to the person.
 */
export function renderLoadError(title: string, error: unknown, retry: () => unknown): TemplateResult {
  return html`<div part="message" class="message error" role="alert">
    <p class="message-title">${title}</p>
    <p class="message-detail">${failureText(error)}</p>
    <slot></slot>
    <button
      part="retry"
      class="secondary"
      type="button"
      @click=${(event: Event) => void tryAgain(event.currentTarget as HTMLElement, retry)}
    >
      ${msg('Try again', { id: 'common.retry' })}
    </button>
  </div>`;
}
