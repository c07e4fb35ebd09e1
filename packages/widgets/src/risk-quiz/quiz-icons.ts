import { svg, type SVGTemplateResult } from 'lit';

// Right and wrong are said in words too; the marks are decorative (aria-hidden) and never colour alone.
const marks = {
  right: svg`<path d="M5 12.5l4.5 4.5L19 7.5"/>`,
  wrong: svg`<path d="M6.5 6.5l11 11M17.5 6.5l-11 11"/>`,
  partly: svg`<path d="M5 12h14"/>`,
};

export type Mark = keyof typeof marks;

export function markIcon(mark: Mark): SVGTemplateResult {
  return svg`<svg class="mark-icon ${mark}" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"
    focusable="false" fill="none" stroke="currentColor" stroke-width="2.6" stroke-linecap="round"
    stroke-linejoin="round">${marks[mark]}</svg>`;
}
