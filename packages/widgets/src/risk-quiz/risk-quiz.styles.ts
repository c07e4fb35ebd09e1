import { css } from 'lit';
import { sharedStyles } from '../base/shared-styles.js';
import { loadingSize, stateStyles } from '../base/state-styles.js';

export const riskQuizStyles = [
  sharedStyles,
  stateStyles,
  loadingSize(23, 16),
  css`
    .screen {
      display: grid;
      gap: var(--_mrc-space);
      overflow-wrap: break-word;
    }
    .title,
    .heading {
      margin: 0;
      font-size: 1.35em;
      font-weight: 700;
      line-height: 1.3;
    }
    .section-heading {
      font-size: 1.15em;
      font-weight: 700;
    }
    .quiz-name,
    .facts-line,
    .hint,
    .source {
      color: var(--_mrc-color-muted);
      font-size: 0.9em;
    }
    .notice {
      padding: calc(var(--_mrc-space) * 0.5);
      border-inline-start: 6px solid var(--_mrc-color-primary);
      background: var(--_mrc-color-surface);
    }
    .verdict {
      display: flex;
      align-items: center;
      gap: 0.375rem;
      padding-inline: 0.5rem;
    }
    .verdict .mark-icon {
      flex: none;
    }
    .mark-icon {
      inline-size: 1.25em;
      block-size: 1.25em;
    }
    .verdict.right {
      color: var(--_mrc-color-open);
    }
    .verdict.wrong {
      color: var(--_mrc-color-closed);
    }
    a {
      display: inline-flex;
      align-items: center;
      color: var(--_mrc-color-primary);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_mrc-space) * 0.5);
    }
    button.primary {
      display: inline-flex;
      align-items: center;
      padding-block: 0.25rem;
      padding-inline: 1.25rem;
      border: 2px solid var(--_mrc-color-primary);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-primary);
      color: var(--_mrc-color-on-primary);
      font-weight: 700;
      cursor: pointer;
    }
    @media (forced-colors: active) {
      button.primary {
        border-color: ButtonText;
      }
    }
  `,
];
