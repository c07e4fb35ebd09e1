import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import {
  nextClosing,
  nextOpening,
  openingStatus,
  safeLink,
  type Channel,
  type ChannelKind,
  type Dataset,
  type OpeningStatus,
} from '@mrc-kit/sdk';
import { channelIcon } from './channel-icons.js';
import { formatLanguages, formatPlaceTime } from './format.js';
import { dirOf, textIn } from './texts.js';
import { newTabNote } from './links.js';

/** What the channel list needs from the element that shows it. */
export interface ChannelView {
  locale: string;
  /** The moment "open now" is computed for. */
  at: Date;
  dataset: Pick<Dataset, 'defaultLocale'>;
  /** Name, status and actions only (no hours, languages or notes). */
  compact: boolean;
  /** Whether the owner (a hotline) is free as a whole, so that channels need not say so one by one. */
  ownerFree: boolean;
  /** A channel was used: the element emits `mrc-contact`. */
  onContact(channel: Channel): void;
  /** The copy button was pressed for this number. */
  onCopy(number: string): void;
}

const PHONE_KINDS = new Set<ChannelKind>(['voice', 'sms', 'whatsapp', 'signal', 'viber']);

/**
 * An address or a user name with the places it may wrap at marked (after "@", before ".", "_" or
 * "-"), so that on a very narrow line it breaks between its parts, never inside one. A phone number
 * is left as it is: it wraps, if it must, between its groups.
 */
function breakable(display: string): string | TemplateResult[] {
  if (!/[A-Za-z@]/.test(display)) return display;
  return display.split(/(?<=@)|(?=[._-])/).flatMap((part, i) => (i === 0 ? [html`${part}`] : [html`<wbr />${part}`]));
}

/** What a channel's action says when the data gives no label. */
function channelVerb(kind: ChannelKind): string {
  switch (kind) {
    case 'voice':
      return msg('Call', { id: 'channel.voice' });
    case 'sms':
      return msg('Send a text message', { id: 'channel.sms' });
    case 'whatsapp':
      return msg('Message on WhatsApp', { id: 'channel.whatsapp' });
    case 'telegram':
      return msg('Message on Telegram', { id: 'channel.telegram' });
    case 'signal':
      return msg('Message on Signal', { id: 'channel.signal' });
    case 'viber':
      return msg('Message on Viber', { id: 'channel.viber' });
    case 'messenger':
      return msg('Message on Messenger', { id: 'channel.messenger' });
    case 'chat':
      return msg('Chat online', { id: 'channel.chat' });
    case 'email':
      return msg('Send an email', { id: 'channel.email' });
  }
}

/**
 * Whether a channel is open at `at`, from its hours. A channel's hours are already its owner's when it
 * gives none of its own (the SDK fills them in when it reads the data, as the data format says), and
 * stay unknown when its own were bad; so every element that lists channels asks this, never its
 * owner's status.
 */
export function channelStatus(channel: Channel, at: Date): OpeningStatus {
  return openingStatus(channel.hours, at);
}

/** "Open now, closes at 17:00", "Closed now, opens Monday at 09:00", "Hours not known"… */
function channelHours(channel: Channel, status: OpeningStatus, at: Date, locale: string): string {
  const tz = channel.hours?.timeZone;
  if (status.state === 'unknown' || !tz) return msg('Hours not known', { id: 'channel.hours-unknown' });
  if (channel.hours?.alwaysOpen && !status.changesAt) return msg('Open 24 hours', { id: 'channel.always-open' });
  // Only a change to a known state is named: a closure followed by unknown hours has no "opens at".
  const change = status.state === 'open' ? nextClosing(channel.hours, at) : nextOpening(channel.hours, at);
  if (!change) {
    return status.state === 'open'
      ? msg('Open now', { id: 'status.open' })
      : msg('Closed now', { id: 'status.closed' });
  }
  const { day, time } = formatPlaceTime(change, at, locale, tz);
  if (status.state === 'open') {
    return day
      ? msg(str`Open now, closes ${day} at ${time}`, { id: 'channel.open-until-day' })
      : msg(str`Open now, closes at ${time}`, { id: 'channel.open-until' });
  }
  return day
    ? msg(str`Closed now, opens ${day} at ${time}`, { id: 'channel.closed-until-day' })
    : msg(str`Closed now, opens at ${time}`, { id: 'channel.closed-until' });
}

function renderChannel(channel: Channel, status: OpeningStatus, view: ChannelView, copy: boolean): TemplateResult {
  // The SDK checked every link already; checking again here means no unsafe link can ever reach
  // the DOM, even from a hand-made client that skipped validation.
  const link = safeLink(channel.href);
  const label = textIn(channel.label, view.locale, view.dataset);
  const note = textIn(channel.note, view.locale, view.dataset);
  const external = link.ok && /^https?:/.test(link.href);
  return html`<li part="channel" class="channel ${status.state}">
    <div class="channel-actions">
      ${
        link.ok
          ? html`<a
              part="action"
              class="action"
              href=${link.href}
              target=${external ? '_blank' : nothing}
              rel=${external ? 'noopener noreferrer' : nothing}
              @click=${() => view.onContact(channel)}
            >
              ${channelIcon(channel.kind)}
              <span class="action-text">
                ${
                  label.text
                    ? html`<span class="verb" lang=${label.lang ?? nothing} dir=${dirOf(label.lang)}
                        >${label.text}</span
                      >`
                    : html`<span class="verb">${channelVerb(channel.kind)}</span>`
                }
                <span class="value" dir="ltr">${breakable(channel.display)}</span>
              </span>
              ${external ? newTabNote() : nothing}
            </a>`
          : html`<span class="action unavailable">${channel.display}</span>`
      }
      ${
        copy
          ? html`<button
              part="copy"
              class="copy secondary"
              type="button"
              aria-label=${msg(str`Copy the number ${channel.display}`, { id: 'channel.copy-label' })}
              @click=${() => view.onCopy(channel.value)}
            >
              ${msg('Copy', { id: 'channel.copy' })}
            </button>`
          : nothing
      }
    </div>
    ${
      view.compact
        ? nothing
        : html`<p part="channel-info" class="channel-info">
            <span class="hours ${status.state}">${channelHours(channel, status, view.at, view.locale)}</span>
            ${
              channel.languages.length > 0
                ? html`<span class="languages">
                    ${msg(str`Languages: ${formatLanguages(channel.languages, view.locale, view.dataset)}`, { id: 'channel.languages' })}
                  </span>`
                : nothing
            }
            ${channel.free && !view.ownerFree ? html`<span>${msg('Free', { id: 'channel.free' })}</span>` : nothing}
            ${note.text ? html`<span lang=${note.lang ?? nothing} dir=${dirOf(note.lang)}>${note.text}</span>` : nothing}
          </p>`
    }
  </li>`;
}

/**
 * Every way to reach a hotline or a centre, each a real action (call, message, write), with its
 * hours ({@link channelStatus}) and languages. One copy button per distinct number: the same number
 * on voice and WhatsApp is copied once.
 */
export function renderChannels(channels: readonly Channel[], view: ChannelView) {
  const copied = new Set<string>();
  return html`<ul part="channels" class="channels" aria-label=${msg('Ways to get in touch', { id: 'channel.list' })}>
    ${channels.map((channel) => {
      const copy = PHONE_KINDS.has(channel.kind) && channel.value.startsWith('+') && !copied.has(channel.value);
      if (copy) copied.add(channel.value);
      return renderChannel(channel, channelStatus(channel, view.at), view, copy);
    })}
  </ul>`;
}

/** What the live region says after a copy. */
export function copyOutcome(copied: { ok: boolean; number: string } | undefined): string {
  if (!copied) return '';
  return copied.ok
    ? msg(str`Number copied: ${copied.number}`, { id: 'channel.copied' })
    : msg(str`The number could not be copied. It is ${copied.number}.`, { id: 'channel.copy-failed' });
}

/** Copies a number; clipboard access can be refused (permissions, insecure page), which the outcome says. */
export async function copyNumber(number: string): Promise<{ ok: boolean; number: string }> {
  try {
    await navigator.clipboard.writeText(number);
    return { ok: true, number };
  } catch {
    return { ok: false, number };
  }
}
