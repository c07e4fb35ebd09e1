import { css } from 'lit';
import { channelStyles } from '../base/channel-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import { loadingSize, stateStyles } from '../base/state-styles.js';

export const procedureChecklistStyles = [
  sharedStyles,
  stateStyles,
  loadingSize(150, 92),
  channelStyles,
  css`
    .base,
    .header,
    .steps-section,
    .screening,
    .step-body,
    .place {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: calc(var(--_mrc-space) * 0.5);
    }
    .base {
      gap: var(--_mrc-space);
      overflow-wrap: break-word;
    }
    .title {
      font-size: 1.4em;
      font-weight: 700;
      line-height: 1.3;
    }
    .section-heading {
      font-size: 1.15em;
      font-weight: 700;
    }
    .summary,
    .route,
    .reviewed,
    .hint,
    .privacy,
    .note,
    .place-address {
      color: var(--_mrc-color-muted);
      font-size: 0.9em;
    }
    a {
      color: var(--_mrc-color-primary);
    }
    .warning,
    .notice {
      padding: calc(var(--_mrc-space) * 0.75);
      border-inline-start: 6px solid var(--_mrc-color-closed);
      border-radius: var(--_mrc-radius);
      background: var(--mrc-color-warning-surface, #fff4e5);
    }
    .notice {
      display: grid;
      gap: 0.5rem;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    button.secondary {
      text-align: start;
    }
    .question {
      display: grid;
      gap: 0.25rem;
      margin: 0;
      padding: calc(var(--_mrc-space) * 0.75);
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
    }
    /* A legend of several lines stays inside its box instead of straddling the top border. */
    .question legend {
      float: inline-start;
      inline-size: 100%;
      padding: 0;
      font-weight: 600;
    }
    .question legend + * {
      clear: both;
    }
    .option,
    .tick {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      cursor: pointer;
    }
    input[type='radio'],
    input[type='checkbox'] {
      flex: none;
      inline-size: 1.5rem;
      block-size: 1.5rem;
      margin: 0;
      accent-color: var(--_mrc-color-primary);
    }
    .toolbar {
      display: grid;
      gap: 0.5rem;
    }
    .progress {
      font-weight: 700;
    }
    progress {
      inline-size: 100%;
      block-size: 0.75rem;
      accent-color: var(--_mrc-color-open);
    }
    .steps {
      display: grid;
      gap: var(--_mrc-space);
      margin: 0;
      padding: 0;
    }
    .steps-section {
      container-type: inline-size;
    }
    .group {
      display: grid;
      grid-template-columns: 2.25rem minmax(0, 1fr);
      gap: 0.75rem;
      align-items: start;
    }
    /* A small phone with large text: the step number goes above its steps, which keep the width. */
    @container (max-width: 16em) {
      .group {
        grid-template-columns: minmax(0, 1fr);
      }
    }
    .number {
      display: grid;
      place-items: center;
      inline-size: 2.25rem;
      block-size: 2.25rem;
      border-radius: 50%;
      background: var(--_mrc-color-primary);
      color: var(--_mrc-color-on-primary);
      font-weight: 700;
    }
    .group-steps {
      display: grid;
      gap: 0.5rem;
    }
    .group-intro {
      font-weight: 600;
    }
    .join {
      font-style: italic;
      font-weight: 600;
      text-transform: lowercase;
    }
    /* Arabic script has no italic: a slanted "و" is a faked one. */
    .base[dir='rtl'] .join {
      font-style: normal;
    }
    .step {
      display: grid;
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-surface);
    }
    .step.done {
      border-inline-start: 6px solid var(--_mrc-color-open);
    }
    .step-head {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0.75rem;
      padding-inline-end: 0.75rem;
    }
    .step-heading {
      flex: 1 1 14rem;
      min-inline-size: 0;
    }
    .step-toggle {
      display: flex;
      flex-wrap: wrap;
      /* The arrow and the status stand by the title's first line, however many lines it has. */
      align-items: baseline;
      gap: 0.25rem 0.5rem;
      inline-size: 100%;
      padding: 0.5rem 0.75rem;
      border: 0;
      border-radius: var(--_mrc-radius);
      background: none;
      color: inherit;
      font-weight: 700;
      text-align: start;
      cursor: pointer;
    }
    /* The title shares its line with the arrow; it wraps before the arrow goes to a line of its own. */
    /* A title keeps at least 10em of its line: a long status badge ("শুরু হয়নি") goes below it
       rather than squeeze it to a word a line. */
    .step-title {
      flex: 1 1 10em;
    }
    .step-head > .tick {
      padding-inline-start: 0.75rem;
      padding-block-end: 0.25rem;
    }
    .status,
    .tag,
    .need {
      padding-block: 0.0625rem;
      padding-inline: 0.5rem;
      border: 1px solid currentColor;
      border-radius: 999px;
      font-size: 0.85em;
      font-weight: 600;
      white-space: nowrap;
    }
    .status.not-started {
      color: var(--_mrc-color-muted);
    }
    .status.in-progress {
      color: var(--_mrc-color-primary);
    }
    .status.done {
      color: var(--_mrc-color-open);
    }
    .need.if-applicable {
      color: var(--_mrc-color-muted);
      font-weight: 400;
    }
    .step-body {
      padding-block: 0 0.75rem;
      padding-inline: 0.75rem;
    }
    .step-body[hidden] {
      display: none;
    }
    .fact-label {
      font-weight: 700;
    }
    .money {
      unicode-bidi: isolate;
    }
    .totals {
      display: grid;
      gap: 0.25rem;
      padding: calc(var(--_mrc-space) * 0.75);
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
    }
    .totals .money {
      font-size: 1.1em;
      font-weight: 700;
    }
    @media (forced-colors: active) {
      .number {
        border: 2px solid CanvasText;
      }
      .warning,
      .notice {
        border: 2px solid CanvasText;
      }
    }
    /*
     * On paper (A4 or Letter): every applicable step open with its tick boxes, no buttons, links
     * written out, and no step split across two pages when it fits on one.
     */
    @media print {
      :host {
        font-size: 11pt;
        color: #000;
      }
      .no-print,
      .step-toggle .chevron,
      .actions,
      progress {
        display: none;
      }
      .step-body[hidden] {
        display: grid;
      }
      .step,
      .totals,
      .question {
        break-inside: avoid;
        background: none;
      }
      .number {
        border: 1px solid #000;
        background: none;
        color: #000;
      }
      .header a[href]::after,
      .where a[part~='link']::after {
        content: '(' attr(href) ')';
        /* Its own direction is left to right, so its start may be either side in the page. */
        margin-inline: 0.25em;
        overflow-wrap: break-word;
        /* An address reads left to right inside right-to-left text, brackets included. */
        direction: ltr;
        unicode-bidi: isolate;
      }
      .action {
        background: none;
        color: #000;
        padding: 0;
      }
      button.copy {
        display: none;
      }
      /* "Open now" is wrong by the time the paper is read; the week's hours stay. */
      .place-status {
        display: none;
      }
    }
  `,
];
