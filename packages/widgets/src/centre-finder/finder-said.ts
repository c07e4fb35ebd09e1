import { msg, str } from '@lit/localize';
import { copyOutcome } from '../base/channels.js';
import { countText } from './result-texts.js';
import { listCountText } from './shortlist.js';
import type { ShortlistNote } from './shortlist-controller.js';

/** What the finder's live region says, as values: the words are chosen at render time, in the reader's language. */
export type Said = { total: number } | { copied: { ok: boolean; number: string } } | ShortlistNote;

export function saidText(said: Said, locale: string): string {
  if ('total' in said) return countText(said.total, locale);
  if ('copied' in said) return copyOutcome(said.copied);
  if (said.change === 'cleared') return msg('Your list is now empty.', { id: 'finder.shortlist.cleared' });
  const count = listCountText(said.count, locale);
  return said.change === 'added'
    ? msg(str`Added to your list. ${count}`, { id: 'finder.shortlist.added' })
    : msg(str`Removed from your list. ${count}`, { id: 'finder.shortlist.removed' });
}
