import { css } from 'lit';
import { channelStyles } from '../base/channel-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import { loadingSize, stateStyles } from '../base/state-styles.js';

export const hotlineCardStyles = [
  sharedStyles,
  stateStyles,
  // One helpline's space: most pages show one (`hotline="…"`); a host showing more says so.
  loadingSize(50, 36),
  channelStyles,
  css`
    .base {
      display: grid;
      gap: var(--_mrc-space);
    }
    .hotline {
      display: grid;
      gap: calc(var(--_mrc-space) * 0.5);
      overflow-wrap: break-word;
    }
    .name {
      margin: 0;
      font-size: 1.25em;
      font-weight: 700;
      line-height: 1.3;
    }
    .operator,
    .verified,
    .channel-info {
      color: var(--_mrc-color-muted);
      font-size: 0.9em;
    }
    .badges {
      display: flex;
      flex-wrap: wrap;
      gap: 0.375rem;
    }
    .badge {
      padding-block: 0.125rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.85em;
      font-weight: 600;
    }
    .badge.emergency {
      color: var(--_mrc-color-closed);
    }
    .status.open .mark {
      color: var(--_mrc-color-open);
    }
    .status.closed .mark {
      color: var(--_mrc-color-closed);
    }
    .status .as-of {
      color: var(--_mrc-color-muted);
    }
    :host([variant='compact']) .hotline {
      padding: calc(var(--_mrc-space) * 0.75);
    }
    :host([variant='compact']) .name {
      font-size: 1.1em;
    }
  `,
];
