import { css } from 'lit';

// The provider draws nothing: its content lays out as if it were not there.
export const providerStyles = css`
  :host {
    display: contents;
  }
`;
