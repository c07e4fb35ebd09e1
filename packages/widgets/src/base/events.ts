import type { ChannelKind, DataWarning } from '@mrc-kit/sdk';

/**
 * Every mrc event bubbles and crosses shadow roots, and carries ids and counts only: never a
 * position, an answer or anything else about the person using the page.
 */
export abstract class MrcEvent<T> extends Event {
  constructor(
    type: string,
    readonly detail: T,
  ) {
    super(type, { bubbles: true, composed: true });
  }
}

export interface ContactDetail {
  /** The hotline whose channel was used. */
  hotlineId?: string;
  /** The centre whose channel was used. */
  centreId?: string;
  /** Which kind of channel: voice, sms, whatsapp, telegram, signal, viber, messenger, chat or email. */
  channel: ChannelKind;
}

/** A person used a contact channel (a call, message, chat or email link). */
export class MrcContactEvent extends MrcEvent<ContactDetail> {
  static readonly eventName = 'mrc-contact';
  constructor(detail: ContactDetail) {
    super(MrcContactEvent.eventName, detail);
  }
}

export interface ErrorDetail {
  /** What went wrong, in words (for the webmaster's console). */
  message: string;
  /** The data source: a URL, or `inline`. */
  source: string;
  error: unknown;
}

/** The data could not be loaded; the element shows an error state (and its fallback content). */
export class MrcErrorEvent extends MrcEvent<ErrorDetail> {
  static readonly eventName = 'mrc-error';
  constructor(detail: ErrorDetail) {
    super(MrcErrorEvent.eventName, detail);
  }
}

export interface DataWarningDetail {
  source: string;
  /** Each skipped or repaired record or field, with its JSON path and the reason. */
  warnings: readonly DataWarning[];
}

/** The data loaded, but some records were skipped or repaired. */
export class MrcDataWarningEvent extends MrcEvent<DataWarningDetail> {
  static readonly eventName = 'mrc-data-warning';
  constructor(detail: DataWarningDetail) {
    super(MrcDataWarningEvent.eventName, detail);
  }
}

export interface DataUpdateDetail {
  /** The file whose data changed. */
  source: string;
  /** When the kept copy that was shown had been fetched. */
  previous: Date;
  /** When the data now shown was fetched or confirmed. */
  current: Date;
}

/** Fresher data replaced a kept copy that was on screen; the element updated in place. */
export class MrcDataUpdateEvent extends MrcEvent<DataUpdateDetail> {
  static readonly eventName = 'mrc-data-update';
  constructor(detail: DataUpdateDetail) {
    super(MrcDataUpdateEvent.eventName, detail);
  }
}

declare global {
  interface HTMLElementEventMap {
    'mrc-contact': MrcContactEvent;
    'mrc-error': MrcErrorEvent;
    'mrc-data-warning': MrcDataWarningEvent;
    'mrc-data-update': MrcDataUpdateEvent;
  }
}
