import { css } from 'lit';

/**
 * Styles every element shares. Every token has a fallback, so an element looks right with no theme
 * at all; all spacing uses logical properties, so right-to-left needs no special case.
 */
export const sharedStyles = css`
  /* The public tokens, each with its default, resolved once: the styles below use only these
     private names, so a default lives in one place. */
  :host {
    --_mrc-color-text: var(--mrc-color-text, #1a1a1a);
    --_mrc-color-muted: var(--mrc-color-muted, #595959);
    --_mrc-color-surface: var(--mrc-color-surface, #ffffff);
    --_mrc-color-border: var(--mrc-color-border, #c9c9c9);
    --_mrc-color-primary: var(--mrc-color-primary, #0b5cad);
    --_mrc-color-on-primary: var(--mrc-color-on-primary, #ffffff);
    --_mrc-color-open: var(--mrc-color-open, #1b6e2d);
    --_mrc-color-closed: var(--mrc-color-closed, #a8201a);
    --_mrc-color-focus: var(--mrc-color-focus, #ffbf47);
    --_mrc-color-skeleton: var(--mrc-color-skeleton, #e6e6e6);
    --_mrc-radius: var(--mrc-radius, 8px);
    --_mrc-space: var(--mrc-space, 1rem);
  }
  :host {
    display: block;
    box-sizing: border-box;
    /* Elements one after another (in a provider, say) keep apart; a host's own margin rule wins. */
    margin-block-end: var(--mrc-space-after, 2rem);
    color: var(--_mrc-color-text);
    font-family: var(--mrc-font-family, inherit);
  }
  /* Inherited properties a host page's rules on *, html or body pass into the element (old themes
     set them all): each is set here, !important so that no page rule on the element outranks it,
     and each through a token, so a host that wants another value says so on purpose. The text is
     never smaller than 16 px, even where the page sets html { font-size: 62.5% }; a reader's own
     larger text (rem) still scales it. */
  :host {
    font-size: var(--mrc-font-size, max(1rem, 16px)) !important;
    line-height: var(--mrc-line-height, 1.5) !important;
    letter-spacing: var(--mrc-letter-spacing, normal) !important;
    word-spacing: normal !important;
    white-space: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    font-style: normal !important;
    font-weight: 400 !important;
    overflow-wrap: normal !important;
    word-break: normal !important;
    hyphens: manual !important;
  }
  :host([hidden]) {
    display: none;
  }
  /* Set, not inherited from the host element: a page's * { box-sizing: content-box } reaches the host. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  /* Lines of text stay short enough to read on a wide screen. */
  p {
    margin: 0;
    max-inline-size: var(--mrc-measure, 42rem);
  }
  /* The surface every element sits on: one border, one radius, one padding. */
  .surface {
    padding: min(var(--_mrc-space), 4%);
    border: 1px solid var(--_mrc-color-border);
    border-radius: var(--_mrc-radius);
    background: var(--_mrc-color-surface);
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a,
  button {
    font: inherit;
    min-block-size: 44px;
  }
  :focus-visible {
    outline: 3px solid var(--_mrc-color-focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_mrc-color-text);
  }
  /* What script moves the focus to (a new screen's heading, a centre's details, an answer's
     feedback) is not a control and gets no ring; a heading reached from the keyboard is marked by
     a quiet underline. */
  [tabindex='-1']:focus,
  [tabindex='-1']:focus-visible {
    outline: none;
    box-shadow: none;
  }
  [role='heading'][tabindex='-1']:focus-visible {
    text-decoration: underline 0.125em var(--mrc-color-focus-heading, var(--_mrc-color-primary));
    text-underline-offset: 0.25em;
  }
  button.secondary {
    display: inline-flex;
    align-items: center;
    padding-block: 0.25rem;
    padding-inline: 0.875rem;
    border: 2px solid var(--_mrc-color-primary);
    border-radius: var(--_mrc-radius);
    background: var(--_mrc-color-surface);
    color: var(--_mrc-color-primary);
    cursor: pointer;
  }
  /* The sign that a toggle opens (a step, the filters): pointing along the reading direction while
     closed, down while open. */
  .chevron::before {
    content: '▸';
    display: inline-block;
  }
  .base[dir='rtl'] .chevron::before {
    content: '◂';
  }
  .base [aria-expanded='true'] > .chevron::before,
  .base details[open] > summary > .chevron::before {
    content: '▾';
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: block;
    border-radius: 4px;
    background: var(--_mrc-color-skeleton);
  }
  @media (prefers-reduced-motion: no-preference) {
    .skeleton {
      animation: mrc-pulse 1.5s ease-in-out infinite;
    }
  }
  @keyframes mrc-pulse {
    50% {
      opacity: 0.5;
    }
  }
  @media print {
    .surface {
      padding: 0;
      border: 0;
    }
  }
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
