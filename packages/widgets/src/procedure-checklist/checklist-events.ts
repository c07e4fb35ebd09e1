// The checklist's own events. Like every mrc event they bubble, cross shadow roots and carry ids and
// counts only: never the screening answers or which documents a person has.
import { MrcEvent } from '../base/events.js';

export interface ChecklistChangeDetail {
  checklistId: string;
  /** Needed steps done (a group of alternatives counts once). */
  done: number;
  /** Needed steps that apply, given the screening answers. */
  total: number;
}

/** A step was ticked or unticked, an answer changed the steps that apply, or the progress was forgotten. */
export class MrcChecklistChangeEvent extends MrcEvent<ChecklistChangeDetail> {
  static readonly eventName = 'mrc-checklist-change';
  constructor(detail: ChecklistChangeDetail) {
    super(MrcChecklistChangeEvent.eventName, detail);
  }
}

export interface ChecklistPrintDetail {
  checklistId: string;
}

/** The print button was pressed; the browser's print dialog opens next, with every applicable step open on paper. */
export class MrcChecklistPrintEvent extends MrcEvent<ChecklistPrintDetail> {
  static readonly eventName = 'mrc-checklist-print';
  constructor(detail: ChecklistPrintDetail) {
    super(MrcChecklistPrintEvent.eventName, detail);
  }
}

export interface CentreShowDetail {
  checklistId: string;
  stepId: string;
  /** Open it with `finder.showCentre(centreId)` on a `<mrc-centre-finder>`. */
  centreId: string;
}

/** The person asked to see one of a step's centres: a host page opens it, in a centre finder say. */
export class MrcCentreShowEvent extends MrcEvent<CentreShowDetail> {
  static readonly eventName = 'mrc-centre-show';
  constructor(detail: CentreShowDetail) {
    super(MrcCentreShowEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mrc-checklist-change': MrcChecklistChangeEvent;
    'mrc-checklist-print': MrcChecklistPrintEvent;
    'mrc-centre-show': MrcCentreShowEvent;
  }
}
