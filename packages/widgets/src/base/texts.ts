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

/**
 * The language all of several texts are in, or undefined when they differ: a list whose items share
 * one (English inside a Persian page) takes it, so that it reads as one run in its own direction.
 */
export function sharedLang(texts: readonly ResolvedText[]): string | undefined {
  const first = texts[0]?.lang;
  return texts.every((t) => t.lang === first) ? first : undefined;
}
