import { safeLink } from '@mrc-kit/sdk';

/**
 * A link to a web page, checked again before it is rendered (as every link is), so that no unsafe
 * link reaches the page whatever the client handed over: only `https:` and `http:`.
 */
export function webPage(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const link = safeLink(url);
  return link.ok && /^https?:/.test(link.href) ? link.href : undefined;
}
