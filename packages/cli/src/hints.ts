import { DEFAULT_TAXONOMY, type TaxonomyTerm } from '@mrc-kit/sdk';

/** Where the valid ids of services, audiences and kinds are listed, generated from the SDK (scripts/ids-sheet.mjs). */
const IDS_SHEET = 'docs/templates/ids.md';

/**
 * The edit distance of two words counting a swap of two neighbouring letters as one edit, as a
 * typo usually is (optimal string alignment, the restricted Damerau–Levenshtein distance): three
 * rows of the usual dynamic programme; ids are short.
 */
export function editDistance(a: string, b: string): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, before[j - 2]! + 1);
      current.push(d);
    }
    before = previous;
    previous = current;
  }
  return previous[b.length]!;
}

/** A candidate id and the words that describe it (its id's parts, and its names in every language). */
interface Candidate {
  id: string;
  words?: readonly string[];
}

const wordsOf = (text: string): string[] =>
  text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length >= 3);

/** Two words that are the same but for a typo or an ending (`risks`, `risk`). */
const sameWord = (a: string, b: string): boolean =>
  a === b || (Math.min(a.length, b.length) >= 4 && editDistance(a, b) <= 1);

/**
 * The valid ids nearest to `value`: those within a typo or two of it (the closest first), else
 * those whose id or name shares the most words with it (`irregular-migration-risks` →
 * `risk-awareness`, named "Risks of irregular migration"). At most three; none when nothing is near.
 */
export function nearestIds(value: string, candidates: readonly Candidate[]): string[] {
  const typed = value.trim().toLowerCase();
  const allowed = typed.length <= 4 ? 1 : typed.length <= 8 ? 2 : 3;
  const close = candidates
    .map((c) => ({ id: c.id, d: editDistance(typed, c.id.toLowerCase()) }))
    .filter(({ d }) => d <= allowed);
  if (close.length > 0) {
    const best = Math.min(...close.map(({ d }) => d));
    return close.filter(({ d }) => d === best).map(({ id }) => id);
  }
  const typedWords = wordsOf(typed);
  const shared = candidates.map((c) => {
    const words = [...wordsOf(c.id), ...(c.words ?? [])];
    return { id: c.id, n: typedWords.filter((w) => words.some((v) => sameWord(w, v))).length };
  });
  const most = Math.max(0, ...shared.map(({ n }) => n));
  if (most === 0) return [];
  return shared
    .filter(({ n }) => n === most)
    .slice(0, 3)
    .map(({ id }) => id);
}

const termCandidates = (taxonomy: readonly TaxonomyTerm[]): Candidate[] =>
  taxonomy.map((term) => ({
    id: term.id,
    words: wordsOf(typeof term.name === 'string' ? term.name : Object.values(term.name).join(' ')),
  }));

const didYouMean = (ids: readonly string[]): string =>
  ids.length === 0 ? '' : ` (did you mean ${ids.map((id) => JSON.stringify(id)).join(' or ')}?)`;

/**
 * A reason of the SDK's checks with what to write instead: an unknown service, audience or code
 * (`kind`, `appointment`…) gets the nearest valid ids, and an unknown service where the full list
 * is. Other reasons are returned as they are.
 */
export function withHint(reason: string, taxonomy: readonly TaxonomyTerm[] = DEFAULT_TAXONOMY): string {
  const service = /^("(?:[^"\\]|\\.)*") is not a service in the taxonomy/.exec(reason);
  if (service) {
    const near = nearestIds(JSON.parse(service[1]!) as string, termCandidates(taxonomy));
    const mean = near.length > 0 ? `did you mean ${near.map((id) => JSON.stringify(id)).join(' or ')}? The` : 'the';
    const where = ` (${mean} default service ids are listed in ${IDS_SHEET})`;
    return service[0] + where + reason.slice(service[0].length);
  }
  const audience = /^("(?:[^"\\]|\\.)*") is not an audience: use ([\w-]+(?:, [\w-]+)*)/.exec(reason);
  if (audience) {
    const near = nearestIds(
      JSON.parse(audience[1]!) as string,
      audience[2]!.split(', ').map((id) => ({ id })),
    );
    const head = `${audience[1]} is not an audience`;
    return head + didYouMean(near) + reason.slice(head.length);
  }
  // zod's enums, as the SDK words them: must be "centre" or "mobile-team" or "online", found the text "centr".
  const code = /must be ((?:"[^"]*"(?: or )?)+), found the text ("(?:[^"\\]|\\.)*")/.exec(reason);
  if (code) {
    const ids = [...code[1]!.matchAll(/"([^"]*)"/g)].map((m) => ({ id: m[1]! }));
    const near = nearestIds(JSON.parse(code[2]!) as string, ids);
    const end = code.index + code[0].length;
    return reason.slice(0, end) + didYouMean(near) + reason.slice(end);
  }
  return reason;
}
