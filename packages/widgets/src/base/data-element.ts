import { property } from 'lit/decorators.js';
import { createClient, type LoadResult, type MrcClient } from '@mrc-kit/sdk';
import { MrcDataWarningEvent, MrcErrorEvent } from './events.js';
import { MrcElement } from './mrc-element.js';

// One client per dataset URL for the whole page: four widgets pointing at the same file load it once.
const clientsBySrc = new Map<string, MrcClient>();

function clientForSrc(src: string): MrcClient {
  let url: string;
  try {
    url = new URL(src, document.baseURI).href;
  } catch {
    // Not a URL at all: the client's load fails and says so, through the usual error state.
    url = src;
  }
  let client = clientsBySrc.get(url);
  if (!client) {
    client = createClient({ src: url });
    clientsBySrc.set(url, client);
  }
  return client;
}

/** Thrown when an element has no data source at all. */
export class NoSourceError extends Error {
  override name = 'NoSourceError';
}

/**
 * An element that shows data: its source is its own `.client`, else its `src` attribute.
 * Load failures and data warnings are reported as `mrc-error` and `mrc-data-warning` events,
 * once for each load.
 */
export class MrcDataElement extends MrcElement {
  /** URL of a dataset JSON file (`format: "mrc-kit/dataset@1"`), relative to the page. */
  @property() src?: string;

  /** An SDK client (from `createClient`); wins over `src`. */
  @property({ attribute: false }) client?: MrcClient;

  private reported = new WeakSet<object>();

  /** The client in force, by the kit's order of precedence. */
  protected get activeClient(): MrcClient | undefined {
    if (this.client) return this.client;
    if (this.src) return clientForSrc(this.src);
    return undefined;
  }

  /**
   * Loads the data of `client`, reporting problems to the host page as events. A load overtaken by
   * a newer one (`signal` aborted: the source or selection changed meanwhile) reports nothing.
   */
  protected async loadFrom(client: MrcClient | undefined, signal?: AbortSignal): Promise<LoadResult> {
    if (!client) {
      const error = new NoSourceError('No data source: set the src attribute or the client property.');
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
