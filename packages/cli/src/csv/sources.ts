import { pathSegments } from '../json-text.js';
import type { Header } from './read-table.js';

/** The rows one centre or hotline was built from, so a problem found later points at its cell. */
export interface RecordSource {
  row: number;
  /** hours.csv rows of `hours.weekly[k]` and `hours.exceptions[k]`; contacts.csv rows of `channels[k]`. */
  weekly?: number[];
  exceptions?: number[];
  channels?: number[];
}

export interface Sources {
  centres: RecordSource[];
  hotlines: RecordSource[];
  terms: RecordSource[];
  headers: Partial<Record<'centres' | 'hotlines' | 'services' | 'hours' | 'contacts', Header>>;
}

// Dataset fields whose column has another name.
const COLUMN_OF: Readonly<Record<string, string>> = {
  lastVerified: 'last_verified',
  timeZone: 'time_zone',
  alwaysOpen: 'always_open',
  wheelchair: 'wheelchair',
  notes: 'accessibility',
};

/** The column of a text field, with its language when the header has one for it (`name@fr`). */
function textColumn(header: Header, base: string, tag: string | number | undefined): string {
  return typeof tag === 'string' && header.has(`${base}@${tag}`) ? `${base}@${tag}` : base;
}

/**
 * The CSV cell a JSON path of the built dataset comes from, as `file:row:column` (or
 * `file:row` when it is a whole row), or undefined for paths outside the records.
 */
export function placeOf(path: string, sources: Sources): string | undefined {
  const match = /^\$\.(centres|hotlines|taxonomy)\[(\d+)\](.*)$/.exec(path);
  if (!match) return undefined;
  const [, list, index, rest] = match as unknown as [string, 'centres' | 'hotlines' | 'taxonomy', string, string];
  const key = list === 'taxonomy' ? 'terms' : list;
  const source = sources[key][Number(index)];
  const header = sources.headers[list === 'taxonomy' ? 'services' : list];
  if (!source || !header) return undefined;
  const [field, second, third, fourth] = pathSegments(`$${rest}`) ?? [];
  if (field === undefined) return header.at(source.row);
  if (field === 'channels' && typeof second === 'number') {
    const contacts = sources.headers.contacts;
    const row = source.channels?.[second];
    if (!contacts || row === undefined) return header.at(source.row);
    if (third === undefined) return contacts.at(row);
    return contacts.at(row, textColumn(contacts, String(third), fourth));
  }
  if (field === 'hours') {
    const hours = sources.headers.hours;
    if ((second === 'weekly' || second === 'exceptions') && typeof third === 'number' && hours) {
      const row = (second === 'weekly' ? source.weekly : source.exceptions)?.[third];
      if (row === undefined) return header.at(source.row, 'time_zone');
      // A period's opening time sits in the opens column of its row: periods[0].opens → opens.
      const column = typeof fourth === 'string' ? fourth : undefined;
      const leaf = pathSegments(`$${rest}`)?.at(-1);
      return hours.at(row, typeof leaf === 'string' && leaf !== 'periods' ? leaf : column);
    }
    if (second === 'note') return header.at(source.row, textColumn(header, 'hours_note', third));
    return header.at(source.row, COLUMN_OF[String(second)] ?? 'time_zone');
  }
  if (field === 'position') return header.at(source.row, second === 'lng' ? 'lng' : 'lat');
  if (field === 'accessibility') {
    if (second === 'notes') return header.at(source.row, textColumn(header, 'accessibility', third));
    return header.at(source.row, second === undefined ? 'accessibility' : COLUMN_OF[String(second)]);
  }
  const column = COLUMN_OF[String(field)] ?? String(field);
  return header.at(source.row, textColumn(header, column, second));
}
