import { nothing, type TemplateResult } from 'lit';
import type { CentreResult } from '@mrc-kit/sdk';
import { renderCentreDetails } from './centre-details.js';
import { renderShortlistView, type ShortlistView } from './shortlist.js';
import type { ShortlistController } from './shortlist-controller.js';

export type SideView = Omit<ShortlistView, 'onRemove' | 'onClear'>;

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
