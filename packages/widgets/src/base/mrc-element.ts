import { LitElement, isServer } from 'lit';
import { state } from 'lit/decorators.js';
import { updateWhenLocaleChanges } from '@lit/localize';
import { directionOf, requestUiLocale } from './locale.js';

/** The nearest `lang` of an element, looking through shadow roots to their hosts. */
function inheritedLang(from: Element): { lang: string; explicit: boolean } {
  let node: Element | null = from;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return { lang, explicit: node !== document.documentElement };
    const parent: Element | null = node.parentElement;
    node = parent ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return { lang: 'en', explicit: false };
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

  private langObserver?: MutationObserver;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (isServer) return;
    this.refreshLanguage();
    this.langObserver ??= new MutationObserver(() => this.refreshLanguage());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.langObserver.observe(this, options);
    this.langObserver.observe(document.documentElement, options);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.langObserver?.disconnect();
  }

  private refreshLanguage(): void {
    const { lang, explicit } = inheritedLang(this);
    this.locale = lang;
    this.direction = directionOf(lang);
    requestUiLocale(lang, explicit);
  }

  /** Dispatches one of the kit's events from this element. */
  protected emit<E extends Event>(event: E): E {
    this.dispatchEvent(event);
    return event;
  }
}
