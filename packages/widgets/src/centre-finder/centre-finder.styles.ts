import { css } from 'lit';
import { channelStyles } from '../base/channel-styles.js';
import { sharedStyles } from '../base/shared-styles.js';
import { loadingSize, stateStyles } from '../base/state-styles.js';
import { weekHoursStyles } from '../base/week-hours.styles.js';

export const centreFinderStyles = [
  sharedStyles,
  stateStyles,
  loadingSize(50, 52),
  channelStyles,
  weekHoursStyles,
  css`
    :host {
      container-type: inline-size;
    }
    /* One column that never grows past the element: a long word or a wide control wraps or
       shrinks inside it rather than push the page sideways. */
    .base,
    .layout,
    .search,
    .details,
    .shortlist-view {
      grid-template-columns: minmax(0, 1fr);
    }
    .base {
      display: grid;
      gap: var(--_mrc-space);
    }
    .layout {
      display: grid;
      gap: var(--_mrc-space);
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
      /* A select is as wide as its longest option unless told it may be narrower. */
      min-inline-size: 0;
      max-inline-size: 100%;
      min-block-size: 44px;
      padding-block: 0.25rem;
      padding-inline: 0.75rem;
      border: 2px solid var(--_mrc-color-text);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-surface);
      color: inherit;
      font: inherit;
    }
    .located {
      color: var(--_mrc-color-muted);
      font-size: 0.9em;
    }
    .located.problem {
      color: var(--_mrc-color-text);
      border-inline-start: 4px solid var(--_mrc-color-closed);
      padding-inline-start: 0.5rem;
    }
    .filters {
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
      padding: 0.5rem 0.75rem;
    }
    .filters summary {
      min-block-size: 44px;
      display: flex;
      align-items: center;
      gap: 0.5rem;
      cursor: pointer;
      font-weight: 600;
    }
    .filters[open] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: 0.5rem;
    }
    /* A small phone with large text: the filters take the finder's whole width, with no box of
       their own inside its box. */
    @container (max-width: 20em) {
      .filters {
        padding: 0;
        border: 0;
      }
    }
    fieldset {
      /* A fieldset is as wide as its widest label unless told otherwise. */
      min-inline-size: 0;
      margin: 0;
      padding: 0.25rem 0 0;
      border: 0;
    }
    legend {
      font-weight: 600;
      padding: 0;
    }
    /* The box, and its label beside it wrapping in its own column; a label of several lines keeps
       its box at its first line, and two labels never touch. */
    .check {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0.5rem;
      min-block-size: 44px;
      padding-block: 0.25rem;
      font-weight: 400;
      overflow-wrap: break-word;
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
      padding: min(0.75rem, 3%);
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-surface);
      color: inherit;
      text-align: start;
      cursor: pointer;
    }
    .result:hover .result-name {
      text-decoration: underline;
    }
    .result-name {
      color: var(--_mrc-color-primary);
      font-weight: 700;
      font-size: 1.05em;
    }
    .result-meta,
    .result-services,
    .result-languages,
    .verified,
    .operator {
      color: var(--_mrc-color-muted);
      font-size: 0.9em;
    }
    .result-status.open,
    .status.open {
      color: var(--_mrc-color-open);
    }
    .result-status.closed,
    .status.closed {
      color: var(--_mrc-color-closed);
    }
    .more {
      justify-self: start;
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
    .shortlist-bar {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: 0.5rem;
      margin-block: 0.5rem;
      padding: 0.5rem;
      border: 1px solid var(--_mrc-color-border);
      border-radius: var(--_mrc-radius);
      background: var(--_mrc-color-surface);
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
