import { parsePhoneNumberFromString } from 'libphonenumber-js';

/**
 * A phone number as the command writes it into a dataset: grouped for people to read and copy by
 * eye (`+221 800 00 12 34`), never run together (`+221800001234`). The SDK dials the digits alone
 * (`tel:+221800001234`) and shows the number as it is written, so the one value serves both.
 *
 * The sheet's own grouping is kept whenever it groups the number after its country code: the
 * people who keep the sheet write their numbers as their callers do, short and special numbers
 * included. A number they ran together (or a national part left whole, `+221 800001234`) is
 * grouped with the phone metadata of libphonenumber-js, as Google's libphonenumber groups it for
 * that country. Its metadata alone weighs about 80 KB: the command line can afford it, the widgets
 * cannot, so it lives here and the datasets carry its result.
 *
 * `written` is the number as read (the SDK's `display`), `e164` its digits (the SDK's `value`).
 * A number the metadata does not know as valid stays as written: a guess would mislead.
 */
export function readableNumber(written: string, e164: string): string {
  // A country code has 1 to 3 digits: a gap after more is inside the national number, with no
  // need to parse it (most numbers, in most sheets).
  if (digitsBeforeLastGap(written) > 3) return written;
  const phone = parsePhoneNumberFromString(e164);
  if (!phone?.isValid() || digitsBeforeLastGap(written) > phone.countryCallingCode.length) return written;
  const formatted = phone.formatInternational();
  // Only a regrouping: the digits, hence the number dialled, never change.
  return formatted.replace(/\D/g, '') === e164.slice(1) ? formatted : written;
}

/** How many digits come before the last gap between two digits (`+221 800001234`: 3; none: 0). */
function digitsBeforeLastGap(written: string): number {
  const before = /^(.*\d)\D+\d/.exec(written)?.[1] ?? '';
  return before.replace(/\D/g, '').length;
}
