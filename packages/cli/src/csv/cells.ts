import type { Problem } from '../problems.js';
import type { Header, Row } from './read-table.js';
import { isWrong, readDate, type Wrong } from './values.js';

// Codes, times and list items repeat across thousands of rows; sharing one copy of each keeps a
// large sheet small in memory. Bounded, since ids and names never repeat.
const pool = new Map<string, string>();
const POOL_LIMIT = 10_000;

function intern(value: string): string {
  const known = pool.get(value);
  if (known !== undefined) return known;
  if (pool.size < POOL_LIMIT && value.length <= 40) pool.set(value, value);
  return value;
}

/** Reads the cells of one row, reporting each value it cannot use at its cell. */
export class Cells {
  constructor(
    readonly row: Row,
    readonly header: Header,
    readonly problems: Problem[],
  ) {}

  at(column?: string): string {
    return this.header.at(this.row.line, column);
  }

  text(column: string): string | undefined {
    const value = this.row.get(column);
    return value === '' ? undefined : value;
  }

  /** A code that repeats across rows (country, kind, time zone), in the spelling `spell` gives it. */
  code(column: string, spell: (value: string) => string = (v) => v): string | undefined {
    const value = this.text(column);
    return value === undefined ? undefined : intern(spell(value));
  }

  /** Leaves a cell's value out, saying why and what to write instead. */
  reject(column: string, reason: string): undefined {
    this.problems.push({ where: this.at(column), reason: `${column}: ${reason}; left out`, action: 'repaired' });
    return undefined;
  }

  /**
   * A text in one or several languages: `name` in the default language, `name@fr` in French.
   * One language gives a plain string; several give an object of tags.
   */
  localized(base: string, defaultLocale: string): string | Record<string, string> | undefined {
    const texts: Record<string, string> = {};
    let count = 0;
    for (const [tag, column] of this.header.languagesOf(base)) {
      const value = this.text(column);
      if (value === undefined) continue;
      const lang = tag ?? defaultLocale;
      if (texts[lang] !== undefined && texts[lang] !== value) {
        this.problems.push({
          where: this.at(column),
          reason: `${column}: a second text in "${lang}" (the bare column is "${defaultLocale}"); the first is kept`,
          action: 'repaired',
        });
        continue;
      }
      texts[lang] = value;
      count++;
    }
    if (count === 0) return undefined;
    const tags = Object.keys(texts);
    return tags.length === 1 && tags[0] === defaultLocale ? texts[defaultLocale] : texts;
  }

  /** A list in one cell, items separated by `|`, `,` or `;` (`fr|wo`, `mo, tu`). */
  list(column: string): string[] | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const items = value
      .split(/[|,;]/)
      .map((item) => intern(item.trim()))
      .filter((item) => item !== '');
    return items.length > 0 ? items : undefined;
  }

  /**
   * yes/no in English, French or Spanish, true/false, 1/0, and TRUE/FALSE as Excel writes it in
   * those languages (VRAI/FAUX, VERDADERO/FALSO).
   */
  flag(column: string): boolean | undefined {
    const value = this.text(column)?.toLowerCase();
    if (value === undefined) return undefined;
    if (/^(yes|y|true|1|oui|si|sí|x|vrai|verdadero)$/.test(value)) return true;
    if (/^(no|n|false|0|non|faux|falso)$/.test(value)) return false;
    return this.reject(column, `"${this.text(column)}" is not yes or no`);
  }

  /** A number, with a decimal point or (as spreadsheets in many languages write it) a decimal comma. */
  number(column: string): number | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const normalised = /^[+-]?\d+,\d+$/.test(value) ? value.replace(',', '.') : value;
    const n = /^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(normalised) ? Number(normalised) : Number.NaN;
    return Number.isFinite(n) ? n : this.reject(column, `"${value}" is not a number in degrees such as 14.6937`);
  }

  /** A date as YYYY-MM-DD (see {@link readDate}); any other value is left out and reported. */
  date(column: string): string | undefined {
    const value = this.text(column);
    if (value === undefined) return undefined;
    const read = readDate(value);
    return isWrong(read) ? this.reject(column, read.wrong) : read;
  }

  /**
   * A value the row cannot do without when it is written (an hours row's times and dates):
   * `{ value }` (undefined when blank), or undefined when it is wrong: then the whole row is
   * reported as skipped, once, at that cell.
   */
  needed<T>(column: string, read: (value: string) => T | Wrong): { value?: T } | undefined {
    const value = this.text(column);
    if (value === undefined) return {};
    const result = read(value);
    // Times and dates repeat across rows like codes do.
    if (!isWrong(result)) return { value: typeof result === 'string' ? (intern(result) as T) : result };
    this.problems.push({
      where: this.at(column),
      reason: `${column}: ${result.wrong}; row skipped`,
      action: 'skipped',
    });
    return undefined;
  }
}
