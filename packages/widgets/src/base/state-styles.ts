import { css } from 'lit';

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
  .loading {
    min-block-size: 9rem;
    align-content: start;
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
