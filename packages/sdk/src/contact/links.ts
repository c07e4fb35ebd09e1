/**
 * Only these schemes ever reach a page. Everything else (`javascript:`, `data:`, `file:`, `blob:`,
 * `vbscript:`, unknown apps) is rejected, whatever the case or the characters around it.
 */
// `geo:` places only ever come from numbers (directions.ts).
const SAFE_SCHEMES = new Set(['https:', 'http:', 'tel:', 'sms:', 'mailto:', 'viber:', 'geo:']);

export type LinkResult = { ok: true; href: string } | { ok: false; reason: string };

/**
 * Checks a link before it may be rendered. Returns the normalised href, or why it was refused.
 * Browsers strip tabs and newlines inside URLs, which is how `java\nscript:` slips past naive
 * checks; any control character or space therefore rejects the link outright.
 */
export function safeLink(value: unknown): LinkResult {
  if (typeof value !== 'string' || value.trim() === '') return { ok: false, reason: 'is not a link' };
  const raw = value.trim();
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0020\u007f-\u009f]/.test(raw)) {
    return { ok: false, reason: `"${raw}" contains spaces or control characters` };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, reason: `"${raw}" is not a complete link (it needs a scheme such as https://)` };
  }
  if (!SAFE_SCHEMES.has(url.protocol)) {
    return { ok: false, reason: `"${url.protocol}" links are not allowed; use https:, http:, tel:, sms: or mailto:` };
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && (url.username || url.password)) {
    return { ok: false, reason: `"${raw}" carries a user name or password` };
  }
  if ((url.protocol === 'https:' || url.protocol === 'http:') && !url.hostname) {
    return { ok: false, reason: `"${raw}" has no host` };
  }
  return { ok: true, href: url.href };
}
