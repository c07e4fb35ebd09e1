// The finder's own events. Like every mrc event they bubble, cross shadow roots and carry ids and
// counts only: never a position or the words typed.
import { MrcEvent } from '../base/events.js';

export interface CentreSelectDetail {
  centreId: string;
}

/** A person opened the details of a centre (from the list or the map). */
export class MrcCentreSelectEvent extends MrcEvent<CentreSelectDetail> {
  static readonly eventName = 'mrc-centre-select';
  constructor(detail: CentreSelectDetail) {
    super(MrcCentreSelectEvent.eventName, detail);
  }
}

export interface SearchDetail {
  /** Whether words were typed (the words themselves stay private). */
  hasText: boolean;
  /** Whether results are sorted by the person's or the host's position (never the position itself). */
  nearby: boolean;
  services: readonly string[];
  audiences: readonly string[];
  languages: readonly string[];
  kinds: readonly string[];
  openNow: boolean;
  country?: string;
  /** The region chosen, as the dataset names it. */
  region?: string;
  total: number;
}

/** A search finished: the filters in force and how many centres matched; no position, no words typed. */
export class MrcSearchEvent extends MrcEvent<SearchDetail> {
  static readonly eventName = 'mrc-search';
  constructor(detail: SearchDetail) {
    super(MrcSearchEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mrc-centre-select': MrcCentreSelectEvent;
    'mrc-search': MrcSearchEvent;
  }
}
