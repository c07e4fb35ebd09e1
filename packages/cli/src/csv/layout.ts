/**
 * The spreadsheet layout: one CSV file per record type, one row per record (per period for hours,
 * per channel for contacts). Text columns take a language after `@` (`name@fr`); the bare column
 * is in the dataset's default language. docs/publishing.md documents every column.
 */
import { HOTLINE_OPTIONAL_FIELDS } from '@mrc-kit/sdk';

export interface TableLayout {
  file: string;
  /** Columns a row must fill. */
  required: readonly string[];
  /** Every other column the table may have. */
  optional: readonly string[];
  /** Columns holding texts, which may repeat per language as `column@tag`. */
  texts: readonly string[];
}

export const CENTRES: TableLayout = {
  file: 'centres.csv',
  required: ['id', 'name', 'country'],
  optional: [
    'kind',
    'operator',
    'description',
    'region',
    'city',
    'address',
    'lat',
    'lng',
    'services',
    'audiences',
    'languages',
    'appointment',
    'wheelchair',
    'accessibility',
    'url',
    'last_verified',
    'time_zone',
    'always_open',
    'hours_note',
  ],
  texts: ['name', 'operator', 'description', 'region', 'city', 'address', 'accessibility', 'hours_note'],
};

/** The column of a dataset field: `lastVerified` is `last_verified`. */
const column = (field: string) => field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

export const HOTLINES: TableLayout = {
  file: 'hotlines.csv',
  required: ['id', 'name', 'countries'],
  // The hotline's optional fields as the SDK reads them, then its hours in brief.
  optional: [...HOTLINE_OPTIONAL_FIELDS.map(column), 'time_zone', 'always_open', 'hours_note'],
  texts: ['name', 'description', 'operator', 'hours_note'],
};

/** Hours and contacts belong to a centre or a hotline: one of the two id columns names it. */
export const HOURS: TableLayout = {
  file: 'hours.csv',
  required: [],
  optional: ['centre_id', 'hotline_id', 'days', 'opens', 'closes', 'date', 'to', 'closed', 'note'],
  texts: ['note'],
};

export const CONTACTS: TableLayout = {
  file: 'contacts.csv',
  required: ['kind', 'value'],
  optional: ['centre_id', 'hotline_id', 'label', 'languages', 'free', 'note'],
  texts: ['label', 'note'],
};

export const SERVICES: TableLayout = {
  file: 'services.csv',
  required: ['id', 'name'],
  optional: ['description'],
  texts: ['name', 'description'],
};

export const TABLES = [CENTRES, HOURS, CONTACTS, HOTLINES, SERVICES] as const;
