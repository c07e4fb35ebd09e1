import { svg, type SVGTemplateResult } from 'lit';
import type { ChannelKind } from '@mrc-kit/sdk';

// Simple 24×24 outline glyphs; decorative (aria-hidden), the words beside them carry the meaning.
const paths: Record<ChannelKind, SVGTemplateResult> = {
  voice: svg`<path d="M6.6 3h2.8l1.4 4.2-2 1.6a11 11 0 0 0 6.4 6.4l1.6-2 4.2 1.4v2.8A2.6 2.6 0 0 1 18.4 20 15.4 15.4 0 0 1 4 5.6 2.6 2.6 0 0 1 6.6 3z"/>`,
  sms: svg`<path d="M4 5h16v11H9l-5 4z"/><path d="M8 10h8M8 13h5"/>`,
  whatsapp: svg`<path d="M4 20l1.3-4A8 8 0 1 1 8 18.7z"/><path d="M9 9c0 3 3 6 6 6l1-1.5-2-1-1 .8a4 4 0 0 1-2.3-2.3l.8-1-1-2z"/>`,
  telegram: svg`<path d="M3 11.5 20 4l-3 16-5-4.5-3 3v-5l8-7-10 5.5z"/>`,
  signal: svg`<circle cx="12" cy="12" r="8"/><path d="M7 19.5 4 20l.8-3.2"/>`,
  viber: svg`<path d="M5 4h14v11H11l-4 4v-4H5z"/><path d="M10 8c0 2 1.5 3.5 3.5 3.5"/>`,
  messenger: svg`<path d="M12 3a8.5 8 0 0 0-5 14.5V21l3-1.7A8.5 8 0 1 0 12 3z"/><path d="m7.5 13.5 3-3 2.5 2 3.5-3"/>`,
  chat: svg`<path d="M3 5h13v9H8l-4 3z"/><path d="M18 9h3v9l-3-2h-6v-2"/>`,
  email: svg`<rect x="3" y="5" width="18" height="14" rx="1"/><path d="m3 7 9 6 9-6"/>`,
};

export function channelIcon(kind: ChannelKind): SVGTemplateResult {
  return svg`<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" fill="none"
    stroke="currentColor" stroke-width="1.8" stroke-linejoin="round" stroke-linecap="round">${paths[kind]}</svg>`;
}
