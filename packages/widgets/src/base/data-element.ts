import { isKeptCopy, type DataUpdate, type Dataset, type LoadResult, type MrcClient } from '@mrc-kit/sdk';
import { prefetchLanguageNames, prepareLanguageNames } from './format.js';
import { setDatasetLanguage } from './locale.js';
import { ClientConsumer } from './client-context.js';
import { clientOfAttributes } from './clients.js';
import { MrcDataUpdateEvent, MrcDataWarningEvent, MrcErrorEvent } from './events.js';
import { MrcElement } from './mrc-element.js';
import { SourceAttributes } from './source-attributes.js';

export const NO_SOURCE =
  'No data source: set the src, api or hsds attribute or the client property, or put the element in an <mrc-provider>.';

/** Lets the page's other work run first: the next task (`scheduler.yield()` where there is one). */
/** Every language the data names: its centres', its helplines' and their channels'. */
function* languagesOf(dataset: Dataset): Iterable<string> {
  for (const centre of dataset.centres) yield* centre.languages;
  for (const hotline of dataset.hotlines) {
    yield* hotline.languages;
    for (const channel of hotline.channels) yield* channel.languages;
  }
}

function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/** The failures already told in the console: elements that share a source share its failure. */
const told = new WeakSet<object>();

/**
 * Tells the webmaster, once for each failure, what failed and where: the person sees plain words
 * (`renderLoadError`), the console and the `mrc-error` event the technical reason.
 */
function tellConsole(tag: string, source: string, error: unknown): void {
  if (typeof error === 'object' && error !== null) {
    if (told.has(error)) return;
    told.add(error);
  }
  const message = error instanceof Error ? error.message : String(error);
  const where = source && !message.includes(source) ? ` (source: ${source})` : '';
  console.warn(`<${tag}>: ${message}${where}`, error);
}

/** Thrown when an element has no data source at all. */
export class NoSourceError extends Error {
  override name = 'NoSourceError';
}

/**
 * An element that shows data: its source is its own `.client`, else its `src`, `api` or `hsds`
 * attribute, else the nearest `<mrc-provider>` around it.
 * Load failures and data warnings are reported as `mrc-error` and `mrc-data-warning` events,
 * once for each load; a load failure is also told in the console (once, however many elements share it).
 *
 * The parts, theme properties and events below are every data element's; the manifest lists them
 * on each element, after the element's own (an element's own line with the same name wins).
 *
 * @csspart base - The element's inner root.
 * @csspart message - Loading, error, empty, not-found and kept-copy messages.
 * @csspart freshness - The note that says the information shown is a kept copy, and from which day.
 * @csspart retry - The "try again" button of the error state.
 *
 * @cssproperty [--mrc-font-family=inherit] - Font of the element.
 * @cssproperty [--mrc-font-size=max(1rem, 16px)] - Base text size: never under 16 px, whatever the page's root size.
 * @cssproperty [--mrc-color-text=#1a1a1a] - Text colour.
 * @cssproperty [--mrc-color-muted=#595959] - Secondary text colour.
 * @cssproperty [--mrc-color-focus=#ffbf47] - Focus ring.
 * @cssproperty [--mrc-color-skeleton=#e6e6e6] - Loading placeholders.
 * @cssproperty --mrc-loading-block-size - Height the element keeps while its data loads; by default the height of its content with the demo dataset (docs/embedding.md, "Reserve space").
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
 * @event mrc-data-update - Fresher data replaced a kept copy that was on screen, in place. `detail`: `{ source, previous, current }` (the dates of both).
 */
export class MrcDataElement extends SourceAttributes(MrcElement) {
  private provider = new ClientConsumer(this);

  /** The client of the nearest `<mrc-provider>`, when there is one. */
  protected get providedClient(): MrcClient | undefined {
    return this.provider.value;
  }

  private reported = new WeakSet<object>();

  /**
   * The client whose updates the element follows, how to stop (while out of the page: nothing), and
   * the data it last gave the element.
   */
  private followed?: { client: MrcClient; stop?: () => void; shown?: LoadResult };

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
    if (client) this.follow(client);
    if (!client) {
      const error = new NoSourceError(NO_SOURCE);
      this.emit(new MrcErrorEvent({ message: error.message, source: '', error }));
      tellConsole(this.localName, '', error);
      throw error;
    }
    try {
      // In a browser that cannot name the corridors' languages, their names travel with the data.
      prefetchLanguageNames(this.locale);
      const result = await client.load();
      if (!signal?.aborted) setDatasetLanguage(this, result.dataset.defaultLocale);
      if (this.followed?.client === client) this.followed.shown = result;
      // Names of languages the browser lacks come first (usually already there: see above). Then
      // every element, which gets its data at the same moment, draws it in a task of its own, so
      // that the page can answer between them.
      await prepareLanguageNames(languagesOf(result.dataset), this.locale);
      await nextTask();
      if (result.warnings.length > 0 && !this.reported.has(result) && !signal?.aborted) {
        this.reported.add(result);
        this.emit(new MrcDataWarningEvent({ source: client.source, warnings: result.warnings }));
      }
      return result;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (!signal?.aborted) {
        this.emit(new MrcErrorEvent({ message, source: client.source, error }));
        tellConsole(this.localName, client.source, error);
      }
      throw error;
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back in the page: follow the client again; data replaced meanwhile is shown now.
    const followed = this.followed;
    if (followed && !followed.stop) {
      const { client, shown } = followed;
      this.followed = undefined;
      this.follow(client, shown);
      void client.load().then(
        (now) => (now === shown ? undefined : this.dataUpdated()),
        () => this.dataUpdated(),
      );
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    setDatasetLanguage(this, undefined);
    this.followed?.stop?.();
    if (this.followed) delete this.followed.stop;
  }

  /**
   * Shows the client's data again, in place, after it changed: each element re-runs its data tasks
   * without a placeholder and without undoing what the person did (`rerunInPlace`).
   */
  protected dataUpdated(): Promise<void> {
    return Promise.resolve();
  }

  private follow(client: MrcClient, shown?: LoadResult): void {
    if (this.followed?.client === client && this.followed.stop) return;
    this.followed?.stop?.();
    const stop = client.onUpdate?.((update) => void this.updateFrom(update)) ?? (() => undefined);
    this.followed = { client, stop, ...(shown && { shown }) };
  }

  private async updateFrom(update: DataUpdate): Promise<void> {
    if (!this.isConnected) return;
    await this.dataUpdated();
    const { previous, current } = update;
    if (previous && current && isKeptCopy(previous) && !isKeptCopy(current)) {
      this.emit(
        new MrcDataUpdateEvent({ source: update.source, previous: previous.fetchedAt, current: current.fetchedAt }),
      );
    }
  }
}
