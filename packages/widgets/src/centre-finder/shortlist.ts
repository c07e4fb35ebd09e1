import { html, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { plural } from '../base/plural.js';

/**
 * The person's own list of centres, to compare them or print them on one page. It lives only in
 * the page's memory: nothing is stored or sent, so a shared phone keeps no trace of it. The list
 * itself, with every centre's details, is in finder-side.ts.
 */
export function listCountText(count: number, locale: string): string {
  const n = new Intl.NumberFormat(locale).format(count);
  return plural(count, {
    one: () => msg(str`${n} centre on your list.`, { id: 'finder.shortlist.one' }),
    two: () => msg(str`${n} centres on your list.`, { id: 'finder.shortlist.two' }),
    few: () => msg(str`${n} centres on your list.`, { id: 'finder.shortlist.few' }),
    many: () => msg(str`${n} centres on your list.`, { id: 'finder.shortlist.many' }),
    other: () => msg(str`${n} centres on your list.`, { id: 'finder.shortlist.other' }),
  });
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
