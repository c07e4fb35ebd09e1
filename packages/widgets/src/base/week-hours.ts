import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { addDays, localDate, periodsOn, type Dataset, type OpeningHours } from '@mrc-kit/sdk';
import { placeZoneName, unbroken } from './format.js';
import { dirOf, textIn } from './texts.js';

/** What the week's hours need from the element that shows them. */
export interface WeekView {
  locale: string;
  at: Date;
  dataset: Dataset;
}

const timeFormats = new Map<string, Intl.DateTimeFormat>();

/** "09:00" in the reader's way of writing times ("9:00 AM", "09:00", "٩:٠٠ ص"). */
function timeOfDay(hhmm: string, locale: string): string {
  const [h, m] = hhmm.split(':').map(Number);
  if (h === 24) return timeOfDay('00:00', locale);
  let format = timeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(locale, format);
  }
  return unbroken(format.format(new Date(Date.UTC(2000, 0, 1, h ?? 0, m ?? 0))));
}

function weekday(date: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
}

/**
 * A day's periods joined as the reader's language lists them ("8:30 AM–12:30 PM, 2:30 PM–5:30 PM";
 * Arabic with its own comma), each period kept whole on one line.
 */
function periodList(periods: string[], locale: string): TemplateResult[] {
  const parts = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).formatToParts(periods);
  return parts.map((part) =>
    part.type === 'element' ? html`<span class="period">${part.value}</span>` : html`${part.value}`,
  );
}

/** The coming seven days, today first and marked, in the place's own calendar. */
export function renderWeek(hours: OpeningHours, view: WeekView): TemplateResult {
  const today = localDate(view.at, hours.timeZone);
  const days = Array.from({ length: 7 }, (_, i) => addDays(today, i));
  const known = hours.alwaysOpen || (hours.weekly?.length ?? 0) > 0;
  // The times below are the place's; named as the status line names them, where they differ.
  const zone = hours.alwaysOpen ? undefined : placeZoneName(view.at, view.locale, hours.timeZone);
  return html`<table part="hours" class="hours-table">
    <caption>
      ${zone ? msg(str`Opening hours (${zone})`, { id: 'hours.caption-in-zone' }) : msg('Opening hours', { id: 'hours.caption' })}
    </caption>
    <tbody>
      ${days.map((date, i) => {
        const { periods, exception } = periodsOn(hours, date);
        let text: string | TemplateResult[];
        if (hours.alwaysOpen && !exception) text = msg('Open 24 hours', { id: 'channel.always-open' });
        else if (periods.length > 0) {
          text = periodList(
            periods.map((p) => `${timeOfDay(p.opens, view.locale)}–${timeOfDay(p.closes, view.locale)}`),
            view.locale,
          );
        } else if (exception || known) text = msg('Closed', { id: 'hours.closed-day' });
        else text = msg('Hours not known', { id: 'channel.hours-unknown' });
        const note = exception ? textIn(exception.note, view.locale, view.dataset) : undefined;
        return html`<tr class=${i === 0 ? 'today' : ''} aria-current=${i === 0 ? 'date' : nothing}>
          <th scope="row">
            ${weekday(date, view.locale)}${i === 0 ? html` <span class="today-mark">${msg('(today)', { id: 'hours.today' })}</span>` : nothing}
          </th>
          <td>
            ${text}${note?.text ? html` · <span lang=${note.lang ?? nothing} dir=${dirOf(note.lang)}>${note.text}</span>` : nothing}
          </td>
        </tr>`;
      })}
    </tbody>
  </table>`;
}
