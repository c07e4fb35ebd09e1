import { channelLink, type ChannelKind } from '../contact/channel-link.js';
import { callingCode } from './countries.js';
import { readLanguages } from './languages.js';
import { children, quote, type Node, type Report, text } from './read.js';

/** A contact channel in the kit's dataset format, before validation. */
export interface RawChannel {
  kind: ChannelKind;
  value: string;
  languages?: string[];
  note?: string;
}

/** A channel and its stored form, so that the same number given twice is listed once. */
export interface ReadChannel {
  channel: RawChannel;
  key: string;
}

// RFC 6350 phone types, which HSDS uses; `cell` is a phone first: an SMS is not assumed.
const KINDS: Readonly<Record<string, ChannelKind>> = {
  voice: 'voice',
  cell: 'voice',
  mobile: 'voice',
  text: 'sms',
  sms: 'sms',
};

const NOT_KEPT: Readonly<Record<string, string>> = {
  fax: 'a fax number is not a way for people to reach a centre in mrc-kit; left out',
  pager: 'a pager number is not a way for people to reach a centre in mrc-kit; left out',
  video: 'mrc-kit has no channel for video calls; left out',
  textphone: 'mrc-kit has no channel for textphones (TTY); left out',
};

const QUOTES = /^["'“”‘’]+|["'“”‘’]+$/g;
const SEPARATORS = /^[\s.\-/]+/;

/**
 * A national number becomes international with the country's calling code, its trunk prefix
 * dropped (`01234 234567` in GB is `+44 1234 234567`). Without a known country and code it is
 * reported: a wrong calling code would ring a stranger.
 */
function international(number: string, country: string | undefined): { value: string } | { reason: string } {
  if (/^(\+|00)/.test(number)) return { value: number };
  if (country === undefined) {
    return { reason: `${quote(number)} has no country code and the centre's country is not known; left out` };
  }
  const code = callingCode(country);
  if (!code) {
    return {
      reason: `${quote(number)} has no country code, and the importer does not know the calling code of ${country}: write it in international form (+…); left out`,
    };
  }
  let national = number.replace(SEPARATORS, '');
  if (code.trunk && national.startsWith(code.trunk))
    national = national.slice(code.trunk.length).replace(SEPARATORS, '');
  return { value: `+${code.calling} ${national}` };
}

/** One HSDS phone as a voice or SMS channel; fax and other kinds are reported and left out. */
export function readPhone(node: Node, country: string | undefined, report: Report): ReadChannel | undefined {
  const raw = text(node, 'number');
  if (raw === undefined) {
    report.skipped([...node.path, 'number'], 'no phone number; phone left out');
    return undefined;
  }
  const type = text(node, 'type')?.toLowerCase();
  if (type !== undefined && NOT_KEPT[type]) {
    report.skipped([...node.path, 'type'], `${quote(raw)} is a ${type} number: ${NOT_KEPT[type]}`);
    return undefined;
  }
  let kind = type === undefined ? 'voice' : KINDS[type];
  if (kind === undefined) {
    kind = 'voice';
    report.repaired([...node.path, 'type'], `${quote(type)} is not a phone type of RFC 6350; read as a voice line`);
  }
  const number = raw.replace(QUOTES, '').trim();
  if (number !== raw) report.repaired([...node.path, 'number'], `the quote marks around ${raw} were removed`);
  const full = international(number, country);
  if ('reason' in full) {
    report.skipped([...node.path, 'number'], full.reason);
    return undefined;
  }
  const link = channelLink(kind, full.value);
  if (!link.ok) {
    report.skipped([...node.path, 'number'], `${link.reason}; phone left out`);
    return undefined;
  }
  if (full.value !== number) {
    report.repaired(
      [...node.path, 'number'],
      `national number read as ${link.value} with the calling code of ${country}`,
    );
  }
  if (node.value.extension !== undefined && node.value.extension !== null && node.value.extension !== '') {
    report.repaired(
      [...node.path, 'extension'],
      `extension ${quote(node.value.extension)} left out: a phone link cannot dial an extension`,
    );
  }
  const languages = readLanguages(children(node, 'languages'), report);
  const note = text(node, 'description');
  const channel: RawChannel = {
    kind,
    value: full.value,
    ...(languages.length > 0 && { languages }),
    ...(note !== undefined && { note }),
  };
  return { channel, key: `${kind}:${link.value}` };
}

/** An email address as a channel; anything that is not a plain address is reported. */
export function readEmail(node: Node, key: string, report: Report): ReadChannel | undefined {
  const value = text(node, key);
  if (value === undefined) return undefined;
  const link = channelLink('email', value);
  if (!link.ok) {
    report.skipped([...node.path, key], `${link.reason}; email left out`);
    return undefined;
  }
  return { channel: { kind: 'email', value: link.value }, key: `email:${link.value.toLowerCase()}` };
}
