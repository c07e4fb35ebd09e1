import { css } from 'lit';

/** The results' own styles, which load with them (quiz-finish.ts). */
export const styles = css`
  .score {
    font-size: 1.25em;
    font-weight: 700;
  }
  .summary,
  .group {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
  }
  .statements,
  .review,
  .services ul {
    display: grid;
    gap: 0.5rem;
    padding-inline-start: 1.5rem;
    list-style: disc;
  }
  .review {
    gap: var(--_mrc-space);
    list-style: decimal;
  }
  .review-item {
    display: grid;
    gap: 0.25rem;
  }
  .review-prompt {
    font-weight: 700;
  }
  .resources {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
    padding-block-start: var(--_mrc-space);
    border-block-start: 1px solid var(--_mrc-color-border);
  }
  .resource-list {
    display: grid;
    gap: 0.25rem;
  }
`;
