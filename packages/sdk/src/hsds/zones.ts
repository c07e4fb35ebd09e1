import { isTimeZone, zoneOffsetMinutes } from '../hours/time-zone.js';

/** An offset in minutes as people read it: `UTC+03:00`, `UTC-05:30`, `UTC`. */
export function formatOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes > 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * An HSDS `timezone`: the standard makes it a number of hours from UTC (`3`, `-5`, `5.5`), and
 * publishers also write `"+03:00"` or `"UTC-5"`. Returns minutes, or undefined if it is none of these.
 */
export function parseOffset(value: unknown): number | undefined {
  if (typeof value === 'number') {
    const minutes = Math.round(value * 60);
    return Number.isFinite(value) && minutes >= -12 * 60 && minutes <= 14 * 60 ? minutes : undefined;
  }
  if (typeof value !== 'string') return undefined;
  const m = /^(?:UTC|GMT)?\s*([+-]?)(\d{1,2})(?:(?::?(\d{2}))|(\.\d+))?$/i.exec(value.trim());
  if (!m) return undefined;
  const hours = Number(m[2]) + (m[4] ? Number(m[4]) : 0);
  const minutes = Math.round(hours * 60) + (m[3] ? Number(m[3]) : 0);
  const signed = m[1] === '-' ? -minutes : minutes;
  return signed >= -12 * 60 && signed <= 14 * 60 ? signed : undefined;
}

/**
 * The IANA zone of a fixed offset: `Etc/GMT-3` is UTC+03:00 (the sign is inverted in the tz
 * database). Only whole hours have one; such a zone never follows daylight-saving time.
 */
export function fixedZone(minutes: number): string | undefined {
  if (minutes % 60 !== 0) return undefined;
  const hours = minutes / 60;
  const zone = hours === 0 ? 'Etc/UTC' : `Etc/GMT${hours > 0 ? '-' : '+'}${Math.abs(hours)}`;
  return isTimeZone(zone) ? zone : undefined;
}

/** The offsets a zone uses in the year of `today` (winter and summer), to compare with a stated offset. */
export function offsetsOf(zone: string, today: string): number[] {
  const year = Number(today.slice(0, 4));
  const jan = zoneOffsetMinutes(Date.UTC(year, 0, 1), zone);
  const jul = zoneOffsetMinutes(Date.UTC(year, 6, 1), zone);
  return jan === jul ? [jan] : [jan, jul];
}

/** A time of day as HSDS writes it: `10:00`, `10:00:00`, `09:00-05:00`, `17:30Z`. */
export interface ParsedTime {
  /** `HH:MM`. */
  time: string;
  /** The UTC offset written after the time, in minutes. */
  offset?: number;
  /** Seconds other than 0 were cut off. */
  truncated: boolean;
}

export function parseTime(value: unknown): ParsedTime | undefined {
  if (typeof value !== 'string') return undefined;
  const m = /^(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(value.trim());
  if (!m) return undefined;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  if (minutes > 59 || hours > 24 || (hours === 24 && minutes !== 0)) return undefined;
  const time = `${String(hours).padStart(2, '0')}:${m[2]}`;
  const truncated = m[3] !== undefined && Number(m[3]) !== 0;
  if (m[4] === undefined) return { time, truncated };
  if (m[4].toUpperCase() === 'Z') return { time, offset: 0, truncated };
  const sign = m[4].startsWith('-') ? -1 : 1;
  const digits = m[4].slice(1).replace(':', '');
  return { time, offset: sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2) || 0)), truncated };
}
