import { LitElement, isServer } from 'lit';
import { state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { canonicalLanguage, directionOf, setUiLanguage } from './locale.js';
import { DEV, devWarn } from './dev.js';
import { lazyPartsOf } from './lazy-part.js';

/**
 * The nearest valid `lang` of an element, looking through shadow roots to their hosts; `explicit`
 * is false when it comes from the document itself.
 */
function inheritedLang(from: Element): { lang: string; explicit: boolean } {
  let node: Element | null = from;
  while (node) {
    const lang = canonicalLanguage(node.getAttribute('lang') ?? '');
    if (lang) return { lang, explicit: node !== document.documentElement };
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return { lang: 'en', explicit: false };
}

// One observer for the whole page: a `lang` change on the document or any wrapper re-reads the
// language of every mrc element, without an observer per element on the whole tree.
const connected = new Set<MrcElement>();
let pageObserver: MutationObserver | undefined;

function watchPage(element: MrcElement): void {
  connected.add(element);
  if (pageObserver) return;
  pageObserver = new MutationObserver(() => {
    for (const el of connected) el.refreshLanguage();
  });
  pageObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
}

function unwatchPage(element: MrcElement): void {
  connected.delete(element);
  if (connected.size === 0) {
    pageObserver?.disconnect();
    pageObserver = undefined;
  }
}

/**
 * The base of every mrc element: a typed `emit()`, and the element's language and direction.
 *
 * The language comes from the element's own `lang`, else the nearest ancestor's, else the
 * document's. It decides which dataset texts show (`locale`) and the writing direction (`dir`);
 * the UI strings follow it through the kit's private @lit/localize.
 */
export class MrcElement extends LitElement {
  /** The content language in force, a BCP 47 tag such as `es-MX`. */
  @state() protected locale = 'en';

  /** Writing direction of `locale`; applied to the element's inner root, whatever the host page sets. */
  @state() protected direction: 'ltr' | 'rtl' = 'ltr';

  // Its own `lang` is watched apart: an element inside another component's shadow root is out of
  // the page observer's reach.
  private ownLangObserver?: MutationObserver;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.refreshLanguage();
    watchPage(this);
    this.ownLangObserver ??= new MutationObserver(() => this.refreshLanguage());
    this.ownLangObserver.observe(this, { attributes: true, attributeFilter: ['lang'] });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (isServer) return;
    this.ownLangObserver?.disconnect();
    unwatchPage(this);
    setUiLanguage(this, undefined);
  }

  /** Re-reads the language from the element and its ancestors. */
  refreshLanguage(): void {
    const { lang, explicit } = inheritedLang(this);
    this.locale = lang;
    this.direction = directionOf(lang);
    setUiLanguage(this, explicit ? lang : undefined);
  }

  // A part whose code loads on demand (a centre's details, say) belongs to the update that shows it.
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (await lazyPartsOf(this)) done = await super.getUpdateComplete();
    return done;
  }

  /** Dispatches one of the kit's events from this element. */
  protected emit<E extends Event>(event: E): E {
    if (DEV) explainInConsole(this.localName, event);
    this.dispatchEvent(event);
    return event;
  }
}

/** In development, a load failure or data warning is also said in the console, with its details. */
function explainInConsole(tag: string, event: Event): void {
  const detail = (event as Partial<CustomEvent>).detail as Record<string, unknown> | undefined;
  if (event.type === 'mrc-error') devWarn(tag, `${String(detail?.message)}`, detail?.error);
  if (event.type === 'mrc-data-warning') {
    const warnings = (detail?.warnings ?? []) as unknown[];
    devWarn(tag, `${warnings.length} problem(s) in the data of ${String(detail?.source)}`, warnings);
  }
}
