import { css, type CSSResult } from 'lit';

/**
 * Styles of the messages every element shows (loading, empty, not found, error, kept copy) and of
 * the states that `renderLoading`, `renderLoadError` and `renderFreshnessNote` draw.
 */
export const stateStyles = css`
  .message {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
    padding: min(var(--_mrc-space), 4%);
    border: 1px solid var(--_mrc-color-border);
    border-radius: var(--_mrc-radius);
    background: var(--_mrc-color-surface);
    overflow-wrap: break-word;
  }
  .message-detail {
    color: var(--_mrc-color-muted);
    font-size: 0.9em;
  }
  /* While loading, the element keeps the space its content will take, so that the page after it
     does not move when the content comes: the loading box stands in for the element's surface. */
  .loading {
    min-block-size: var(--_mrc-loading-size, 9rem);
    align-content: start;
  }
  .surface:has(> .loading) {
    padding: 0;
    border: 0;
  }
  /* With the host's fallback content, that content shows alone, where it was before the element's
     code ran: no placeholders, no frame. */
  .loading.fallback {
    display: block;
    padding: 0;
    border: 0;
    background: none;
  }
  .loading.fallback > .skeleton {
    display: none;
  }
  .skeleton.line {
    block-size: 1rem;
    inline-size: 60%;
  }
  .skeleton.line.wide {
    block-size: 1.5rem;
    inline-size: 80%;
  }
  .skeleton.button {
    block-size: 44px;
    inline-size: 40%;
  }
  .message-title {
    font-weight: 700;
  }
  .error {
    border-inline-start: 6px solid var(--_mrc-color-closed);
  }
  .freshness {
    margin-block: 0 calc(var(--_mrc-space) * 0.75);
    padding-block: calc(var(--_mrc-space) * 0.5);
    border-inline-start: 6px solid var(--_mrc-color-focus);
  }
  .freshness.checking {
    border-inline-start-color: var(--_mrc-color-border);
  }
`;

/**
 * The space an element keeps while it loads (`--mrc-loading-block-size`), by default the height of
 * its content with the demo dataset: one figure for phones, one for wider screens (from 30rem).
 * `docs/embedding.md` gives the same figures for a host page to reserve before the code runs.
 */
export function loadingSize(narrowRem: number, wideRem: number): CSSResult {
  return css`
    :host {
      --_mrc-loading-size: var(--mrc-loading-block-size, ${narrowRem}rem);
    }
    @media (min-width: 30rem) {
      :host {
        --_mrc-loading-size: var(--mrc-loading-block-size, ${wideRem}rem);
      }
    }
  `;
}
