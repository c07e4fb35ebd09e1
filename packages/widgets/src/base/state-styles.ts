import { css } from 'lit';

/**
 * Styles of the messages every element shows (loading, empty, not found, error) and of the
 * loading and error states that `renderLoading` and `renderLoadError` draw.
 */
export const stateStyles = css`
  .message {
    display: grid;
    gap: calc(var(--mrc-space, 1rem) * 0.5);
    padding: min(var(--mrc-space, 1rem), 4%);
    border: 1px solid var(--mrc-color-border, #c9c9c9);
    border-radius: var(--mrc-radius, 8px);
    background: var(--mrc-color-surface, #ffffff);
    overflow-wrap: break-word;
  }
  .message-detail {
    color: var(--mrc-color-muted, #595959);
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
    border-inline-start: 6px solid var(--mrc-color-closed, #a8201a);
  }
`;
