import { msg } from '@lit/localize';
import { isDefaultTerm, type Audience, type Dataset, type ResolvedText } from '@mrc-kit/sdk';
import { getUiLocale } from './locale.js';
import { textIn } from './texts.js';

/**
 * The kit's own names for its default services and its audiences, in every interface language:
 * they travel with each language's strings (a dataset names them in at most a few languages).
 * A service the dataset added or renamed keeps the dataset's name.
 */
function defaultServiceName(id: string): string | undefined {
  switch (id) {
    case 'pre-departure':
      return msg('Pre-departure information and orientation', { id: 'service.pre-departure' });
    case 'risk-awareness':
      return msg('Risks of irregular migration', { id: 'service.risk-awareness' });
    case 'regular-migration':
      return msg('Regular migration options and procedures', { id: 'service.regular-migration' });
    case 'skills-training':
      return msg('Vocational training, language courses and skills', { id: 'service.skills-training' });
    case 'reintegration':
      return msg('Reintegration of returnees', { id: 'service.reintegration' });
    case 'social-integration':
      return msg('Cultural and social (re)integration', { id: 'service.social-integration' });
    case 'employment':
      return msg('Employment services', { id: 'service.employment' });
    case 'remittances':
      return msg('Remittances', { id: 'service.remittances' });
    case 'legal-protection':
      return msg('Legal advice and help for migrants at risk or exploited', { id: 'service.legal-protection' });
    case 'referral':
      return msg('Referral to specialised services', { id: 'service.referral' });
    default:
      return undefined;
  }
}

function audienceName(audience: Audience): string {
  switch (audience) {
    case 'migrants':
      return msg('Migrants', { id: 'audience.migrants' });
    case 'potential-migrants':
      return msg('People thinking of migrating', { id: 'audience.potential-migrants' });
    case 'returnees':
      return msg('Returnees', { id: 'audience.returnees' });
    case 'families':
      return msg('Families', { id: 'audience.families' });
    case 'asylum-seekers':
      return msg('Asylum seekers', { id: 'audience.asylum-seekers' });
    case 'refugees':
      return msg('Refugees', { id: 'audience.refugees' });
  }
}

/** The interface language, as a text's language: undefined where it is the element's own. */
function uiLang(locale: string): string | undefined {
  const ui = getUiLocale();
  return locale.toLowerCase().split('-')[0] === ui ? undefined : ui;
}

/** A service's name in the element's language ("Employment services"), or its id when the dataset has no such term. */
export function serviceText(
  id: string,
  dataset: Pick<Dataset, 'taxonomy' | 'defaultLocale'>,
  locale: string,
): ResolvedText {
  const term = dataset.taxonomy.find((t) => t.id === id);
  if (!term) return { text: id, lang: undefined };
  const own = isDefaultTerm(term) ? defaultServiceName(id) : undefined;
  return own === undefined ? textIn(term.name, locale, dataset) : { text: own, lang: uiLang(locale) };
}

/** An audience's name in the interface language ("Returnees", "Personas retornadas"). */
export function audienceText(audience: Audience, locale: string): ResolvedText {
  return { text: audienceName(audience), lang: uiLang(locale) };
}
