import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * The one live region of an element and what it says. Announcements are values (what happened), not
 * words: the element turns them into text in its `render()`, so they follow a change of language.
 *
 * - `say()` speaks now; the same words said twice are heard twice (the region is emptied for one
 *   update first, or screen readers would stay silent).
 * - `show()` puts a state in the region that stays until it changes (a verdict, "choose an answer
 *   first"): the same words again are not heard again.
 * - `sayAfterPause()` speaks once calls stop coming for a while (a count while the person types).
 * - `clearAfter` empties the region later, so a message that comes back is heard again.
 */
export class Announcer<T> implements ReactiveController {
  private value?: T;
  private timer?: ReturnType<typeof setTimeout>;
  private clearTimer?: ReturnType<typeof setTimeout>;
  // Each call wins over the ones before it, even over a say() still waiting for its update.
  private turn = 0;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** What the region says now, if anything. */
  get current(): T | undefined {
    return this.value;
  }

  say(value: T, options: { clearAfter?: number } = {}): void {
    const turn = this.cancel();
    this.set(undefined);
    void this.host.updateComplete.then(() => {
      if (turn !== this.turn) return;
      this.set(value);
      if (options.clearAfter !== undefined) {
        this.clearTimer = setTimeout(() => {
          if (this.value === value) this.set(undefined);
        }, options.clearAfter);
      }
    });
  }

  show(value: T): void {
    this.cancel();
    this.set(value);
  }

  sayAfterPause(value: T, pause: number): void {
    this.cancel();
    this.timer = setTimeout(() => this.set(value), pause);
  }

  /** Empties the region and drops anything waiting to be said. */
  clear(): void {
    this.cancel();
    this.set(undefined);
  }

  /** An element taken out of the page drops what it had to say: moved elsewhere, it starts quiet. */
  hostDisconnected(): void {
    this.clear();
  }

  /** The live region, polite and visually hidden, saying `text(current)`. */
  render(text: (value: T) => string): TemplateResult {
    const said = this.value === undefined ? '' : text(this.value);
    return html`<div class="visually-hidden" role="status" aria-live="polite">${said}</div>`;
  }

  private set(value: T | undefined): void {
    if (this.value === value) return;
    this.value = value;
    this.host.requestUpdate();
  }

  private cancel(): number {
    clearTimeout(this.timer);
    clearTimeout(this.clearTimer);
    return ++this.turn;
  }
}
