import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import { directionsLinks, nextStop, stopTimes, type Centre, type CentreResult, type Dataset } from '@mrc-kit/sdk';
import { renderChannels, type ChannelView } from '../base/channels.js';
import { formatDate, formatLanguages } from '../base/format.js';
import { statusText } from '../base/status-text.js';
import { dirOf, textIn } from '../base/texts.js';
import { renderWeek } from '../base/week-hours.js';
import { formatDistance, kindLabel } from './result-texts.js';
import { newTabNote } from '../base/links.js';
import { renderDetailsBar } from './details-bar.js';
import { audienceText, serviceText } from '../base/vocabulary.js';

export interface DetailsView extends Omit<ChannelView, 'compact' | 'ownerFree' | 'dataset'> {
  dataset: Dataset;
  headingLevel: number;
  onBack(): void;
  onPrint(): void;
  /** Whether the centre is on the person's list, and how to add or remove it. */
  shortlisted: boolean;
  onShortlist(): void;
  /**
   * One of several centres on one page (the person's list): no back and print bar, a remove
   * button instead, and ids made unique with this prefix.
   */
  inList?: { idPrefix: string };
}

function renderStops(centre: Centre, view: DetailsView): TemplateResult | typeof nothing {
  const upcoming = centre.stops.filter((stop) => (stopTimes(stop)?.[1] ?? 0) > view.at.getTime());
  if (upcoming.length === 0) return nothing;
  const range = new Intl.DateTimeFormat(view.locale, { dateStyle: 'medium', timeStyle: 'short' });
  const id = `${view.inList?.idPrefix ?? ''}stops-heading`;
  return html`<section class="stops" aria-labelledby=${id}>
    <div id=${id} class="stops-heading" role="heading" aria-level=${Math.min(6, view.headingLevel + 1)}>
      ${msg('Next stops', { id: 'finder.stops' })}
    </div>
    <ol part="stops">
      ${upcoming.map((stop) => {
        const times = stopTimes(stop)!;
        const place = textIn(stop.place, view.locale, view.dataset);
        return html`<li>
          <span lang=${place.lang ?? nothing} dir=${dirOf(place.lang)}>${place.text}</span>:
          ${range.formatRange(new Date(times[0]), new Date(times[1]))}
        </li>`;
      })}
    </ol>
  </section>`;
}

function appointmentText(centre: Centre): string | undefined {
  switch (centre.appointment) {
    case 'walk-in':
      return msg('No appointment needed: come during opening hours.', { id: 'finder.walk-in' });
    case 'appointment':
      return msg('By appointment only: get in touch first.', { id: 'finder.appointment' });
    case 'either':
      return msg('Come during opening hours, or make an appointment.', { id: 'finder.either' });
    default:
      return undefined;
  }
}

function renderShortlistToggle(view: DetailsView): TemplateResult {
  return html`<button part="shortlist-toggle" class="secondary" type="button" @click=${view.onShortlist}>
    ${view.shortlisted ? msg('Remove from my list', { id: 'finder.shortlist.remove' }) : msg('Add to my list', { id: 'finder.shortlist.add' })}
  </button>`;
}

/** Everything a person needs to go to or contact one centre. */
export function renderCentreDetails(result: CentreResult, view: DetailsView): TemplateResult {
  const { centre } = result;
  const t = (value: Parameters<typeof textIn>[0]) => textIn(value, view.locale, view.dataset);
  const name = t(centre.name);
  const operator = t(centre.operator);
  const description = t(centre.description);
  const address = t(centre.address);
  const city = t(centre.city);
  const level = Math.min(6, Math.max(1, Math.round(view.headingLevel) || 2));
  const teamStop = centre.kind === 'mobile-team' ? nextStop(centre, view.at.getTime())?.stop : undefined;
  const place = teamStop?.position ?? centre.position;
  const directions = place ? directionsLinks(place) : undefined;
  const services = centre.services.map((id) => serviceText(id, view.dataset, view.locale));
  const appointment = appointmentText(centre);
  const notes = t(centre.accessibility?.notes);
  const nameId = `${view.inList?.idPrefix ?? ''}details-name`;
  return html`<article part="details" class="details" aria-labelledby=${nameId}>
    ${view.inList ? nothing : renderDetailsBar(view, renderShortlistToggle(view))}
    <div
      id=${nameId}
      class="details-name"
      role="heading"
      aria-level=${level}
      tabindex=${view.inList ? nothing : '-1'}
      lang=${name.lang ?? nothing}
      dir=${dirOf(name.lang)}
    >
      ${name.text}
    </div>
    <p class="meta">
      <span class="kind">${kindLabel(centre.kind)}</span>
      ${result.distanceKm !== undefined ? html` · ${formatDistance(result.distanceKm, view.locale)}` : nothing} ·
      <span class="status ${result.status.state}">${statusText(result.status, centre, view.at, view.locale)}</span>
    </p>
    ${operator.text ? html`<p class="operator">${msg('Run by', { id: 'finder.operator' })} <span lang=${operator.lang ?? nothing} dir=${dirOf(operator.lang)}>${operator.text}</span></p>` : nothing}
    ${description.text ? html`<p lang=${description.lang ?? nothing} dir=${dirOf(description.lang)}>${description.text}</p>` : nothing}
    ${
      address.text || city.text
        ? // The address keeps its own line breaks (pre-line) inside its span only: the template's
          // indentation around it must not show as empty lines.
          html`<p
            part="address"
            class="address"
            lang=${address.lang ?? city.lang ?? nothing}
            dir=${dirOf(address.lang ?? city.lang)}
          >
            <span class="lines">${address.text}</span>${address.text && city.text ? html`<br />` : nothing}${city.text}
          </p>`
        : nothing
    }
    ${
      directions
        ? html`<p class="directions no-print">
            <a part="directions" href=${directions.geo}>${msg('Open in my maps app', { id: 'finder.geo' })}</a>
            <a part="directions" href=${directions.osm} target="_blank" rel="noopener noreferrer">
              ${msg('See on OpenStreetMap', { id: 'finder.osm' })} ${newTabNote()}
            </a>
          </p>`
        : nothing
    }
    ${renderStops(centre, view)}
    ${
      centre.channels.length > 0
        ? renderChannels(centre.channels, { ...view, compact: false, ownerFree: false })
        : nothing
    }
    ${centre.hours ? renderWeek(centre.hours, view) : nothing}
    <dl class="facts">
      ${
        services.length > 0
          ? html`<dt>${msg('Services', { id: 'finder.services' })}</dt>
              <dd>${services.map((s) => html`<span class="chip" lang=${s.lang ?? nothing}>${s.text}</span> `)}</dd>`
          : nothing
      }
      ${
        centre.audiences.length > 0
          ? html`<dt>${msg('For', { id: 'finder.audiences' })}</dt>
              <dd>
                ${centre.audiences.map((a) => {
                  const name = audienceText(a, view.locale);
                  return html`<span class="chip" lang=${name.lang ?? nothing}>${name.text}</span> `;
                })}
              </dd>`
          : nothing
      }
      ${
        centre.languages.length > 0
          ? html`<dt>${msg('Languages', { id: 'finder.languages' })}</dt>
              <dd>${formatLanguages(centre.languages, view.locale, view.dataset)}</dd>`
          : nothing
      }
      ${
        appointment
          ? html`<dt>${msg('Appointments', { id: 'finder.appointments' })}</dt>
              <dd>${appointment}</dd>`
          : nothing
      }
      ${
        centre.accessibility
          ? html`<dt>${msg('Access', { id: 'finder.access' })}</dt>
              <dd>
                ${centre.accessibility.wheelchair === true ? msg('Step-free access for wheelchairs.', { id: 'finder.wheelchair' }) : nothing}
                ${centre.accessibility.wheelchair === false ? msg('No step-free access.', { id: 'finder.no-wheelchair' }) : nothing}
                ${notes.text ? html`<span lang=${notes.lang ?? nothing} dir=${dirOf(notes.lang)}>${notes.text}</span>` : nothing}
              </dd>`
          : nothing
      }
    </dl>
    ${
      centre.lastVerified
        ? html`<p class="verified">
            ${msg(str`Information checked on ${formatDate(centre.lastVerified, view.locale)}`, { id: 'common.verified' })}
          </p>`
        : nothing
    }
    ${view.inList ? html`<p class="no-print">${renderShortlistToggle(view)}</p>` : nothing}
  </article>`;
}
