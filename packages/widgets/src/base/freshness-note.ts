import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { isKeptCopy, type LoadResult } from '@mrc-kit/sdk';

type Freshness = LoadResult['freshness'];

/**
 * The day of a moment as the reader lives it, in their locale ("15 November 2026"): a copy saved at
 * 03:00 UTC on the 16th was saved on the 15th in Guatemala. `timeZone`: the reader's own by default.
 * (Here rather than in format.ts, so that an element that formats no other date loads none of it.)
 */
export function formatDay(at: Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', ...(timeZone && { timeZone }) }).format(at);
}

/** The reader's day the kept copy dates from ("15 November 2026"), or undefined when the data is current. */
export function keptCopyDay(freshness: Freshness, locale: string): string | undefined {
  return freshness && isKeptCopy(freshness) ? formatDay(freshness.fetchedAt, locale) : undefined;
}

/**
 * Says, at the top of every element, when the information shown is a kept copy and from which day:
 * one that stands in for a request that failed, or one shown while the request is still under way.
 * A status, not an alert: it is read once when it appears, never again on each render.
 */
export function renderFreshnessNote(freshness: Freshness, locale: string): TemplateResult | typeof nothing {
  const day = keptCopyDay(freshness, locale);
  if (!freshness || day === undefined) return nothing;
  let text: string;
  if (freshness.staleReason === undefined) {
    text = msg(str`Information from ${day}; checking for an update…`, { id: 'common.kept.checking' });
  } else if (typeof navigator !== 'undefined' && navigator.onLine === false) {
    text = msg(str`You seem to be offline. This information dates from ${day}.`, { id: 'common.kept.offline' });
  } else {
    text = msg(str`This information could not be updated. It dates from ${day}.`, { id: 'common.kept.stale' });
  }
  const kind = freshness.staleReason === undefined ? 'checking' : 'stale';
  return html`<p part="message freshness" class="message freshness ${kind}" role="status">${text}</p>`;
}
