import type { LoadResult, MrcClient } from '@mrc-kit/sdk';
import { ClientConsumer } from './client-context.js';
import { clientOfAttributes } from './clients.js';
import { MrcDataWarningEvent, MrcErrorEvent } from './events.js';
import { MrcElement } from './mrc-element.js';
import { SourceAttributes } from './source-attributes.js';

export const NO_SOURCE =
  'No data source: set the src, api or hsds attribute or the client property, or put the element in an <mrc-provider>.';

/** Thrown when an element has no data source at all. */
export class NoSourceError extends Error {
  override name = 'NoSourceError';
}

/**
 * An element that shows data: its source is its own `.client`, else its `src`, `api` or `hsds`
 * attribute, else the nearest `<mrc-provider>` around it.
 * Load failures and data warnings are reported as `mrc-error` and `mrc-data-warning` events,
 * once for each load.
 *
 * The parts, theme properties and events below are every data element's; the manifest lists them
 * on each element, after the element's own (an element's own line with the same name wins).
 *
 * @csspart base - The element's inner root.
 * @csspart message - Loading, error, empty and not-found messages.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssproperty [--mrc-font-family=inherit] - Font of the element.
 * @cssproperty [--mrc-font-size=max(1rem, 16px)] - Base text size: never under 16 px, whatever the page's root size.
 * @cssproperty [--mrc-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--mrc-color-muted=#595959] - Secondary text colour.
 * @cssproperty [--mrc-color-focus=#ffbf47] - Focus ring.
 * @cssproperty [--mrc-color-skeleton=#e6e6e6] - Loading placeholders.
 * @cssproperty [--mrc-radius=8px] - Corner radius.
 * @cssproperty [--mrc-space=1rem] - Base spacing.
 * @cssproperty [--mrc-space-after=2rem] - Space below the element (a host's margin rule wins).
 * @cssproperty [--mrc-measure=42rem] - Longest line of a paragraph.
 * @cssproperty [--mrc-line-height=1.5] - Line height (the host page's own does not reach inside).
 * @cssproperty [--mrc-letter-spacing=normal] - Letter spacing (the host page's own does not reach inside).
 * @cssproperty [--mrc-color-focus-heading=var(--mrc-color-primary)] - Underline of a heading the focus moves to.
 *
 * @event mrc-error - The data could not be loaded. `detail`: `{ message, source, error }`.
 * @event mrc-data-warning - Records were skipped or repaired. `detail`: `{ source, warnings: [{ path, reason, action }] }`.
 */
export class MrcDataElement extends SourceAttributes(MrcElement) {
  private provider = new ClientConsumer(this);

  /** The client of the nearest `<mrc-provider>`, when there is one. */
  protected get providedClient(): MrcClient | undefined {
    return this.provider.value;
  }

  private reported = new WeakSet<object>();

  /** The client in force, by the kit's order of precedence. */
  protected get activeClient(): MrcClient | undefined {
    return this.client ?? clientOfAttributes(this) ?? this.providedClient;
  }

  /**
   * Loads the data of `client`, reporting problems to the host page as events. A load overtaken by
   * a newer one (`signal` aborted: the source or selection changed meanwhile) reports nothing.
   */
  protected async loadFrom(client: MrcClient | undefined, signal?: AbortSignal): Promise<LoadResult> {
    if (!client && this.closest('mrc-provider') && !customElements.get('mrc-provider')) {
      // Inside a provider whose code has not arrived yet: its data source comes with it.
      await customElements.whenDefined('mrc-provider');
      return this.loadFrom(this.activeClient, signal);
    }
    if (!client) {
      const error = new NoSourceError(NO_SOURCE);
      this.emit(new MrcErrorEvent({ message: error.message, source: '', error }));
      throw error;
    }
    try {
      const result = await client.load();
      if (result.warnings.length > 0 && !this.reported.has(result) && !signal?.aborted) {
        this.reported.add(result);
        this.emit(new MrcDataWarningEvent({ source: client.source, warnings: result.warnings }));
      }
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!signal?.aborted) this.emit(new MrcErrorEvent({ message, source: client.source, error }));
      throw error;
    }
  }
}
