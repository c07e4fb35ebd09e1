/** The input is not a dataset at all (or could not be fetched): nothing can be shown from it. */
export class DatasetError extends Error {
  override name = 'DatasetError';
  constructor(
    message: string,
    /** Where the data came from (a URL), when known. */
    readonly source?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
