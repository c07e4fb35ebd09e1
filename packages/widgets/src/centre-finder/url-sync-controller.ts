import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { readUrlState, writeUrlState, type UrlState } from './url-state.js';

// This module loads on demand, on pages that keep the finder's search in the address (sync-url),
// with the reading of the address that the finder's first render uses.
export { readUrlState };

/** How long the words typed wait before they reach the address. */
export const URL_TEXT_PAUSE_MS = 1000;

export interface UrlSyncOptions {
  /** Whether the search is kept in the address (read when the host connects). */
  enabled(): boolean;
  /** The search as it is now. */
  state(): UrlState;
  /** Takes the search from the address: what the address leaves out is for the host to fill. */
  apply(state: Partial<UrlState>): void;
}

const SEARCH_FIELDS = ['services', 'audiences', 'languages', 'kinds', 'openNow', 'country', 'region'] as const;

/**
 * Keeps the search, filters and selected centre in the page's address (never the position), so a
 * link can be shared and the back button works. Opening a centre is a new history entry; the rest
 * replaces the current one; words typed are written only after a pause.
 */
export class UrlSyncController implements ReactiveController {
  private applied = false;
  /** While the address is being read (load, back, forward), nothing is written back. */
  private reading = false;
  private pushedSelection = false;
  private written?: UrlState;
  private textTimer?: ReturnType<typeof setTimeout>;
  private readonly onPopState = () => this.read();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: UrlSyncOptions,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    if (!this.options.enabled()) return;
    this.read();
    window.addEventListener('popstate', this.onPopState);
  }

  hostDisconnected(): void {
    clearTimeout(this.textTimer);
    window.removeEventListener('popstate', this.onPopState);
  }

  /**
   * "Back to the list": with the address kept, the browser's own back when opening the centre
   * made a history entry, so history and address stay true. False: the host closes it itself.
   */
  back(): boolean {
    if (!this.options.enabled() || !this.pushedSelection) return false;
    this.pushedSelection = false;
    window.history.back();
    return true;
  }

  /** Takes the search from the address: on load, and when the person goes back or forward. */
  private read(): void {
    const state = readUrlState(window.location.search);
    this.options.apply(state);
    if (!state.centre) this.pushedSelection = false;
    this.reading = true;
    this.applied = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.applied || !this.options.enabled()) return;
    const now = this.options.state();
    const before = this.written;
    this.written = now;
    // What was read renders once without being written back; then writing resumes.
    if (this.reading || !before) {
      this.reading = false;
      return;
    }
    if (now.centre !== before.centre) {
      // Only going from the list to a centre is a new history entry.
      this.write(before.centre === undefined && now.centre !== undefined);
    } else if (SEARCH_FIELDS.some((field) => JSON.stringify(now[field]) !== JSON.stringify(before[field]))) {
      this.write(false);
    } else if (now.text !== before.text) {
      // Words typed reach the address only after a pause: partial words would otherwise pile up in
      // the history of a shared phone and in the host's analytics.
      clearTimeout(this.textTimer);
      this.textTimer = setTimeout(() => this.write(false), URL_TEXT_PAUSE_MS);
    }
  }

  private write(push: boolean): void {
    const search = writeUrlState(window.location.search, this.options.state());
    if (search === window.location.search) return;
    const url = `${window.location.pathname}${search}${window.location.hash}`;
    if (push) {
      window.history.pushState(null, '', url);
      this.pushedSelection = true;
    } else window.history.replaceState(null, '', url);
  }
}
