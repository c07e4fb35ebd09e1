import { UsageError } from '../output.js';

/** Options are checked before any work, so a typo costs nothing. */
export function checkLocale(tag: string): void {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(tag)) {
    throw new UsageError(`--default-locale: "${tag}" is not a language tag such as en, fr or es-MX`);
  }
}

export function checkDate(option: string, value: string): void {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new UsageError(`${option}: "${value}" is not a date written YYYY-MM-DD`);
  }
}
