// Text folding for matching what people type against what publishers wrote. Both sides go through
// the same folding, so a query typed on a phone without accents or hamza still finds the record.
import type { LocalizedText } from '../model/text.js';

// Combining marks that only change the pronunciation or the accent of a letter: Latin, Greek and
// Cyrillic diacritics, Hebrew points, Arabic tashkeel (U+064B–U+065F, superscript alef U+0670),
// Quranic annotation signs, and tatweel (U+0640, a stretching stroke, not a letter). Marks that are
// vowels in Indic or South-East Asian scripts stay: removing them would merge different words.
/* eslint-disable no-misleading-character-class -- single marks listed on purpose, as escapes */
const MARKS =
  /[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0640\u064b-\u065f\u0670\u06d6-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;
/* eslint-enable no-misleading-character-class */

// Letters with no Unicode decomposition that people nonetheless type without their stroke, and
// Arabic letters that keyboards and writers use interchangeably. After NFKD, أ إ آ ؤ ئ are already
// a base letter plus a hamza or madda mark, which MARKS removes.
const LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ٱ: 'ا', // alef wasla
  ى: 'ي', // alef maksura, often written for final yeh
  ی: 'ي', // Persian yeh (Dari, Pashto, Urdu keyboards)
  ک: 'ك', // Persian keheh
  ة: 'ه', // teh marbuta, often written as heh
  ς: 'σ', // Greek final sigma: lower-casing a capital Σ cannot know it ends a word
  // Arabic-Indic and Persian digits, so "٢٠٢٦" finds "2026".
  ...Object.fromEntries([...'٠١٢٣٤٥٦٧٨٩'].map((d, i) => [d, String(i)])),
  ...Object.fromEntries([...'۰۱۲۳۴۵۶۷۸۹'].map((d, i) => [d, String(i)])),
};
const LETTER = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

// Invisible characters inside words: soft hyphen, zero-width space and joiners, word joiner, BOM.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[ -~\t\n\r]*$/; // printable ASCII and line breaks

/** {@link foldText} by the book: correct for any text, but Unicode normalisation costs microseconds. */
function foldSlowly(lower: string): string {
  return lower
    .normalize('NFKD')
    .replace(MARKS, '')
    .replace(INVISIBLE, '')
    .replace(LETTER, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFC') // recomposes what NFKD split apart and is not a mark, such as Hangul syllables
    .replace(SEPARATORS, ' ')
    .trim();
}

// Each character folded on its own, the first time it is met: what it becomes between two letters
// ('' when removed, ' ' when it separates words), or null when its fold may combine with a
// neighbour (a mark that is kept, Hangul jamo); a text with such a character takes the slow path.
const CHARACTERS = new Map<number, string | null>();
const COMBINES = /[\p{M}\u1100-\u11ff]/u;

function foldCharacter(code: number): string | null {
  let folded = CHARACTERS.get(code);
  if (folded === undefined) {
    const between = foldSlowly(`a${String.fromCharCode(code)}a`).slice(1, -1);
    folded = COMBINES.test(between) ? null : between;
    CHARACTERS.set(code, folded);
  }
  return folded;
}

/**
 * Folds a text for matching: lower case; accents and other diacritics removed (NFKD, which also
 * undoes ligatures, full-width forms and Arabic presentation forms); ß→ss, æ→ae, œ→oe, ø→o, ł→l,
 * đ→d, ı→i; Arabic alef forms → ا, ى/ی → ي, ة → ه, ؤ → و, ئ → ي, tashkeel and tatweel removed;
 * Arabic-Indic and Persian digits → 0–9; punctuation and spaces → one space. Trimmed.
 */
export function foldText(text: string): string {
  const lower = text.toLowerCase();
  // Most names in most datasets are plain ASCII: no Unicode work at all for them.
  if (ASCII.test(lower)) return lower.replace(/[^a-z0-9]+/g, ' ').trim();
  // Otherwise each other character from a table filled as characters are met: the slow path's
  // result, several times faster, whenever no character can combine with its neighbours.
  let slow = false;
  const folded = lower.replace(/[^a-z0-9 ]/g, (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return ' ';
    const result = code >= 0xd800 && code <= 0xdfff ? null : foldCharacter(code); // beyond the BMP: two units
    if (result === null) slow = true;
    return result ?? ch;
  });
  return slow ? foldSlowly(lower) : folded.replace(/ {2,}/g, ' ').trim();
}

// Arabic writes the article and some particles joined to the word: "الدار" (the house), "بالرباط"
// (in Rabat), "للمهاجرين" (for migrants). A light stemmer's prefix list, longest first; the stem
// left must keep at least two letters, so the article and one letter ("الا", "الم" typed on the
// way to "المركز") stay whole. "الله" is a name, alone and in names (عبد الله), not the article
// and "له" (to him): it keeps its letters, with or without a particle.
const ARABIC_PREFIXES = ['وال', 'بال', 'كال', 'فال', 'لل', 'ال'];
const PREFIX_STARTS = new Set(ARABIC_PREFIXES.map((prefix) => prefix[0]));
const NOT_STEMS = new Set(['له']);

function withoutParticle(word: string): string | undefined {
  if (!PREFIX_STARTS.has(word[0])) return undefined; // most words: not Arabic, or no particle
  for (const prefix of ARABIC_PREFIXES) {
    if (word.length >= prefix.length + 2 && word.startsWith(prefix)) {
      const stem = word.slice(prefix.length);
      return NOT_STEMS.has(stem) ? undefined : stem;
    }
  }
  return undefined;
}

/**
 * A folded word as both sides of a search meet: an Arabic word without its article or joined
 * particle ("بالرباط" → "رباط"), any other word as it is. A record is indexed under its words and
 * their stems ({@link pieceTokens}), a query asks for the stems ({@link queryTokens}), so each
 * side may have the article or not.
 */
function stem(word: string): string {
  return withoutParticle(word) ?? word;
}

/**
 * Calls `visit` with each space-separated piece of a text, in every language it has. Texts are
 * folded piece by piece: pieces repeat far more than whole texts ("Centre", "de", "Dakar"), so an
 * index folds each distinct piece once.
 */
export function forEachPiece(text: LocalizedText | undefined, visit: (piece: string) => void): void {
  if (text === undefined) return;
  const values = typeof text === 'string' ? [text] : Object.values(text);
  for (const value of values) {
    if (typeof value !== 'string') continue;
    for (const piece of value.split(' ')) if (piece !== '') visit(piece);
  }
}

function wordsOf(piece: string): string[] {
  const folded = foldText(piece);
  return folded === '' ? [] : folded.split(' ');
}

/** The words of a text, folded ({@link foldText}). */
export function tokenise(text: string): string[] {
  const words: string[] = [];
  forEachPiece(text, (piece) => words.push(...wordsOf(piece)));
  return words;
}

/**
 * What a query is made of: its folded words ({@link tokenise}), each as its {@link stem}, so
 * "الرباط" finds "مكتب بالرباط" and "المركز" finds "مركز".
 */
export function queryTokens(text: string): string[] {
  return tokenise(text).map(stem);
}

/**
 * The words of one piece of a record's text (see {@link forEachPiece}), as indexed: its folded
 * words, then each Arabic word without its article or joined particle, so "بيضاء" finds
 * "البيضاء" and "رباط" finds "بالرباط".
 */
export function pieceTokens(piece: string): string[] {
  const words = wordsOf(piece);
  const stems = words.map(withoutParticle).filter((found) => found !== undefined);
  return stems.length > 0 ? [...words, ...stems] : words;
}

/** Calls `add` with every indexed word (see {@link pieceTokens}) of every language of a text. */
export function forEachFieldToken(text: LocalizedText | undefined, add: (token: string) => void): void {
  forEachPiece(text, (piece) => {
    for (const token of pieceTokens(piece)) add(token);
  });
}

/** The indexed words of a text (see {@link pieceTokens}), in order. */
export function fieldTokens(text: string): string[] {
  const tokens: string[] = [];
  forEachFieldToken(text, (token) => tokens.push(token));
  return tokens;
}
