import { safeLink } from './links.js';
import { normalisePhone } from './phone.js';

/** The ways a person can reach a hotline or a centre. */
export const CHANNEL_KINDS = [
  'voice',
  'sms',
  'whatsapp',
  'telegram',
  'signal',
  'viber',
  'messenger',
  'chat',
  'email',
] as const;
export type ChannelKind = (typeof CHANNEL_KINDS)[number];

export type ChannelLinkResult =
  | {
      ok: true;
      /** The stored form: E.164 number, user name, address or URL. */
      value: string;
      /** The link that opens the channel. */
      href: string;
      /** What to show a person (a number as written, `@name`, an address). */
      display: string;
    }
  | { ok: false; reason: string };

const MESSENGER_HOSTS: Partial<Record<ChannelKind, string>> = {
  whatsapp: 'wa.me',
  telegram: 't.me',
  signal: 'signal.me',
  messenger: 'm.me',
};

const USER_NAME = /^@?([A-Za-z0-9_.]{3,64})$/;
// No `?`, `&`, `%`, `#` or `/`: a mailto link must not carry hidden recipients or a prefilled body.
const EMAIL = /^[^\s@<>()[\],;:"?&%#/]+@[^\s@<>()[\],;:"?&%#/]+\.[^\s@<>()[\],;:"?&%#/]{2,}$/;

function fromPhone(value: string, make: (e164: string) => string): ChannelLinkResult {
  const phone = normalisePhone(value);
  if (!phone.ok) return phone;
  return { ok: true, value: phone.e164, href: make(phone.e164), display: phone.display };
}

/** A link already pointing at the messenger's own host (`https://wa.me/…`) is kept as it is. */
function fromMessengerUrl(kind: ChannelKind, value: string): ChannelLinkResult | undefined {
  const host = MESSENGER_HOSTS[kind];
  if (!host || !/^https?:\/\//i.test(value)) return undefined;
  const link = safeLink(value);
  if (!link.ok) return link;
  const url = new URL(link.href);
  if (url.hostname !== host) return { ok: false, reason: `a ${kind} link must point to ${host}, not ${url.hostname}` };
  // These services all answer over https; a conversation must not start on a plain-text link.
  url.protocol = 'https:';
  return { ok: true, value: url.href, href: url.href, display: url.href.replace(/^https:\/\//, '') };
}

/**
 * Turns a channel's stored value into a safe link: a phone number for voice, SMS, WhatsApp, Signal
 * and Viber; a user name (or the messenger's own link) for Telegram and Messenger; an address for
 * email; an https link for chat.
 */
export function channelLink(kind: ChannelKind, value: unknown): ChannelLinkResult {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'is empty' };
  const v = value.trim();
  const messengerUrl = fromMessengerUrl(kind, v);
  if (messengerUrl) return messengerUrl;
  switch (kind) {
    case 'voice':
      return fromPhone(v, (n) => `tel:${n}`);
    case 'sms':
      return fromPhone(v, (n) => `sms:${n}`);
    case 'whatsapp':
      return fromPhone(v, (n) => `https://wa.me/${n.slice(1)}`);
    case 'signal':
      return fromPhone(v, (n) => `https://signal.me/#p/${n}`);
    case 'viber':
      return fromPhone(v, (n) => `viber://chat?number=${encodeURIComponent(n)}`);
    case 'telegram':
    case 'messenger': {
      const m = USER_NAME.exec(v);
      if (!m?.[1]) return { ok: false, reason: `"${v}" is not a ${kind} user name or link` };
      const host = MESSENGER_HOSTS[kind] as string;
      return {
        ok: true,
        value: m[1],
        href: `https://${host}/${m[1]}`,
        display: kind === 'telegram' ? `@${m[1]}` : m[1],
      };
    }
    case 'email': {
      const address = v.replace(/^mailto:/i, '');
      if (!EMAIL.test(address)) return { ok: false, reason: `"${v}" is not an email address` };
      return { ok: true, value: address, href: `mailto:${address}`, display: address };
    }
    case 'chat': {
      const link = safeLink(v);
      if (!link.ok) return link;
      // A conversation with a helpline can be sensitive: it must never travel unencrypted.
      if (new URL(link.href).protocol !== 'https:') {
        return { ok: false, reason: `a chat link must start with https://` };
      }
      return { ok: true, value: link.href, href: link.href, display: new URL(link.href).hostname };
    }
  }
}
