import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';

/**
 * The bar above a centre's details and above the person's list: back to the list, print or save,
 * then the view's own button.
 */
export function renderDetailsBar(view: { onBack(): void; onPrint(): void }, extra: TemplateResult): TemplateResult {
  return html`<div class="details-bar no-print">
    <button part="back" class="secondary" type="button" @click=${view.onBack}>
      ${msg('Back to the list', { id: 'finder.back' })}
    </button>
    <button part="print" class="secondary" type="button" @click=${view.onPrint}>
      ${msg('Print or save', { id: 'finder.print' })}
    </button>
    ${extra}
  </div>`;
}
