import { css } from 'lit';

/**
 * The week's hours table (base/week-hours.ts), wherever a centre's hours are shown. A period such as
 * "8:30 AM–12:30 PM" stays on one line; where the element is too narrow for day and hours side by
 * side (a small phone, or a narrow column), each day's hours go under its name, and a period may wrap
 * after its dash. Needs a size container around it (the finder's host, a checklist's place).
 */
export const weekHoursStyles = css`
  .hours-table {
    border-collapse: collapse;
    inline-size: 100%;
    max-inline-size: 30rem;
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
    border-block-end: 1px solid var(--_mrc-color-border);
    vertical-align: top;
    font-weight: 400;
  }
  .hours-table tr.today > * {
    font-weight: 700;
  }
  .period {
    white-space: nowrap;
  }
  @container (max-width: 15em) {
    .hours-table,
    .hours-table caption,
    .hours-table tbody,
    .hours-table tr,
    .hours-table th,
    .hours-table td {
      display: block;
    }
    .hours-table th {
      border-block-end: 0;
      padding-block-end: 0;
    }
    .period {
      white-space: normal;
    }
  }
`;
