/**
 * What kind of failure a {@link DatasetError} is, so that an interface can tell a person in their
 * own words (the message is English, for webmasters): `network` (no connection, or it broke),
 * `timeout` (no answer in time), `server` (an HTTP error status), `web-page` (a web page came
 * instead of the data: a Wi-Fi login page, say) or `invalid` (the data is broken or not a dataset).
 */
export type DatasetErrorKind = 'network' | 'timeout' | 'server' | 'web-page' | 'invalid';

/** The input is not a dataset at all (or could not be fetched): nothing can be shown from it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  /** What kind of failure: given where the error is made, else its cause's, else `invalid`. */
  readonly kind: DatasetErrorKind;
  constructor(
    message: string,
    /** Where the data came from (a URL), when known. */
    readonly source?: string,
    options?: { cause?: unknown; kind?: DatasetErrorKind },
  ) {
    super(message, options && 'cause' in options ? { cause: options.cause } : undefined);
    const cause = options?.cause;
    this.kind = options?.kind ?? (cause instanceof DatasetError ? cause.kind : 'invalid');
  }
}
