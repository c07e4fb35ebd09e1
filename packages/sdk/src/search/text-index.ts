// Which centres match the words typed, and how well. An inverted index: every folded word of
// every name, operator, city and region (all languages) points to the centres that use it. Service
// names are not copied to each centre: a word is matched against the taxonomy's few terms, then
// the centres offering a matching term are read from the service filter's lists.
import type { Centre } from '../model/centre.js';
import type { TaxonomyTerm } from '../model/taxonomy.js';
import type { LocalizedText } from '../model/text.js';
import { forEachFieldToken, forEachPiece, pieceTokens } from './normalise.js';
import { SCORE } from './options.js';

const NAME = 1;
const OTHER = 2;

interface TermWords {
  words: ReadonlySet<string>;
  /** The centres offering the term, ascending. */
  centres: Uint32Array;
}

export class TextIndex {
  /** Every distinct word, sorted by UTF-16 code units: words sharing a prefix are neighbours. */
  private readonly words: string[];
  /** Postings of word w: `centres` and `fields` from `offsets[w]` to `offsets[w + 1]`. */
  private readonly offsets: Uint32Array;
  private readonly centres: Uint32Array;
  /** NAME and/or OTHER: where the word appears in that centre. */
  private readonly fields: Uint8Array;
  private readonly terms: TermWords[] = [];

  // Per-search scratch, one slot per centre, reused: a slot is valid only when `seen` holds the
  // current search's epoch, so nothing needs clearing between searches.
  private readonly seen: Uint32Array;
  private readonly matched: Uint32Array;
  private readonly best: Uint8Array;
  private readonly scores: Uint32Array;
  private readonly found: Uint32Array;
  private foundCount = 0;
  private epoch = 0;

  constructor(
    centres: readonly Centre[],
    taxonomy: readonly TaxonomyTerm[],
    centresOffering: (service: string) => Uint32Array | undefined,
  ) {
    const n = centres.length;
    const ids = new Map<string, number>();
    const idOf = (word: string): number => {
      let id = ids.get(word);
      if (id === undefined) ids.set(word, (id = ids.size));
      return id;
    };
    // Postings in the order met (centre by centre), with the last centre and posting of each word,
    // so a word met twice in one centre adds its field to the same posting.
    const postWord: number[] = [];
    const postCentre: number[] = [];
    const postFields: number[] = [];
    const lastCentre: number[] = [];
    const lastPosting: number[] = [];
    let doc = 0;
    const post = (id: number, field: number): void => {
      if (lastCentre[id] === doc) {
        postFields[lastPosting[id]!]! |= field;
        return;
      }
      lastCentre[id] = doc;
      lastPosting[id] = postWord.length;
      postWord.push(id);
      postCentre.push(doc);
      postFields.push(field);
    };
    // Pieces of text repeat across centres ("Centre", "de", "Dakar"): find each one's words once.
    const pieces = new Map<string, number[]>();
    const postText = (text: LocalizedText | undefined, field: number): void =>
      forEachPiece(text, (piece) => {
        let words = pieces.get(piece);
        if (!words) pieces.set(piece, (words = pieceTokens(piece).map(idOf)));
        for (const id of words) post(id, field);
      });

    for (; doc < n; doc++) {
      const centre = centres[doc]!;
      postText(centre.name, NAME);
      postText(centre.operator, OTHER);
      postText(centre.city, OTHER);
      postText(centre.region, OTHER);
      // A mobile team is found by the places it stops at: "Thiès" finds the team that goes there.
      for (const stop of centre.stops) postText(stop.place, OTHER);
    }

    // Sort the words, then lay the postings out word by word (a counting sort, stable, so each
    // word's centres stay ascending).
    this.words = [...ids.keys()].sort(); // by UTF-16 code units, as `<` compares
    const sortedId = new Uint32Array(ids.size);
    this.words.forEach((word, i) => (sortedId[ids.get(word)!] = i));
    const offsets = new Uint32Array(this.words.length + 1);
    for (const id of postWord) offsets[sortedId[id]! + 1]!++;
    for (let w = 0; w < this.words.length; w++) offsets[w + 1]! += offsets[w]!;
    const next = offsets.slice(0, this.words.length);
    this.centres = new Uint32Array(postWord.length);
    this.fields = new Uint8Array(postWord.length);
    for (let p = 0; p < postWord.length; p++) {
      const at = next[sortedId[postWord[p]!]!]!++;
      this.centres[at] = postCentre[p]!;
      this.fields[at] = postFields[p]!;
    }
    this.offsets = offsets;

    // When a publisher lists an id twice, the last term wins, as in a lookup by id.
    const byId = new Map(taxonomy.map((term) => [term.id, term]));
    for (const [id, term] of byId) {
      const offering = centresOffering(id);
      if (!offering) continue;
      const words = new Set<string>();
      forEachFieldToken(term.name, (word) => words.add(word));
      this.terms.push({ words, centres: offering });
    }

    this.seen = new Uint32Array(n);
    this.matched = new Uint32Array(n);
    this.best = new Uint8Array(n);
    this.scores = new Uint32Array(n);
    this.found = new Uint32Array(n);
  }

  /**
   * Finds the centres where every query word matches a word of their texts: the last word as a
   * prefix (the person may still be typing it), the others whole. Returns how many were found;
   * read them with {@link foundAt} and their scores with {@link score} until the next call.
   */
  match(query: readonly string[]): number {
    if (++this.epoch === 0xffffffff) {
      this.seen.fill(0);
      this.epoch = 1;
    }
    this.foundCount = 0;
    for (let i = 0; i < query.length; i++) this.matchWord(query[i]!, i, query.length);
    return this.foundCount;
  }

  foundAt(i: number): number {
    return this.found[i]!;
  }

  /** The text score of a centre found by the last {@link match}: each word's best match, summed. */
  score(doc: number): number {
    return this.scores[doc]!;
  }

  private matchWord(word: string, i: number, count: number): void {
    const last = i === count - 1;
    const from = this.lowerBound(word);
    const to = last ? this.prefixEnd(word, from) : this.words[from] === word ? from + 1 : from;
    for (let w = from; w < to; w++) {
      const exact = this.words[w] === word;
      const nameScore = exact ? SCORE.nameExact : SCORE.namePrefix;
      const otherScore = exact ? SCORE.otherExact : SCORE.otherPrefix;
      const end = this.offsets[w + 1]!;
      for (let p = this.offsets[w]!; p < end; p++) {
        this.visit(this.centres[p]!, this.fields[p]! & NAME ? nameScore : otherScore, i, count);
      }
    }
    for (const term of this.terms) {
      const score = termScore(term.words, word, last);
      if (score === 0) continue;
      const centres = term.centres;
      for (let p = 0; p < centres.length; p++) this.visit(centres[p]!, score, i, count);
    }
  }

  /** Records that query word `i` matches `doc` with `score`; only centres that matched words 0…i−1 go on. */
  private visit(doc: number, score: number, i: number, count: number): void {
    const matched = this.seen[doc] === this.epoch ? this.matched[doc]! : 0;
    if (matched === i) {
      this.seen[doc] = this.epoch;
      this.matched[doc] = i + 1;
      this.best[doc] = score;
      this.scores[doc] = (i === 0 ? 0 : this.scores[doc]!) + score;
      if (i + 1 === count) this.found[this.foundCount++] = doc;
    } else if (matched === i + 1 && score > this.best[doc]!) {
      // Another word of this centre matches query word i better.
      this.scores[doc]! += score - this.best[doc]!;
      this.best[doc] = score;
    }
  }

  /** The first word not before `word`. */
  private lowerBound(word: string): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]! < word) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** After `from` (the first word not before `prefix`), the first word that does not start with `prefix`. */
  private prefixEnd(prefix: string, from: number): number {
    let lo = from;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.words[mid]!.startsWith(prefix)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function termScore(words: ReadonlySet<string>, word: string, prefix: boolean): number {
  if (words.has(word)) return SCORE.otherExact;
  if (prefix) for (const candidate of words) if (candidate.startsWith(word)) return SCORE.otherPrefix;
  return 0;
}
