// A person's progress through a checklist, kept in this browser's localStorage and nowhere else.
// Storage may be missing, full or throw on every call (Safari's private mode, a blocked
// third-party frame, a strict privacy setting), and what is stored may have been damaged: then
// progress simply is not kept, and the checklist works as if it were new.

import { documentKey, isLastingDocumentKey, type Checklist } from '@mrc-kit/sdk';
import { storedJson } from '../base/stored-json.js';

const PREFIX = 'mrc-kit:checklist:';

/** What is stored: screening answers, done steps, and ticked documents (keys from `documentKey`). */
export interface Progress {
  answers: Record<string, string>;
  steps: string[];
  documents: string[];
}

export const EMPTY_PROGRESS: Progress = Object.freeze({ answers: {}, steps: [], documents: [] }) as Progress;

/** One key per checklist and reviewed date, so that a revised checklist is never mixed with old ticks. */
export function progressKey(checklistId: string, reviewed: string): string {
  return `${PREFIX}${checklistId}@${reviewed}`;
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');

/** Reads stored progress; anything that is not progress as written here reads as none. */
function parse(text: string | null): Progress | undefined {
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object') return undefined;
    const { answers, steps, documents } = value as Record<string, unknown>;
    if (!isStrings(steps) || !isStrings(documents) || answers === null || typeof answers !== 'object') return undefined;
    const cleanAnswers = Object.fromEntries(
      Object.entries(answers as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    return { answers: cleanAnswers, steps, documents };
  } catch {
    return undefined;
  }
}

/** Progress kept for another reviewed date of the same checklist. */
export interface OtherVersion {
  reviewed: string;
  progress: Progress;
}

export interface StoredProgress {
  /** Progress for this very version of the checklist. */
  current?: Progress;
  /** Progress kept for an earlier reviewed date: the checklist was revised since; the latest first. */
  older?: OtherVersion;
  /**
   * The latest reviewed date progress is kept for, when it is later than this one: an older copy of
   * the checklist is shown (an offline copy of the data, say). That progress is left as it is.
   */
  newer?: string;
}

/** The progress stored for a checklist: for its reviewed date, and what is kept for other dates. */
export function readProgress(checklistId: string, reviewed: string): StoredProgress {
  const store = storage();
  if (!store) return {};
  try {
    const current = parse(store.getItem(progressKey(checklistId, reviewed)));
    const prefix = `${PREFIX}${checklistId}@`;
    const older: OtherVersion[] = [];
    let newer: string | undefined;
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (!key?.startsWith(prefix)) continue;
      const date = key.slice(prefix.length);
      // Reviewed dates are YYYY-MM-DD: their order as text is their order in time.
      if (date > reviewed) {
        if (parse(store.getItem(key)) && (newer === undefined || date > newer)) newer = date;
      } else if (date < reviewed) {
        const progress = parse(store.getItem(key));
        if (progress) older.push({ reviewed: date, progress });
      }
    }
    older.sort((a, b) => b.reviewed.localeCompare(a.reviewed));
    return { ...(current && { current }), ...(older[0] && { older: older[0] }), ...(newer && { newer }) };
  } catch {
    return {};
  }
}

/**
 * Stored progress as far as it still fits the checklist: answers to questions and options it has,
 * steps and documents it has. Of a revised checklist (`revised`), a document's tick is kept only when
 * it names the document by its id: a place in a step may now hold another document.
 */
export function fitProgress(checklist: Checklist, progress: Progress, revised = false): Progress {
  const steps = new Set(checklist.steps.map((s) => s.id));
  const documents = new Set(checklist.steps.flatMap((s) => s.documents.map((_, i) => documentKey(s, i))));
  const answers = Object.fromEntries(
    Object.entries(progress.answers).filter(([question, answer]) =>
      checklist.questions.some((q) => q.id === question && q.options.some((o) => o.id === answer)),
    ),
  );
  return {
    answers,
    steps: progress.steps.filter((id) => steps.has(id)),
    documents: progress.documents.filter((key) => documents.has(key) && (!revised || isLastingDocumentKey(key))),
  };
}

/** Stores progress; returns false when it could not be kept. */
export function writeProgress(checklistId: string, reviewed: string, progress: Progress): boolean {
  const store = storage();
  if (!store) return false;
  try {
    store.setItem(progressKey(checklistId, reviewed), storedJson(progress));
    return true;
  } catch {
    return false;
  }
}

/**
 * Removes what is stored for a checklist: every version, or (`before` a reviewed date) only the
 * versions of earlier dates, once a person has dealt with a revision. Later versions stay.
 */
export function forgetProgress(checklistId: string, before?: string): void {
  const store = storage();
  if (!store) return;
  try {
    const prefix = `${PREFIX}${checklistId}@`;
    const keys: string[] = [];
    for (let i = 0; i < store.length; i++) {
      const key = store.key(i);
      if (key?.startsWith(prefix) && (before === undefined || key.slice(prefix.length) < before)) keys.push(key);
    }
    for (const key of keys) store.removeItem(key);
  } catch {
    // Nothing could be removed because nothing could be read: there is nothing to forget.
  }
}
