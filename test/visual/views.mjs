// The screens every state is looked at on: a small phone, a phone with its text at 200 % (as the
// system text size acts on rem and em), and a desktop.
export const VIEWS = [
  { name: '320', width: 320, css: 'none' },
  { name: '360-text-200', width: 360, css: 'text-200' },
  { name: '1280', width: 1280, css: 'none' },
];
export const LANGS = ['en', 'ar'];

/**
 * Scripts that draw differently from Latin and Arabic: Persian (Arabic script with its own digits),
 * Bengali (tall stacked conjuncts, its own digits) and Amharic (Ethiopic syllables), on the small phone.
 */
export const SCRIPT_LANGS = ['fa', 'bn', 'am'];
