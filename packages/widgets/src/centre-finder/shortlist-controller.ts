import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { CentreResult } from '@mrc-kit/sdk';

/** What changed on the person's list, to be said (in words chosen at render time). */
export type ShortlistNote = { change: 'added' | 'removed'; count: number } | { change: 'cleared' };

export interface ShortlistOptions {
  /** The list changed: say so. */
  onNote(note: ShortlistNote): void;
  /** The list's view opened or closed (after the update that shows it): move the focus. */
  onViewChange(showing: boolean): void;
}

/**
 * The person's own list of centres, to see and print together. It lives only in the page's
 * memory: nothing is stored or sent, so a shared phone keeps no trace of it.
 */
export class ShortlistController implements ReactiveController {
  items: readonly CentreResult[] = [];
  /** Whether the list's view is open. */
  showing = false;
  private viewChanged = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: ShortlistOptions,
  ) {
    host.addController(this);
  }

  has(centreId: string): boolean {
    return this.items.some((r) => r.centre.id === centreId);
  }

  /** Adds the centre, or removes it when it is on the list already. */
  toggle(result: CentreResult): void {
    const id = result.centre.id;
    const on = !this.has(id);
    this.items = on ? [...this.items, result] : this.items.filter((r) => r.centre.id !== id);
    this.options.onNote({ change: on ? 'added' : 'removed', count: this.items.length });
    if (this.items.length === 0) this.show(false);
    this.host.requestUpdate();
  }

  remove(centreId: string): void {
    const result = this.items.find((r) => r.centre.id === centreId);
    if (result) this.toggle(result);
  }

  clear(): void {
    this.items = [];
    this.show(false);
    this.options.onNote({ change: 'cleared' });
    this.host.requestUpdate();
  }

  /** Opens or closes the list's view. */
  show(showing: boolean): void {
    if (this.showing === showing) return;
    this.showing = showing;
    this.viewChanged = true;
    this.host.requestUpdate();
  }

  hostUpdated(): void {
    if (!this.viewChanged) return;
    this.viewChanged = false;
    this.options.onViewChange(this.showing);
  }
}
