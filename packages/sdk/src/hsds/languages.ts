import { isLanguageTag } from '../model/text.js';
import { quote, type Node, type Report, text } from './read.js';

/**
 * ISO 639-2/3 codes of languages that also have a two-letter code: BCP 47 requires the two-letter
 * one, and a reader filtering on "ar" must find a centre published with "ara".
 */
// prettier-ignore
const THREE_TO_TWO: Readonly<Record<string, string>> = {
  eng: 'en', spa: 'es', fra: 'fr', fre: 'fr', ara: 'ar', por: 'pt', deu: 'de', ger: 'de', ita: 'it',
  rus: 'ru', zho: 'zh', chi: 'zh', urd: 'ur', hin: 'hi', ben: 'bn', pus: 'ps', fas: 'fa', per: 'fa',
  tur: 'tr', ukr: 'uk', pol: 'pl', ron: 'ro', rum: 'ro', som: 'so', amh: 'am', tir: 'ti', swa: 'sw',
  hau: 'ha', yor: 'yo', ibo: 'ig', wol: 'wo', ful: 'ff', tgl: 'tl', vie: 'vi', kor: 'ko', jpn: 'ja',
  nep: 'ne', pan: 'pa', tam: 'ta', kur: 'ku', heb: 'he', ell: 'el', gre: 'el', nld: 'nl', dut: 'nl',
  slk: 'sk', slo: 'sk', ces: 'cs', cze: 'cs', hrv: 'hr', srp: 'sr', bos: 'bs', sqi: 'sq', alb: 'sq',
  bul: 'bg', hun: 'hu', kin: 'rw', lin: 'ln', mlg: 'mg', hat: 'ht', msa: 'ms', may: 'ms', ind: 'id',
  tha: 'th', khm: 'km', mya: 'my', bur: 'my', uzb: 'uz', tgk: 'tg', kaz: 'kk', aze: 'az', kat: 'ka',
  geo: 'ka', hye: 'hy', arm: 'hy', snd: 'sd', sin: 'si', bam: 'bm',
};

/** Language names (in English and as their speakers write them) that name one language only. */
// prettier-ignore
const NAMES: Readonly<Record<string, string>> = {
  english: 'en', spanish: 'es', español: 'es', castellano: 'es', french: 'fr', français: 'fr',
  arabic: 'ar', 'العربية': 'ar', portuguese: 'pt', português: 'pt', german: 'de', deutsch: 'de',
  italian: 'it', italiano: 'it', russian: 'ru', русский: 'ru', urdu: 'ur', 'اردو': 'ur', hindi: 'hi',
  bengali: 'bn', bangla: 'bn', pashto: 'ps', dari: 'prs', farsi: 'fa', persian: 'fa', turkish: 'tr',
  türkçe: 'tr', ukrainian: 'uk', українська: 'uk', polish: 'pl', polski: 'pl', romanian: 'ro',
  somali: 'so', amharic: 'am', tigrinya: 'ti', swahili: 'sw', kiswahili: 'sw', hausa: 'ha',
  yoruba: 'yo', igbo: 'ig', wolof: 'wo', fula: 'ff', fulani: 'ff', pulaar: 'ff', tagalog: 'tl',
  filipino: 'fil', vietnamese: 'vi', korean: 'ko', japanese: 'ja', nepali: 'ne', punjabi: 'pa',
  tamil: 'ta', kurdish: 'ku', hebrew: 'he', greek: 'el', dutch: 'nl', slovak: 'sk', czech: 'cs',
  croatian: 'hr', serbian: 'sr', bosnian: 'bs', albanian: 'sq', bulgarian: 'bg', hungarian: 'hu',
  kinyarwanda: 'rw', lingala: 'ln', malagasy: 'mg', 'haitian creole': 'ht', kreyòl: 'ht', malay: 'ms',
  indonesian: 'id', thai: 'th', khmer: 'km', burmese: 'my', uzbek: 'uz', tajik: 'tg', kazakh: 'kk',
  azerbaijani: 'az', georgian: 'ka', armenian: 'hy', sindhi: 'sd', sinhala: 'si', bambara: 'bm',
  'k’iche’': 'quc', "k'iche'": 'quc', kiche: 'quc', mam: 'mam', "q'eqchi'": 'kek', kaqchikel: 'cak',
  'british sign language': 'bfi', 'american sign language': 'ase',
};

/** A language code as BCP 47 wants it: `EN` → `en`, `eng` → `en`, `es_MX` → `es-MX`. */
function fromCode(code: string): string | undefined {
  const parts = code.replace(/_/g, '-').split('-');
  const first = (parts[0] ?? '').toLowerCase();
  const primary = THREE_TO_TWO[first] ?? first;
  const rest = parts
    .slice(1)
    .map((p) =>
      p.length === 2 ? p.toUpperCase() : p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p,
    );
  const tag = [primary, ...rest].join('-');
  return isLanguageTag(tag) && /^[a-z]{2,3}$/.test(primary) ? tag : undefined;
}

/**
 * The BCP 47 tag of one HSDS language: from its `code` (ISO 639-1 or 639-3), else from a `name`
 * that names one language only. Anything else is reported, never guessed.
 */
function readLanguage(node: Node, report: Report): string | undefined {
  const code = text(node, 'code');
  const name = text(node, 'name');
  if (code !== undefined) {
    const tag = fromCode(code);
    if (tag !== undefined) {
      if (tag !== code) report.repaired([...node.path, 'code'], `${quote(code)} written as the BCP 47 tag "${tag}"`);
      return tag;
    }
  }
  const byName = name === undefined ? undefined : NAMES[name.toLowerCase()];
  if (byName !== undefined) {
    if (code !== undefined)
      report.repaired(
        [...node.path, 'code'],
        `${quote(code)} is not a language code; "${byName}" taken from the name ${quote(name)}`,
      );
    return byName;
  }
  const what = [code && `code ${quote(code)}`, name && `name ${quote(name)}`].filter(Boolean).join(' and ');
  report.skipped(
    node.path,
    what
      ? `${what}: not a language code the importer can read; language left out`
      : 'no code and no name; language left out',
  );
  return undefined;
}

/** The tags of a list of HSDS languages, without duplicates. */
export function readLanguages(nodes: readonly Node[], report: Report): string[] {
  const tags: string[] = [];
  for (const node of nodes) {
    const tag = readLanguage(node, report);
    if (tag !== undefined && !tags.includes(tag)) tags.push(tag);
  }
  return tags;
}

/** A single language written as a code or a name (a taxonomy term's `language`), quietly; undefined if unknown. */
export function languageOf(value: string): string | undefined {
  return fromCode(value) ?? NAMES[value.trim().toLowerCase()];
}
