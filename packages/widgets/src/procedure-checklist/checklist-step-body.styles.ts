import { css } from 'lit';
import { weekHoursStyles } from '../base/week-hours.styles.js';

/**
 * The styles of a step's details (checklist-step-body.ts), which join the element's when the details
 * first show. The print rules stay with the element's: none of these sets what they change.
 */
export const stepBodyStyles = css`
  ${weekHoursStyles}
  .facts dt {
    font-weight: 700;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.5rem;
    margin: 0;
  }
  .facts dd {
    display: grid;
    margin: 0;
  }
  .documents {
    margin: 0;
    padding: 0;
    border: 0;
  }
  .documents legend {
    padding: 0;
  }
  /* The box, then the document's name with its "required" mark under it: the name never leaves
     its box for a line of its own. */
  .documents .tick {
    display: grid;
    grid-template-columns: auto minmax(0, 1fr);
    align-items: center;
    column-gap: 0.5rem;
    row-gap: 0.125rem;
    padding-block: 0.25rem;
  }
  .documents .tick .need {
    grid-column: 2;
    justify-self: start;
    white-space: normal;
    /* It may take two lines at 320 px ("আপনার ক্ষেত্রে প্রযোজ্য হলে"): rounded, not a pill, so the
       text keeps clear of its border. */
    border-radius: 0.75em;
  }
  .document .note {
    margin-inline-start: 2rem;
  }
  .tasks ul {
    padding-inline-start: 1.25rem;
    list-style: disc;
  }
  .places {
    display: grid;
    gap: 0.75rem;
  }
  .place {
    /* Its hours table lays out by the room the place has (base/week-hours.styles.ts). */
    container-type: inline-size;
    padding-block-start: 0.5rem;
    border-block-start: 1px solid var(--_mrc-color-border);
  }
  .place-address {
    white-space: pre-line;
  }
  .place-name {
    font-weight: 700;
  }
  .place-status.open {
    color: var(--_mrc-color-open);
  }
  .place-status.closed {
    color: var(--_mrc-color-closed);
  }
`;
