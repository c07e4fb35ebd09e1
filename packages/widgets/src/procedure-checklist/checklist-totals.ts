import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { Cost, CostTotals } from '@mrc-kit/sdk';
import { formatAlternatives, formatMoney } from './checklist-format.js';

/** The total of the required costs per currency, then each choice between alternatives not yet made. */
export function renderTotals({ totals, choices }: CostTotals, locale: string): TemplateResult | typeof nothing {
  if (totals.length + choices.length === 0) return nothing;
  const money = (cost: Cost | undefined) =>
    cost ? formatMoney(cost.amount, cost.currency, locale) : msg('nothing', { id: 'checklist.free' });
  return html`<div part="totals" class="totals">
    <p class="fact-label">${msg('Total of the required costs', { id: 'checklist.total' })}</p>
    <ul>
      ${totals.map((t) => {
        const amount = formatMoney(t.amount, t.currency, locale);
        return html`<li class="money">
          ${t.atLeast ? msg(str`at least ${amount}`, { id: 'checklist.at-least' }) : amount}
        </li>`;
      })}
      ${choices.map((costs) => {
        const alternatives = formatAlternatives(costs.map(money), locale);
        return html`<li class="money choice">
          ${
            totals.length > 0
              ? msg(str`plus, depending on your choice, ${alternatives}`, { id: 'checklist.choice-plus' })
              : msg(str`depending on your choice, ${alternatives}`, { id: 'checklist.choice' })
          }
        </li>`;
      })}
    </ul>
    <p class="note">
      ${msg('Optional steps are not counted. Where you can choose between steps, the cheapest counts until you tick the one you did.', { id: 'checklist.total-note' })}
    </p>
  </div>`;
}
