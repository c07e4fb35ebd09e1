import { getUiLocale } from './locale.js';

/** The plural forms a counted sentence has in the kit's interface languages (CLDR categories). */
export interface PluralForms<T> {
  one: () => T;
  two: () => T;
  few: () => T;
  many: () => T;
  other: () => T;
}

const rules = new Map<string, Intl.PluralRules>();

/**
 * The form of a counted sentence ("1 centre found", "3 centres found", Russian "3 центра", "5
 * центров") that `count` takes by CLDR's rules for the interface language in force: the language of
 * the strings on screen, which may differ from the content language while a locale file loads.
 * A language that lacks a form never reaches it; Arabic's "zero" is said by each sentence's own
 * wording for none ("No centre found."), so it takes "other" here.
 */
export function plural<T>(count: number, forms: PluralForms<T>): T {
  const locale = getUiLocale();
  let rule = rules.get(locale);
  if (!rule) {
    rule = new Intl.PluralRules(locale);
    rules.set(locale, rule);
  }
  const category = rule.select(count);
  return (category === 'zero' ? forms.other : forms[category])();
}
