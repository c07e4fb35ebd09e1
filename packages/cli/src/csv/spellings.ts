/**
 * Codes as people type them in a spreadsheet, read as the dataset writes them: without case,
 * with spaces or underscores for hyphens (`Mobile team`, `walk in`, `asylum_seekers`), and the
 * usual other words for a few of them (`center`, `phone`, `e-mail`, in English, French and Spanish).
 */
const OTHER_WORDS: Readonly<Record<string, string>> = {
  center: 'centre',
  'mobile-unit': 'mobile-team',
  walkin: 'walk-in',
  'walk-ins': 'walk-in',
  phone: 'voice',
  tel: 'voice',
  telephone: 'voice',
  téléphone: 'voice',
  teléfono: 'voice',
  telefono: 'voice',
  call: 'voice',
  'e-mail': 'email',
  mail: 'email',
  courriel: 'email',
  correo: 'email',
  'correo-electrónico': 'email',
  'correo-electronico': 'email',
};

export function spelledCode(value: string): string {
  const code = value
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');
  return OTHER_WORDS[code] ?? code;
}
