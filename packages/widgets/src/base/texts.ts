import { nothing } from 'lit';
import { resolveTextWithLang, type Dataset, type LocalizedText, type ResolvedText } from '@mrc-kit/sdk';
import { directionOf } from './locale.js';

/** A dataset text in the element's language, with the language it is really in (fallbacks included). */
export function textIn(
  value: LocalizedText | undefined,
  locale: string,
  dataset: Pick<Dataset, 'defaultLocale'>,
): ResolvedText {
  return resolveTextWithLang(value, locale, [dataset.defaultLocale]);
}

/** The direction attribute of a text in its own language (French inside Arabic stays left to right). */
export function dirOf(lang: string | undefined) {
  return lang ? directionOf(lang) : nothing;
}
