import { html, LitElement, type PropertyValues, type TemplateResult } from 'lit';
import { ClientProvider } from '../base/client-context.js';
import { clientOfAttributes } from '../base/clients.js';
import { SourceAttributes } from '../base/source-attributes.js';
import { providerStyles } from './provider.styles.js';

/**
 * Gives one data source to every mrc element inside it, so a page with several elements names its
 * data once and loads it once. Its `lang`, like any ancestor's, sets the language of the elements
 * inside. An element's own `client`, `src`, `api` or `hsds` still wins over the provider's.
 *
 * @tagname mrc-provider
 * @summary One data source and language for the mrc elements inside it.
 *
 * @slot - The mrc elements (and any other content) to give the data to.
 */
export class MrcProvider extends SourceAttributes(LitElement) {
  static override styles = providerStyles;

  private provider = new ClientProvider(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    this.provider.set(this.client ?? clientOfAttributes(this));
  }

  // The client is known before the first render, so elements inside never see "no source".
  override connectedCallback(): void {
    this.provider.set(this.client ?? clientOfAttributes(this));
    super.connectedCallback();
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
