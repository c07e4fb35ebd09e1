import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { ResolvedText } from '@mrc-kit/sdk';
import { dirOf } from './texts.js';

/** Said after the text of every link that opens a new tab, to screen readers only, in the interface's language. */
export function newTabNote(): TemplateResult {
  return html`<span class="visually-hidden"> ${msg('(opens in a new tab)', { id: 'common.new-tab' })}</span>`;
}

/**
 * A link to a web page (a claim's source, a page of help) in a new tab, so that following it never
 * loses what the person was doing; `href` has passed the safe-link checks. The title keeps its own
 * language.
 */
export function externalLink(href: string, title: ResolvedText, part?: string): TemplateResult {
  return html`<a part=${part ?? nothing} href=${href} target="_blank" rel="noopener noreferrer"
    ><span lang=${title.lang ?? nothing} dir=${dirOf(title.lang)}>${title.text}</span>${newTabNote()}</a
  >`;
}
