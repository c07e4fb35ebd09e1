import { css } from 'lit';

/**
 * Styles every element shares. Every token has a fallback, so an element looks right with no theme
 * at all; all spacing uses logical properties, so right-to-left needs no special case.
 */
export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    color: var(--mrc-color-text, #1a1a1a);
    font-family: var(--mrc-font-family, inherit);
    font-size: var(--mrc-font-size, 1rem);
    line-height: 1.5;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p {
    margin: 0;
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
    outline: 3px solid var(--mrc-color-focus, #ffbf47);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--mrc-color-text, #1a1a1a);
  }
  button.secondary {
    display: inline-flex;
    align-items: center;
    padding-block: 0.25rem;
    padding-inline: 0.875rem;
    border: 2px solid var(--mrc-color-primary, #0b5cad);
    border-radius: var(--mrc-radius, 8px);
    background: var(--mrc-color-surface, #ffffff);
    color: var(--mrc-color-primary, #0b5cad);
    cursor: pointer;
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
    background: var(--mrc-color-skeleton, #e6e6e6);
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
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid CanvasText;
    }
  }
`;
