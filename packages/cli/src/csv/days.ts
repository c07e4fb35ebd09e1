const CODES = ['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'] as const;
export type Day = (typeof CODES)[number];

// Two-letter codes, and English, French and Spanish names or their usual abbreviations.
const NAMES: Readonly<Record<string, Day>> = {};
const spell: [Day, string[]][] = [
  ['mo', ['mon', 'monday', 'lun', 'lundi', 'lunes']],
  ['tu', ['tue', 'tues', 'tuesday', 'mar', 'mardi', 'martes']],
  ['we', ['wed', 'wednesday', 'mer', 'mercredi', 'mie', 'mié', 'miercoles', 'miércoles']],
  ['th', ['thu', 'thur', 'thurs', 'thursday', 'jeu', 'jeudi', 'jue', 'jueves']],
  ['fr', ['fri', 'friday', 'ven', 'vendredi', 'vie', 'viernes']],
  ['sa', ['sat', 'saturday', 'sam', 'samedi', 'sab', 'sáb', 'sabado', 'sábado']],
  ['su', ['sun', 'sunday', 'dim', 'dimanche', 'dom', 'domingo']],
];
for (const [code, names] of spell) for (const name of [code, ...names]) Object.assign(NAMES, { [name]: code });

/**
 * The days of a `days` cell: `mo-fr`, `mo|we|fr`, `Mon, Tue`, `lundi-vendredi`. Returns the
 * word it could not read when one is wrong.
 */
export function readDays(items: readonly string[]): { days: Day[] } | { wrong: string } {
  const days = new Set<Day>();
  for (const item of items) {
    const range = item.split(/\s*[-–]\s*/);
    if (range.length > 2) return { wrong: item };
    const [from, to] = range.map((word) => NAMES[word.toLowerCase().replace(/\.$/, '')]);
    if (from === undefined) return { wrong: range[0]! };
    if (range.length === 1) {
      days.add(from);
      continue;
    }
    if (to === undefined) return { wrong: range[1]! };
    // A range may wrap the week's end: sa-mo is Saturday, Sunday and Monday.
    for (let i = CODES.indexOf(from); ; i = (i + 1) % 7) {
      days.add(CODES[i]!);
      if (CODES[i] === to) break;
    }
  }
  return { days: CODES.filter((d) => days.has(d)) };
}
