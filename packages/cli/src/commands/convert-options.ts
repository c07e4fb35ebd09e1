/** The options of `mrc-kit convert`, from CSV and from HSDS alike, as the command line gives them. */
export interface ConvertOptions {
  from: 'csv' | 'hsds';
  output: string;
  defaultLocale: string;
  publisher?: string;
  publisherUrl?: string;
  updated?: string;
  country?: string;
  timeZone?: string;
  today?: string;
  strict?: boolean;
}
