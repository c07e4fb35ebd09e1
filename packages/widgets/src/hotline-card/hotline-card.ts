import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { Task } from '@lit/task';
import {
  isAlwaysOpen,
  nextOpening,
  type Dataset,
  type Hotline,
  type LoadResult,
  type OpeningStatus,
} from '@mrc-kit/sdk';
import { Announcer } from '../base/announcer.js';
import { MrcDataElement } from '../base/data-element.js';
import { renderDataTask, rerunInPlace } from '../base/data-task.js';
import { keptCopyDay, renderFreshnessNote } from '../base/freshness-note.js';
import { MrcContactEvent } from '../base/events.js';
import { channelStatus, copyNumber, copyOutcome, renderChannels } from '../base/channels.js';
import { dirOf, textIn } from '../base/texts.js';
import { countryName, formatDate, formatPlaceTime } from '../base/format.js';
import { hotlineCardStyles } from './hotline-card.styles.js';

/** Re-check "open now" at least this often, and never more often than once a second. */
const MAX_REFRESH_MS = 15 * 60_000;

interface Loaded {
  dataset: Dataset;
  hotlines: Hotline[];
  freshness?: LoadResult['freshness'];
}

/**
 * One or more helplines: every way to reach them, their hours and whether they are open now, the
 * languages spoken, and badges for free, anonymous, 24/7 and emergency lines.
 *
 * @tagname mrc-hotline-card
 * @summary Helpline card: channels, hours, open now, languages, free and anonymous.
 *
 * @slot - Fallback content (a phone link, say), shown before the element loads and whenever its data cannot be loaded.
 *
 * @csspart hotline - One helpline (an `article`).
 * @csspart name - The helpline's name (a heading).
 * @csspart operator - Who runs the helpline.
 * @csspart description - The helpline's description.
 * @csspart badges - The list of badges.
 * @csspart badge - One badge (free, anonymous, 24/7, emergency).
 * @csspart status - "Open now · closes at …" line.
 * @csspart channels - The list of contact channels.
 * @csspart channel - One channel.
 * @csspart action - The link that calls, messages or writes.
 * @csspart copy - The copy-number button.
 * @csspart channel-info - A channel's hours and languages.
 * @csspart verified - The last verified date.
 *
 * @cssproperty [--mrc-color-surface=#ffffff] - Card background.
 * @cssproperty [--mrc-color-border=#c9c9c9] - Card and separator borders.
 * @cssproperty [--mrc-color-primary=#0b5cad] - Actions and links.
 * @cssproperty [--mrc-color-on-primary=#ffffff] - Text on primary actions.
 * @cssproperty [--mrc-color-open=#1b6e2d] - "Open now".
 * @cssproperty [--mrc-color-closed=#a8201a] - "Closed now".
 *
 * @event mrc-contact - A channel was used. `detail`: `{ hotlineId, channel }` (the channel kind), nothing else.
 */
export class MrcHotlineCard extends MrcDataElement {
  static override styles = hotlineCardStyles;

  /** One hotline id, or several separated by spaces (shown in that order). */
  @property() hotline?: string;

  /** Show the hotlines serving this country (ISO 3166-1 alpha-2, such as `SN`). */
  @property() country?: string;

  /** With `country`: only hotlines with this topic (such as `trafficking`). */
  @property() topic?: string;

  /** `full` (default) or `compact` for a sidebar: name, status and actions only. */
  @property({ reflect: true }) variant: 'full' | 'compact' = 'full';

  /** Heading level of each helpline's name (1–6), to fit the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /** The moment "open now" is computed for. Default: the current time, kept up to date. For demos and tests. */
  @property({ attribute: false }) now?: Date;

  /** The outcome of the last copy, announced in the live region. */
  private announcer = new Announcer<{ ok: boolean; number: string }>(this);
  @state() private tick = Date.now();
  private refreshTimer?: ReturnType<typeof setTimeout>;

  private data = new Task(this, {
    task: async ([client, hotline, country, topic], { signal }): Promise<Loaded> => {
      const { dataset, freshness } = await this.loadFrom(client, signal);
      const ids = (hotline ?? '').split(/\s+/).filter(Boolean);
      const hotlines = await client!.hotlines.list({
        ...(ids.length > 0 && { ids }),
        ...(country && { country }),
        ...(topic && { topic }),
      });
      return { dataset, hotlines, freshness };
    },
    args: () =>
      [this.activeClient, this.hotline, this.country?.trim() || undefined, this.topic?.trim() || undefined] as const,
  });

  protected override dataUpdated(): Promise<void> {
    return rerunInPlace(this.data);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page (moved, or re-attached by a framework): read the clock again, which also
    // re-renders and so schedules the next refresh.
    this.tick = Date.now();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.refreshTimer);
  }

  private get at(): Date {
    return this.now ?? new Date(this.tick);
  }

  /** Re-renders when the earliest shown "open/closed" state changes, so the card never goes stale. */
  private scheduleRefresh(statuses: OpeningStatus[]): void {
    clearTimeout(this.refreshTimer);
    if (this.now || !this.isConnected) return;
    const next = Math.min(...statuses.map((s) => s.changesAt?.getTime() ?? Infinity));
    const wait = Math.min(Math.max(next - Date.now() + 500, 1000), MAX_REFRESH_MS);
    this.refreshTimer = setTimeout(() => (this.tick = Date.now()), wait);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderDataTask(this.data, {
        tag: 'mrc-hotline-card',
        loading: msg('Loading helplines…', { id: 'hotline.loading' }),
        errorTitle: msg('Helpline information could not be loaded.', { id: 'hotline.error' }),
        complete: (loaded) => this.renderLoaded(loaded),
      })}
      ${this.announcer.render(copyOutcome)}
    </div>`;
  }

  private renderLoaded({ dataset, hotlines, freshness }: Loaded): TemplateResult {
    if (hotlines.length === 0) return this.renderEmpty();
    const at = this.at;
    const statuses: OpeningStatus[] = [];
    // "Open now" from a kept copy is computed from the current clock, but the hours may have
    // changed since: the status says which day's hours it goes by.
    const asOf = keptCopyDay(freshness, this.locale);
    const cards = hotlines.map((h) => this.renderHotline(h, dataset, at, statuses, asOf));
    this.scheduleRefresh(statuses);
    return html`${renderFreshnessNote(freshness, this.locale)}${cards}`;
  }

  private renderEmpty(): TemplateResult {
    const country = this.country?.trim();
    const text = country
      ? msg(str`No helpline is listed for ${countryName(country, this.locale)}.`, { id: 'hotline.empty-country' })
      : msg('No helpline matches this selection.', { id: 'hotline.empty' });
    return html`<div part="message" class="message empty" role="status">
      <p>${text}</p>
      <slot></slot>
    </div>`;
  }

  private renderHotline(
    hotline: Hotline,
    dataset: Dataset,
    at: Date,
    statuses: OpeningStatus[],
    asOf: string | undefined,
  ): TemplateResult {
    const name = textIn(hotline.name, this.locale, dataset);
    const operator = textIn(hotline.operator, this.locale, dataset);
    const description = textIn(hotline.description, this.locale, dataset);
    const headingId = `hotline-${hotline.id}`;
    const compact = this.variant === 'compact';
    const channelStatuses = hotline.channels.map((c) => channelStatus(c, at));
    statuses.push(...channelStatuses);
    return html`<article part="hotline" class="hotline surface" aria-labelledby=${headingId}>
      ${this.renderHeading(headingId, name.text, name.lang)}
      ${
        operator.text && !compact
          ? html`<p part="operator" class="operator">
              ${msg('Run by', { id: 'hotline.operator' })}
              <span lang=${operator.lang ?? nothing} dir=${dirOf(operator.lang)}>${operator.text}</span>
            </p>`
          : nothing
      }
      ${this.renderBadges(hotline)} ${this.renderStatus(hotline, channelStatuses, asOf)}
      ${
        description.text && !compact
          ? html`<p
              part="description"
              class="description"
              lang=${description.lang ?? nothing}
              dir=${dirOf(description.lang)}
            >
              ${description.text}
            </p>`
          : nothing
      }
      ${renderChannels(hotline.channels, {
        locale: this.locale,
        at,
        dataset,
        compact,
        ownerFree: hotline.free,
        onContact: (channel) => this.emit(new MrcContactEvent({ hotlineId: hotline.id, channel: channel.kind })),
        // Cleared after a while, so that the same message, announced again, is heard again.
        onCopy: (number) =>
          void copyNumber(number).then((outcome) => this.announcer.say(outcome, { clearAfter: 5000 })),
      })}
      ${
        hotline.lastVerified && !compact
          ? html`<p part="verified" class="verified">
              ${msg(str`Information checked on ${formatDate(hotline.lastVerified, this.locale)}`, {
                id: 'common.verified',
              })}
            </p>`
          : nothing
      }
    </article>`;
  }

  private renderHeading(id: string, text: string, lang: string | undefined): TemplateResult {
    const level = Math.min(6, Math.max(1, Math.round(this.headingLevel) || 2));
    return html`<div
      part="name"
      class="name"
      id=${id}
      role="heading"
      aria-level=${level}
      lang=${lang ?? nothing}
      dir=${dirOf(lang)}
    >
      ${text}
    </div>`;
  }

  private renderBadges(hotline: Hotline): TemplateResult | typeof nothing {
    const badges: [string, string][] = [];
    if (hotline.emergency) badges.push(['emergency', msg('Emergency', { id: 'hotline.badge.emergency' })]);
    if (isAlwaysOpen(hotline)) badges.push(['always', msg('24/7', { id: 'hotline.badge.always-open' })]);
    if (hotline.free) badges.push(['free', msg('Free', { id: 'channel.free' })]);
    if (hotline.anonymous) badges.push(['anonymous', msg('Anonymous', { id: 'hotline.badge.anonymous' })]);
    if (badges.length === 0) return nothing;
    return html`<ul part="badges" class="badges" aria-label=${msg('Features', { id: 'hotline.badges' })}>
      ${badges.map(([kind, label]) => html`<li part="badge" class="badge ${kind}">${label}</li>`)}
    </ul>`;
  }

  /** The helpline is open when any channel is; closed when every channel is; otherwise unknown. */
  private renderStatus(
    hotline: Hotline,
    statuses: OpeningStatus[],
    asOf: string | undefined,
  ): TemplateResult | typeof nothing {
    const open = statuses.filter((s) => s.state === 'open');
    const closed = statuses.filter((s) => s.state === 'closed');
    if (open.length > 0) {
      const allAlways = isAlwaysOpen(hotline);
      return this.statusLine(
        'open',
        allAlways
          ? msg('Open now, day and night', { id: 'hotline.open-always' })
          : msg('Open now', { id: 'status.open' }),
        '',
        asOf,
      );
    }
    if (closed.length === statuses.length && statuses.length > 0) {
      const next = hotline.channels
        .map((c) => ({ at: nextOpening(c.hours, this.at), tz: c.hours?.timeZone }))
        .filter((c): c is { at: Date; tz: string } => !!c.at && !!c.tz)
        .sort((a, b) => a.at.getTime() - b.at.getTime())[0];
      let opens = '';
      if (next) {
        const { day, time } = formatPlaceTime(next.at, this.at, this.locale, next.tz);
        opens = day
          ? msg(str`Opens ${day} at ${time}`, { id: 'hotline.opens-on' })
          : msg(str`Opens at ${time}`, { id: 'hotline.opens-at' });
      }
      return this.statusLine('closed', msg('Closed now', { id: 'status.closed' }), opens, asOf);
    }
    // The compact card hides the channels' hours, so it cannot send the reader to them.
    if (this.variant === 'compact') return nothing;
    return this.statusLine('unknown', msg('Check the hours of each channel', { id: 'hotline.hours-unknown' }));
  }

  private statusLine(state: 'open' | 'closed' | 'unknown', label: string, extra = '', asOf?: string): TemplateResult {
    const mark = state === 'open' ? '●' : state === 'closed' ? '○' : '◌';
    return html`<p part="status" class="status ${state}">
      <span class="mark" aria-hidden="true">${mark}</span>
      <strong>${label}</strong>${extra ? html` · ${extra}` : nothing}${
        asOf
          ? html` · <span class="as-of">${msg(str`hours as of ${asOf}`, { id: 'hotline.hours-as-of' })}</span>`
          : nothing
      }
    </p>`;
  }
}
