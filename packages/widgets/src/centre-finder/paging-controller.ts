import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CentreResult } from '@mrc-kit/sdk';

/** Results shown at first, and added by each "show more". */
export const PAGE = 50;

export interface PagingOptions {
  /** How many results the list shows now. */
  shown(): number;
  /** Whether the page asked for has arrived (no search under way). */
  settled(): boolean;
  /** The element near the end of the list whose sighting loads the next page, if any. */
  sentinel(): Element | null | undefined;
}

/**
 * How much of the result list is asked for. Scrolling near the end of the list loads the next
 * page, so a long list reads as one; the "show more" button stays for keyboards and screen readers.
 */
export class PagingController implements ReactiveController {
  /** Results asked for: a whole number of pages. */
  limit = PAGE;
  private observer?: IntersectionObserver;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: PagingOptions,
  ) {
    host.addController(this);
  }

  /** Back to the first page (a new search). */
  reset(): void {
    if (this.limit === PAGE) return;
    this.limit = PAGE;
    this.host.requestUpdate();
  }

  /** One page more. */
  more(): void {
    this.limit += PAGE;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (typeof IntersectionObserver === 'undefined') return;
    this.observer ??= new IntersectionObserver(
      (entries) => {
        // Only once the page asked for is shown, so one sighting loads one more page.
        if (entries.some((e) => e.isIntersecting) && this.options.settled() && this.options.shown() >= this.limit) {
          this.more();
        }
      },
      { rootMargin: '0px 0px 600px 0px' },
    );
    this.observer.disconnect();
    const sentinel = this.options.sentinel();
    if (sentinel) this.observer.observe(sentinel);
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }
}

/** The results in pages of {@link PAGE}, as they arrive. */
export function pagesOf(items: readonly CentreResult[]): CentreResult[][] {
  const pages: CentreResult[][] = [];
  for (let i = 0; i < items.length; i += PAGE) pages.push(items.slice(i, i + PAGE));
  return pages;
}
