import { css } from 'lit';

/** The styles of a centre's details and of the person's list, which load with them (finder-side.ts). */
export const styles = css`
  .details {
    display: grid;
    gap: 0.75rem;
    padding: min(var(--_mrc-space), 4%);
    border: 1px solid var(--_mrc-color-border);
    border-radius: var(--_mrc-radius);
    background: var(--_mrc-color-surface);
    overflow-wrap: break-word;
  }
  /* One at a time on a phone: the details fill the finder instead of a box inside its box. */
  @container (max-width: 47.99rem) {
    .details {
      padding: 0;
      border: 0;
    }
  }
  .shortlist-view {
    display: grid;
    gap: var(--_mrc-space);
  }
  .details-bar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .details-name {
    font-size: 1.3em;
    font-weight: 700;
    line-height: 1.25;
  }
  .address .lines {
    white-space: pre-line;
  }
  .directions {
    display: flex;
    flex-wrap: wrap;
    gap: 1rem;
  }
  .directions a,
  .details a:not(.action) {
    color: var(--_mrc-color-primary);
    min-block-size: 44px;
    display: inline-flex;
    align-items: center;
  }
  .stops-heading {
    font-weight: 700;
  }
  .stops ol {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0;
  }
  .facts dt {
    font-weight: 700;
  }
  .facts dd {
    margin: 0 0 0.5rem;
  }
  .chip {
    display: inline-block;
    margin-block-end: 0.25rem;
    padding-block: 0.125rem;
    padding-inline: 0.5rem;
    border: 1px solid var(--_mrc-color-border);
    /* A pill on one line, a rounded box when a long service name wraps at large text. */
    border-radius: 1.25em;
    font-size: 0.9em;
  }
`;
