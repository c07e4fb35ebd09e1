import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { centreStatus, type CentreResult, type Channel } from '@mrc-kit/sdk';
import { renderCentreDetails, type DetailsView } from './centre-details.js';
import { renderDetailsBar } from './details-bar.js';
import type { ShortlistController } from './shortlist-controller.js';
export { styles } from './finder-side.styles.js';

// This module and what it imports load on demand, when the person opens a centre or their list.

/** The person's list (see shortlist.ts), as the finder shows it beside or instead of the results. */
interface ShortlistView extends Omit<DetailsView, 'shortlisted' | 'onShortlist' | 'inList' | 'onContact'> {
  onContact(channel: Channel, centreId: string): void;
  onRemove(centreId: string): void;
  onClear(): void;
}

/** Every centre of the list with its full details, ready to print or save as one document. */
function renderShortlistView(items: readonly CentreResult[], view: ShortlistView): TemplateResult {
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

type SideView = Omit<ShortlistView, 'onRemove' | 'onClear'>;

/**
 * What shows beside the list (or instead of it, on a narrow screen): the person's list when it is
 * open, else the selected centre's details, else nothing.
 */
export function renderSide(
  selected: CentreResult | undefined,
  shortlist: ShortlistController,
  view: SideView,
): TemplateResult | typeof nothing {
  if (shortlist.showing && shortlist.items.length > 0) {
    return renderShortlistView(shortlist.items, {
      ...view,
      onBack: () => shortlist.show(false),
      onRemove: (id) => shortlist.remove(id),
      onClear: () => shortlist.clear(),
    });
  }
  if (!selected) return nothing;
  return renderCentreDetails(selected, {
    ...view,
    shortlisted: shortlist.has(selected.centre.id),
    onShortlist: () => shortlist.toggle(selected),
    onContact: (channel) => view.onContact(channel, selected.centre.id),
  });
}
