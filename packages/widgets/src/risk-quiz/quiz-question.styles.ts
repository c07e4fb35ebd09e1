import { css } from 'lit';

/** The question screens' own styles, which load with them (quiz-question.ts). */
export const styles = css`
  .progress {
    inline-size: 100%;
    block-size: 0.5rem;
    accent-color: var(--_mrc-color-primary);
  }
  form {
    display: grid;
    gap: var(--_mrc-space);
  }
  .fieldset {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .prompt {
    padding: 0;
    margin-block-end: calc(var(--_mrc-space) * 0.25);
    font-size: 1.15em;
    font-weight: 700;
  }
  .options {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
  }
  .option {
    display: grid;
    gap: 0.25rem;
    padding: 0.25rem;
    border: 2px solid var(--_mrc-color-border);
    border-radius: var(--_mrc-radius);
  }
  .option.chosen {
    border-color: var(--_mrc-color-primary);
  }
  /* The whole row is the touch target: at least 44 px high, the text wrapping beside the box. */
  .choice {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-block-size: 44px;
    padding-inline: 0.5rem;
    cursor: pointer;
  }
  .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_mrc-color-primary);
  }
  .choice input:disabled,
  .choice input:disabled + span {
    cursor: default;
  }
  .option-feedback {
    padding-inline: 0.5rem;
  }
  .error-text {
    color: var(--_mrc-color-closed);
    font-weight: 700;
  }
  .feedback {
    display: grid;
    gap: calc(var(--_mrc-space) * 0.5);
    padding: min(var(--_mrc-space), 4%);
    border-inline-start: 6px solid var(--_mrc-color-primary);
    background: var(--_mrc-color-surface);
  }
  .answer-verdict {
    padding: 0;
    font-size: 1.1em;
    flex-wrap: wrap;
  }
  .explanation {
    display: grid;
    gap: 0.5rem;
  }
  /* A short slide, not a fade: text keeps its full contrast from the first frame. */
  @media (prefers-reduced-motion: no-preference) {
    .feedback {
      animation: mrc-reveal 0.2s ease-out;
    }
  }
  @keyframes mrc-reveal {
    from {
      transform: translateY(-0.5rem);
    }
  }
  @media (forced-colors: active) {
    .option.chosen {
      border-color: Highlight;
    }
  }
`;
