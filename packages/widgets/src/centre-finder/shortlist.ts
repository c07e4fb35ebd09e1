import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { centreStatus, type CentreResult, type Channel } from '@mrc-kit/sdk';
import { renderCentreDetails, type DetailsView } from './centre-details.js';
import { renderDetailsBar } from './details-bar.js';

/**
 * The person's own list of centres, to compare them or print them on one page. It lives only in
 * the page's memory: nothing is stored or sent, so a shared phone keeps no trace of it.
 */
export interface ShortlistView extends Omit<DetailsView, 'shortlisted' | 'onShortlist' | 'inList' | 'onContact'> {
  onContact(channel: Channel, centreId: string): void;
  onRemove(centreId: string): void;
  onClear(): void;
}

export function listCountText(count: number, locale: string): string {
  if (count === 1) return msg('1 centre on your list.', { id: 'finder.shortlist.one' });
  const n = new Intl.NumberFormat(locale).format(count);
  return msg(str`${n} centres on your list.`, { id: 'finder.shortlist.many' });
}

/** Above the results while the list has centres: how many, and the way to see and print them. */
export function renderShortlistBar(count: number, locale: string, onOpen: () => void): TemplateResult {
  return html`<div part="shortlist" class="shortlist-bar no-print">
    <span>${listCountText(count, locale)}</span>
    <button class="secondary" type="button" @click=${onOpen}>
      ${msg('See, print or save my list', { id: 'finder.shortlist.open' })}
    </button>
  </div>`;
}

/** Every centre of the list with its full details, ready to print or save as one document. */
export function renderShortlistView(items: readonly CentreResult[], view: ShortlistView): TemplateResult {
  const level = Math.min(6, Math.max(1, Math.round(view.headingLevel) || 2));
  return html`<section part="shortlist-view" class="shortlist-view" aria-labelledby="shortlist-heading">
    ${renderDetailsBar(
      view,
      html`<button class="secondary" type="button" @click=${view.onClear}>
        ${msg('Clear my list', { id: 'finder.shortlist.clear' })}
      </button>`,
    )}
    <div id="shortlist-heading" class="details-name" role="heading" aria-level=${level} tabindex="-1">
      ${msg('My list of centres', { id: 'finder.shortlist.heading' })}
    </div>
    ${items.map((item, i) =>
      renderCentreDetails(
        // Opening status as of now, not as of when the centre was added.
        { ...item, status: centreStatus(item.centre, view.at) },
        {
          ...view,
          headingLevel: level + 1,
          shortlisted: true,
          onShortlist: () => view.onRemove(item.centre.id),
          onContact: (channel) => view.onContact(channel, item.centre.id),
          inList: { idPrefix: `shortlist-${i}-` },
        },
      ),
    )}
  </section>`;
}
