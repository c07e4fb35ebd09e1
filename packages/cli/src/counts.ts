import type { Dataset } from '@mrc-kit/sdk';
import { ownTerms } from './published.js';

/**
 * How many records of each kind a dataset holds: every list at its top level (centres, hotlines,
 * quizzes…). Taxonomy counts the publisher's own terms: the default ones are in every dataset.
 */
export function recordCounts(dataset: Dataset): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [key, value] of Object.entries(dataset)) if (Array.isArray(value)) counts[key] = value.length;
  counts.taxonomy = ownTerms(dataset.taxonomy).length;
  return counts;
}

export function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([key, n]) => `${n.toLocaleString('en-US')} ${key}`)
    .join(', ');
}

/** The lists a page shows: a dataset with none of them publishes nothing (its taxonomy alone is no content). */
const CONTENT = ['centres', 'hotlines', 'quizzes', 'checklists'] as const;

/** True when the counts hold no centre, hotline, quiz or checklist. */
export const publishesNothing = (counts: Record<string, number>): boolean =>
  CONTENT.every((key) => (counts[key] ?? 0) === 0);

export const NOTHING = 'publishes nothing: no centres, hotlines, quizzes or checklists';
