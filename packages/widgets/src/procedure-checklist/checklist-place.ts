import { html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import { centreStatus, type Centre, type Channel, type Dataset, type StepPlace } from '@mrc-kit/sdk';
import { renderChannels } from '../base/channels.js';
import { statusText } from '../base/status-text.js';
import { dirOf, textIn } from '../base/texts.js';
import { renderWeek } from '../base/week-hours.js';
import { webPage } from './web-page.js';
import { newTabNote } from '../base/links.js';

/** What the "where" part of a step needs from the element. */
export interface PlaceView {
  locale: string;
  at: Date;
  dataset: Dataset;
  /** The centres the steps name, as found in the data; an id not found is not shown. */
  centres: ReadonlyMap<string, Centre>;
  /** Whether each centre gets a "Show on the map" button (the host listens for `mrc-centre-show`). */
  showOnMap: boolean;
  onPlace(stepId: string, centreId: string): void;
  onContact(centreId: string, channel: Channel): void;
  onCopy(number: string): void;
}

function renderCentre(centre: Centre, stepId: string, view: PlaceView): TemplateResult {
  const t = (value: Parameters<typeof textIn>[0]) => textIn(value, view.locale, view.dataset);
  const name = t(centre.name);
  const address = t(centre.address);
  const city = t(centre.city);
  const status = centreStatus(centre, view.at);
  // The address keeps the publisher's line breaks; the city goes on a line of its own.
  const line = [address.text, city.text].filter(Boolean).join('\n');
  // In its own direction: an English address inside a Persian page reads "12 Rue…", not "Rue… 12".
  const addressLang = address.text ? address.lang : city.lang;
  return html`<li part="place" class="place">
    <p class="place-name" lang=${name.lang ?? nothing} dir=${dirOf(name.lang)}>${name.text}</p>
    ${
      line
        ? html`<p class="place-address" lang=${addressLang ?? nothing} dir=${dirOf(addressLang)}>${line}</p>`
        : nothing
    }
    <p class="place-status ${status.state}">${statusText(status, centre, view.at, view.locale)}</p>
    ${centre.hours ? renderWeek(centre.hours, view) : nothing}
    ${
      centre.channels.length > 0
        ? renderChannels(centre.channels, {
            locale: view.locale,
            at: view.at,
            dataset: view.dataset,
            compact: true,
            ownerFree: false,
            onContact: (channel) => view.onContact(centre.id, channel),
            onCopy: view.onCopy,
          })
        : nothing
    }
    ${
      view.showOnMap
        ? html`<button
            part="place-action"
            class="secondary no-print"
            type="button"
            @click=${() => view.onPlace(stepId, centre.id)}
          >
            ${msg('Show on the map', { id: 'checklist.show-on-map' })}
            <span class="visually-hidden">: ${name.text}</span>
          </button>`
        : nothing
    }
  </li>`;
}

/** Where to go for a step: its centres (name, address, open now, the week's hours, ways to get in touch) and its web page. */
export function renderPlace(place: StepPlace, stepId: string, view: PlaceView): TemplateResult {
  const centres = place.centres.map((id) => view.centres.get(id)).filter((c): c is Centre => c !== undefined);
  const note = textIn(place.note, view.locale, view.dataset);
  const web = webPage(place.url);
  if (centres.length === 0 && !web && !note.text) return html``;
  return html`<div part="where" class="where">
    <p class="fact-label">${msg('Where', { id: 'checklist.where' })}</p>
    ${note.text ? html`<p lang=${note.lang ?? nothing} dir=${dirOf(note.lang)}>${note.text}</p>` : nothing}
    ${
      centres.length > 0
        ? html`<ul class="places">
            ${centres.map((c) => renderCentre(c, stepId, view))}
          </ul>`
        : nothing
    }
    ${
      web
        ? html`<p>
            <a part="link" href=${web} target="_blank" rel="noopener noreferrer"
              >${msg('More information online', { id: 'checklist.more-online' })}${newTabNote()}</a
            >
          </p>`
        : nothing
    }
  </div>`;
}
