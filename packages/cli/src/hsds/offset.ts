// One formatter per zone: building an Intl.DateTimeFormat is slow, and an export asks for the same
// few zones once per schedule.
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The UTC offset of an IANA zone on a date, in hours (HSDS 3 `timezone` is a number). The importer
 * reads it back as the country's own zone when the offsets agree.
 */
export function utcOffsetHours(timeZone: string, date: Date): number {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' });
    formatters.set(timeZone, format);
  }
  const name = format.formatToParts(date).find((part) => part.type === 'timeZoneName')?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? '');
  if (!match) return 0;
  const hours = Number(match[2]) + Number(match[3]) / 60;
  return match[1] === '-' ? -hours : hours;
}
