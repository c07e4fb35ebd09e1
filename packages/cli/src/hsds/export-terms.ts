import { MRC_HSDS_SCHEMES, MRC_HSDS_TERMS, type Audience, type OpeningHours, type TaxonomyTerm } from '@mrc-kit/sdk';
import { present, textIn, type Context, type Rec } from './export-context.js';
import { uuidFor } from './uuid.js';

/** The HSDS names of the audiences, which the SDK importer reads back as the same audiences. */
const HSDS_AUDIENCES: Record<Audience, string> = {
  migrants: 'Migrants',
  'potential-migrants': 'Potential migrants',
  returnees: 'Returnees',
  families: 'Families',
  'asylum-seekers': 'Asylum seekers',
  refugees: 'Refugees',
};

/** A service term as an HSDS taxonomy term (which requires a description: the name when there is none). */
export function termOf(id: string, term: TaxonomyTerm | undefined, ctx: Context): Rec {
  const name = textIn(term?.name, ctx) ?? id;
  return {
    id: uuidFor('taxonomy_term', id),
    code: id,
    name,
    description: textIn(term?.description, ctx) ?? name,
    taxonomy: MRC_HSDS_SCHEMES.centre,
  };
}

/** An attribute linking a service to a taxonomy term; `value` carries what the term alone cannot. */
export function attribute(owner: string, serviceId: string, term: Rec, value?: string): Rec {
  return present({
    id: uuidFor('attribute', owner, term.code as string),
    link_id: serviceId,
    link_type: 'service_category',
    link_entity: 'service',
    taxonomy_term_id: term.id,
    taxonomy_term: term,
    value,
  });
}

export const audienceTerm = (audience: Audience): Rec => ({
  id: uuidFor('taxonomy_term', 'audience', audience),
  code: audience,
  name: HSDS_AUDIENCES[audience],
  description: HSDS_AUDIENCES[audience],
  taxonomy: MRC_HSDS_SCHEMES.audience,
});

const TIME_ZONE_TERM: Rec = {
  id: uuidFor('taxonomy_term', MRC_HSDS_TERMS.timeZone),
  code: MRC_HSDS_TERMS.timeZone,
  name: 'Time zone',
  description: 'The IANA time zone of the opening hours, such as Africa/Dakar (the value of the attribute)',
  taxonomy: MRC_HSDS_SCHEMES.centre,
};

/** The attribute that keeps the IANA time zone of the hours, when there are hours. */
export const zoneAttribute = (owner: string, serviceId: string, hours: OpeningHours | undefined): Rec[] =>
  hours ? [attribute(owner, serviceId, TIME_ZONE_TERM, hours.timeZone)] : [];

export const HOTLINE_TERM: Rec = {
  id: uuidFor('taxonomy_term', MRC_HSDS_TERMS.hotline),
  code: MRC_HSDS_TERMS.hotline,
  name: 'Hotline',
  description: 'A telephone helpline: a service reached by phone, with no place to visit',
  taxonomy: MRC_HSDS_SCHEMES.centre,
};
