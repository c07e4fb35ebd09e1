import { css } from 'lit';

/** Styles of the contact channels (base/channels.ts), shared by every element that lists them. */
export const channelStyles = css`
  .channels {
    display: grid;
    gap: 0.75rem;
    margin-block-start: 0.25rem;
  }
  .channel {
    display: grid;
    gap: 0.25rem;
  }
  .channel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  .action {
    display: inline-flex;
    flex: 1 1 12rem;
    align-items: center;
    gap: 0.625rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border-radius: var(--mrc-radius, 8px);
    background: var(--mrc-color-primary, #0b5cad);
    color: var(--mrc-color-on-primary, #ffffff);
    text-decoration: none;
  }
  .action:hover .verb {
    text-decoration: underline;
  }
  .action svg {
    flex: none;
  }
  .action-text {
    display: grid;
    line-height: 1.25;
  }
  .verb {
    font-weight: 600;
  }
  .value {
    unicode-bidi: isolate;
    text-align: start;
  }
  .unavailable {
    background: none;
    color: inherit;
  }
  .channel-info {
    display: flex;
    flex-wrap: wrap;
    column-gap: 0.75rem;
  }
  .hours.open {
    color: var(--mrc-color-open, #1b6e2d);
  }
  .hours.closed {
    color: var(--mrc-color-closed, #a8201a);
  }
  @media (forced-colors: active) {
    .action {
      border: 2px solid LinkText;
    }
  }
`;
