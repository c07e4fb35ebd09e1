import type { ReactiveControllerHost } from 'lit';
import { documentKey, type Checklist, type ChecklistStep, type Ticks } from '@mrc-kit/sdk';
import {
  EMPTY_PROGRESS,
  fitProgress,
  forgetProgress,
  readProgress,
  writeProgress,
  type OtherVersion,
  type Progress,
  type StoredProgress,
} from './progress-storage.js';

/**
 * A person's progress through a checklist: screening answers and ticks, kept on the device (with
 * `persist`) for each reviewed date, and what is kept for another date of the same checklist. Every
 * change asks the host to render; events, focus and words are the element's.
 */
export class ChecklistSession {
  answers: Record<string, string> = {};
  ticks: Ticks = { steps: new Set(), documents: new Set() };
  /** Progress kept for an earlier reviewed date, until the person keeps it or starts again. */
  revision?: OtherVersion;
  /** A later reviewed date the person has progress for, when an older copy of the checklist is shown. */
  newer?: string;
  /** The checklist version (id and reviewed date) the progress in memory belongs to. */
  private version?: string;

  constructor(
    /** Renders the progress (the element). */
    private readonly host: Pick<ReactiveControllerHost, 'requestUpdate'>,
    /** Whether progress is kept on the device (the element's `persist`). */
    private readonly persist: () => boolean,
  ) {}

  /**
   * Takes up the progress kept for this version of the checklist, and notices one kept for another.
   * False when this version's progress is already in memory.
   */
  restore(checklist: Checklist): boolean {
    const version = `${checklist.id}@${checklist.reviewed}`;
    if (this.version === version) return false;
    // A newer version of the same checklist arriving while it is open (fresh data after a kept
    // copy): kept on the device, its progress is found there; if not, what is in memory carries over.
    const carried: StoredProgress = this.version?.startsWith(`${checklist.id}@`) ? { current: this.progress } : {};
    this.version = version;
    const stored = this.persist() ? readProgress(checklist.id, checklist.reviewed) : carried;
    this.apply(fitProgress(checklist, stored.current ?? EMPTY_PROGRESS));
    this.revision = stored.older;
    this.newer = stored.newer;
    return true;
  }

  get progress(): Progress {
    return { answers: this.answers, steps: [...this.ticks.steps], documents: [...this.ticks.documents] };
  }

  setAnswers(checklist: Checklist, answers: Record<string, string>): void {
    this.answers = answers;
    this.save(checklist);
  }

  tickStep(checklist: Checklist, step: ChecklistStep, done: boolean): void {
    this.ticks = { ...this.ticks, steps: toggled(this.ticks.steps, step.id, done) };
    this.save(checklist);
  }

  tickDocument(checklist: Checklist, step: ChecklistStep, index: number, done: boolean): void {
    this.ticks = { ...this.ticks, documents: toggled(this.ticks.documents, documentKey(step, index), done) };
    this.save(checklist);
  }

  /** Clears every version kept on the device, and the progress in memory. */
  forget(checklist: Checklist): void {
    forgetProgress(checklist.id);
    this.apply(EMPTY_PROGRESS);
    this.revision = undefined;
    this.newer = undefined;
    // Not saved: an empty record would still tell that this checklist was used on the device.
  }

  /** Moves the ticks of the earlier version that still fit to this one, and drops the earlier one. */
  keepRevision(checklist: Checklist): void {
    if (this.revision) {
      const kept = fitProgress(checklist, this.revision.progress, true);
      this.apply({
        answers: { ...kept.answers, ...this.answers },
        steps: [...new Set([...this.ticks.steps, ...kept.steps])],
        documents: [...new Set([...this.ticks.documents, ...kept.documents])],
      });
    }
    this.closeRevision(checklist);
  }

  /** Drops the earlier version's progress: this version starts from what it has. */
  closeRevision(checklist: Checklist): void {
    this.revision = undefined;
    forgetProgress(checklist.id, checklist.reviewed);
    this.save(checklist);
  }

  private apply(progress: Progress): void {
    this.answers = { ...progress.answers };
    this.ticks = { steps: new Set(progress.steps), documents: new Set(progress.documents) };
    this.host.requestUpdate();
  }

  private save(checklist: Checklist): void {
    if (this.persist()) writeProgress(checklist.id, checklist.reviewed, this.progress);
    this.host.requestUpdate();
  }
}

function toggled(set: ReadonlySet<string>, id: string, on: boolean): Set<string> {
  const next = new Set(set);
  if (on) next.add(id);
  else next.delete(id);
  return next;
}
