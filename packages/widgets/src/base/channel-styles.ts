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
    container-type: inline-size;
  }
  /* The call button is a wide target on a phone and a comfortable one on a desktop, never across
     the whole screen; its copy button sits beside it where both fit whole, else under it, and so
     alike for every channel of a screen rather than by the length of each label. */
  .channel-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: stretch;
  }
  .channel-actions > * {
    flex: none;
  }
  .action {
    display: inline-flex;
    flex: 1 1 16rem;
    max-inline-size: min(100%, 26rem);
    align-items: center;
    gap: 0.625rem;
    padding-block: 0.375rem;
    padding-inline: 0.75rem;
    border-radius: var(--_mrc-radius);
    background: var(--_mrc-color-primary);
    color: var(--_mrc-color-on-primary);
    text-decoration: none;
  }
  .action:hover .verb {
    text-decoration: underline;
  }
  .action svg {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }
  .action-text {
    display: grid;
    min-inline-size: 0;
    line-height: 1.25;
  }
  .verb {
    font-weight: 600;
  }
  /* A number, an address or a user name reads left to right on one line in every language: a
     number split over two lines in a right-to-left page is easily misdialled. Only where the line
     cannot hold it at all (a small phone with very large text) may it wrap, at its spaces. */
  .value {
    unicode-bidi: isolate;
    text-align: start;
    white-space: nowrap;
  }
  @container (max-width: 13em) {
    .value {
      white-space: normal;
      overflow-wrap: anywhere;
    }
    /* So narrow that every character counts: the icon goes above the words, which keep the
       button's whole width. */
    .action {
      flex-direction: column;
      align-items: flex-start;
      gap: 0.25rem;
      padding-inline: 0.5rem;
    }
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
    color: var(--_mrc-color-open);
  }
  .hours.closed {
    color: var(--_mrc-color-closed);
  }
  @media (forced-colors: active) {
    .action {
      border: 2px solid LinkText;
    }
  }
`;
