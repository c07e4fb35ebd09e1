import type { Audience } from '../model/centre.js';
import { languageOf } from './languages.js';
import { child, children, type Node, type Path, type Report, text } from './read.js';

/** A dataset taxonomy term in the kit's format, before validation. */
export interface RawTerm {
  id: string;
  name: string | Record<string, string>;
  description?: string | Record<string, string>;
}

/** What one HSDS taxonomy term means for a centre. */
export type TermMeaning = { service: string } | { audience: Audience };

/**
 * Words that clearly name one of the kit's default services, in English, French and Spanish.
 * Order matters: "reintegration" is tried before "integration". A term that matches none keeps
 * its own id, so nothing is forced into a category it does not belong to.
 */
const DEFAULT_SERVICES: readonly [string, RegExp][] = [
  ['pre-departure', /\bpre-?departure\b|\bavant (le )?depart\b|\bantes de (la )?salida\b/],
  ['risk-awareness', /\birregular migration\b|\bsafe migration\b|\bmigration risks?\b|\brisks? of migrat/],
  ['regular-migration', /\bregular migration\b|\bvisas?\b|\b(work|residence) permits?\b|\bimmigration procedures?\b/],
  ['reintegration', /\breintegration\b|\breinsercion\b|\breintegracion\b|\breturnees?\b/],
  ['social-integration', /\bintegration\b|\bintegracion\b|\bsocial inclusion\b|\bcultural orientation\b/],
  [
    'skills-training',
    /\btraining\b|\beducation\b|\bvocational\b|\bskills?\b|\blanguage (classes|courses)\b|\besol\b|\bliteracy\b|\bformation\b|\bformacion\b|\bcapacitacion\b/,
  ],
  ['employment', /\bemployment\b|\bjobs?\b|\bemploi\b|\bempleo\b|\blabou?r market\b/],
  ['remittances', /\bremittances?\b|\bmoney transfers?\b|\bremesas?\b/],
  [
    'legal-protection',
    /\blegal\b|\blaw\b|\blawyers?\b|\battorneys?\b|\bjuridique\b|\bjuridic[oa]\b|\btrafficking\b|\bexploitation\b/,
  ],
  ['referral', /\breferrals?\b|\bderivacion\b|\borientation vers\b/],
];

const AUDIENCE_TERMS: readonly [Audience, RegExp][] = [
  ['potential-migrants', /^(potential|prospective) migrants?$/],
  ['asylum-seekers', /^asylum[- ]seekers?$/],
  ['refugees', /^refugees?$/],
  ['returnees', /^returnees?$|^returning migrants?$/],
  ['migrants', /^(migrants?|immigrants?|migrant workers?)$/],
  ['families', /^famil(y|ies)$|^migrant families$/],
];

function plain(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[_/]+/g, ' ').trim();
}

function slug(value: string): string {
  return plain(value)
    .replace(/[^a-z0-9_.:-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.:_]+|[-.:_]+$/g, '');
}

/** Collects the terms of an import: what each HSDS term means, and the dataset's own terms. */
export class Terms {
  /** Terms that are not in the default taxonomy, by kit id. */
  readonly own = new Map<string, RawTerm>();
  /** Where each of the dataset's own terms came from in the input. */
  readonly sources = new Map<string, Path>();
  /** Standalone HSDS terms (from a taxonomy_terms list), by HSDS id, for attributes that only name an id. */
  private readonly byHsdsId = new Map<string, Node>();

  /** Audiences and kit services by term name and code: every service of a large file repeats the same few terms. */
  private readonly defaults = new Map<string, TermMeaning | null>();

  remember(node: Node): void {
    const id = text(node, 'id');
    if (id !== undefined) this.byHsdsId.set(id, node);
  }

  /** The meaning of one HSDS term; a term the kit does not have yet is added to the dataset's own. */
  read(node: Node, report: Report): TermMeaning | undefined {
    const name = text(node, 'name');
    const code = text(node, 'code');
    if (name === undefined) {
      report.skipped(node.path, 'a taxonomy term without a name; left out');
      return undefined;
    }
    const known = this.defaultMeaning(name, code);
    if (known) return known;
    const vocabulary =
      text(node, 'taxonomy') ?? (child(node, 'taxonomy_detail') && text(child(node, 'taxonomy_detail')!, 'name'));
    const local = slug(code ?? name) || slug(text(node, 'id') ?? '');
    if (!local) {
      report.skipped(node.path, 'a taxonomy term without a code, name or id usable as an id; left out');
      return undefined;
    }
    const id = `${slug(vocabulary ?? '') || 'hsds'}:${local}`.slice(0, 128);
    if (!this.own.has(id)) {
      const tag = languageOf(text(node, 'language') ?? '');
      const inLanguage = (t: string) => (tag ? { [tag]: t } : t);
      const description = text(node, 'description');
      this.sources.set(id, node.path);
      this.own.set(id, {
        id,
        name: inLanguage(name),
        ...(description !== undefined && { description: inLanguage(description) }),
      });
    }
    return { service: id };
  }

  /** What a term's name and code mean among the kit's audiences and services, if anything. */
  private defaultMeaning(name: string, code: string | undefined): TermMeaning | undefined {
    const key = `${name}\n${code ?? ''}`;
    let meaning = this.defaults.get(key);
    if (meaning === undefined) {
      const words = plain(`${name} ${code ?? ''}`);
      const audience = AUDIENCE_TERMS.find(([, re]) => re.test(plain(name)))?.[0];
      const service = DEFAULT_SERVICES.find(([, re]) => re.test(words))?.[0];
      meaning = audience ? { audience } : service ? { service } : null;
      this.defaults.set(key, meaning);
    }
    return meaning ?? undefined;
  }

  /** The services and audiences of an HSDS service, from its attributes' taxonomy terms. */
  ofService(service: Node, report: Report): { services: string[]; audiences: Audience[] } {
    const services: string[] = [];
    const audiences: Audience[] = [];
    const termNodes: Node[] = [...children(service, 'taxonomy_terms')];
    for (const attribute of children(service, 'attributes')) {
      const term = child(attribute, 'taxonomy_term');
      const byId = text(attribute, 'taxonomy_term_id');
      const known = byId === undefined ? undefined : this.byHsdsId.get(byId);
      if (term) termNodes.push(term);
      else if (known) termNodes.push(known);
      else if (byId !== undefined)
        report.skipped(attribute.path, `taxonomy term ${JSON.stringify(byId)} is not in the input; left out`);
    }
    for (const node of termNodes) {
      const meaning = this.read(node, report);
      if (meaning && 'service' in meaning && !services.includes(meaning.service)) services.push(meaning.service);
      if (meaning && 'audience' in meaning && !audiences.includes(meaning.audience)) audiences.push(meaning.audience);
    }
    return { services, audiences };
  }
}
