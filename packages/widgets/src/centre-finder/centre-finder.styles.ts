import { css } from 'lit';
import { channelStyles } from '../base/channel-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import { stateStyles } from '../base/state-styles.js';

export const centreFinderStyles = [
  sharedStyles,
  stateStyles,
  channelStyles,
  css`
    :host {
      container-type: inline-size;
    }
    .base {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .layout {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    /* Wide enough: list and details side by side; narrow: one at a time. */
    @container (min-width: 48rem) {
      .layout.has-details {
        grid-template-columns: minmax(16rem, 1fr) minmax(20rem, 1.4fr);
        align-items: start;
      }
    }
    @container (max-width: 47.99rem) {
      .hide-narrow {
        display: none;
      }
    }
    .search {
      display: grid;
      gap: 0.5rem;
    }
    label {
      font-weight: 600;
    }
    .search-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
    }
    input[type='search'],
    select {
      flex: 1 1 12rem;
      min-block-size: 44px;
      padding-inline: 0.75rem;
      border: 2px solid var(--mrc-color-text, #1a1a1a);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      color: inherit;
      font: inherit;
    }
    .located {
      color: var(--mrc-color-muted, #595959);
      font-size: 0.9em;
    }
    .located.problem {
      color: var(--mrc-color-text, #1a1a1a);
      border-inline-start: 4px solid var(--mrc-color-closed, #a8201a);
      padding-inline-start: 0.5rem;
    }
    .filters {
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      padding: 0.5rem 0.75rem;
    }
    .filters summary {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      cursor: pointer;
      font-weight: 600;
    }
    .filters[open] {
      display: grid;
      gap: 0.5rem;
    }
    fieldset {
      margin: 0;
      padding: 0.25rem 0 0;
      border: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    .check {
      display: flex;
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      font-weight: 400;
    }
    .check input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
      flex: none;
    }
    .summary {
      font-weight: 600;
    }
    .results {
      display: block;
      min-block-size: 4rem;
    }
    .result-item {
      inline-size: 100%;
      padding-block-end: 0.5rem;
      /* Rows off screen are neither laid out nor painted: a list of thousands scrolls smoothly,
         while every row stays in the page for screen readers and find-in-page. */
      content-visibility: auto;
      contain-intrinsic-size: auto 7.5rem;
    }
    .result {
      display: grid;
      gap: 0.125rem;
      inline-size: 100%;
      padding: 0.75rem;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .result:hover .result-name {
      text-decoration: underline;
    }
    .result-name {
      color: var(--mrc-color-primary, #0b5cad);
      font-weight: 700;
      font-size: 1.05em;
    }
    .result-meta,
    .result-services,
    .result-languages,
    .verified,
    .operator {
      color: var(--mrc-color-muted, #595959);
      font-size: 0.9em;
    }
    .result-status.open,
    .status.open {
      color: var(--mrc-color-open, #1b6e2d);
    }
    .result-status.closed,
    .status.closed {
      color: var(--mrc-color-closed, #a8201a);
    }
    .more {
      justify-self: start;
    }
    .offline {
      border-inline-start: 6px solid var(--mrc-color-focus, #ffbf47);
    }
    .loading {
      min-block-size: 14rem;
      align-content: start;
    }
    .skeleton.input {
      block-size: 44px;
    }
    .skeleton.line {
      block-size: 1rem;
      inline-size: 40%;
    }
    .skeleton.row {
      block-size: 5rem;
    }
    .details {
      display: grid;
      gap: 0.75rem;
      padding: var(--mrc-space, 1rem);
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
      overflow-wrap: anywhere;
    }
    .shortlist-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: var(--mrc-radius, 8px);
      background: var(--mrc-color-surface, #ffffff);
    }
    .shortlist-view {
      display: grid;
      gap: var(--mrc-space, 1rem);
    }
    .details-bar {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      justify-content: space-between;
    }
    .details-name {
      font-size: 1.3em;
      font-weight: 700;
      line-height: 1.25;
    }
    .details-name:focus {
      outline: none;
    }
    .details-name:focus-visible {
      outline: 3px solid var(--mrc-color-focus, #ffbf47);
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
      color: var(--mrc-color-primary, #0b5cad);
      min-block-size: 44px;
      display: inline-flex;
      align-items: center;
    }
    .hours-table {
      border-collapse: collapse;
      inline-size: 100%;
    }
    .hours-table caption {
      text-align: start;
      font-weight: 700;
      padding-block-end: 0.25rem;
    }
    .hours-table th,
    .hours-table td {
      text-align: start;
      padding-block: 0.25rem;
      padding-inline-end: 0.75rem;
      border-block-end: 1px solid var(--mrc-color-border, #c9c9c9);
      vertical-align: top;
      font-weight: 400;
    }
    .hours-table tr.today th,
    .hours-table tr.today td {
      font-weight: 700;
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
      border: 1px solid var(--mrc-color-border, #c9c9c9);
      border-radius: 999px;
      font-size: 0.9em;
    }
    @media print {
      .no-print,
      .search,
      .results,
      .summary,
      .more {
        display: none !important;
      }
      .details {
        border: 0;
        padding: 0;
      }
      /* The person's list on paper: one centre after another, each name kept with its details. */
      .shortlist-view .details {
        border-block-start: 1px solid currentColor;
        padding-block-start: 0.5rem;
      }
      .details-name {
        break-after: avoid;
      }
      .action {
        background: none;
        color: inherit;
        border: 1px solid currentColor;
      }
    }
  `,
];
