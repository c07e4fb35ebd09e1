import {
  adoptStyles,
  html,
  supportsAdoptingStyleSheets,
  type CSSResult,
  type nothing,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { msg } from '@lit/localize';
import { MrcErrorEvent } from './events.js';
import { renderLoadError } from './states.js';

/** What an element shows for a part whose code loads on demand. */
export interface LazyView<M, R extends TemplateResult | typeof nothing> {
  /** The part, once its code is here. */
  complete: (module: M) => R;
  /** While the code is on its way (a moment at most on a revisit: the browser keeps it). Default: placeholders. */
  pending?: () => TemplateResult;
}

// The elements waiting for a part, each with the load it waits for: their `updateComplete` waits too.
const waiting = new WeakMap<ReactiveElement, Promise<unknown>>();

/**
 * A part of an element that is not on its first screen (a centre's details, a quiz's results), in
 * a chunk of its own that loads when the person gets there, or a little before (`preload()`).
 * Loaded once for the whole page; an element waiting for it renders again when it arrives. A chunk
 * that fails to load gives the element's error state and "Try again", never a throw at the page.
 * The part's module may export its own `styles`, which join the element's when it first shows.
 */
export class LazyPart<M> {
  private module?: M;
  private loading?: Promise<void>;
  private failure?: { error: unknown };
  private hosts = new Set<ReactiveElement>();
  private styled = new WeakSet<ReactiveElement>();

  /** `source`: what the `mrc-error` event names as the source, when the code cannot be loaded. */
  constructor(
    private readonly load: () => Promise<M>,
    private readonly source = 'code',
  ) {}

  /** The part's module, once it is here. */
  get loaded(): M | undefined {
    return this.module;
  }

  /** Starts loading the part's code, if it is not here or on its way; never throws. */
  preload(): Promise<void> {
    if (this.module !== undefined) return Promise.resolve();
    this.failure = undefined;
    this.loading ??= this.load().then(
      (module) => {
        this.module = module;
        this.wake();
      },
      (error: unknown) => {
        this.failure = { error };
        this.loading = undefined;
        for (const host of this.hosts)
          host.dispatchEvent(
            new MrcErrorEvent({
              message: `Part of the element could not be loaded: ${String(error)}`,
              source: this.source,
              error,
            }),
          );
        this.wake();
      },
    );
    return this.loading;
  }

  /** The part in `host`'s render: the part itself, placeholders while it loads, or the error state. */
  render<R extends TemplateResult | typeof nothing>(host: ReactiveElement, view: LazyView<M, R>): R | TemplateResult {
    if (this.module !== undefined) {
      this.style(host);
      return view.complete(this.module);
    }
    this.hosts.add(host);
    if (this.failure) {
      return renderLoadError(
        msg('This part of the page could not be loaded.', { id: 'common.part-error' }),
        this.failure.error,
        () => {
          void this.preload();
          host.requestUpdate();
        },
      );
    }
    waiting.set(host, this.preload());
    return view.pending?.() ?? placeholders;
  }

  /** The part's own styles (a module's `styles`), added to the element's once, before it shows. */
  private style(host: ReactiveElement): void {
    const { styles } = this.module as { styles?: CSSResult };
    const root = host.renderRoot;
    if (!styles || this.styled.has(host) || !(root instanceof ShadowRoot)) return;
    this.styled.add(host);
    if (supportsAdoptingStyleSheets) root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    // Without constructable style sheets: a <style> element, as Lit gives the element's own.
    else adoptStyles(root, [styles]);
  }

  private wake(): void {
    for (const host of this.hosts) {
      waiting.delete(host);
      host.requestUpdate();
    }
    this.hosts.clear();
  }
}

const placeholders = html`<div part="message" class="message loading" aria-busy="true">
  <span class="skeleton line wide" aria-hidden="true"></span>
  <span class="skeleton line" aria-hidden="true"></span>
</div>`;

/** Settles once no part `host` renders is on its way (for the element's `updateComplete`). */
export async function lazyPartsOf(host: ReactiveElement): Promise<boolean> {
  const load = waiting.get(host);
  if (!load) return false;
  await load;
  return true;
}
