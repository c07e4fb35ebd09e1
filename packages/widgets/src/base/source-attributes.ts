import type { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { MrcClient } from '@mrc-kit/sdk';

// A mixin's constructor type must take `any[]` (TypeScript's rule for mixin classes).
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Constructor<T> = new (...args: any[]) => T;

/**
 * The data source an element or provider is given; `clientOfAttributes()` turns it into a client.
 * (What the type declarations show; the manifest reads the same words from the mixin below.)
 */
declare class SourceAttributesInterface {
  /** URL of a dataset JSON file (`format: "mrc-kit/dataset@1"`) or of a sharded dataset's index, relative to the page. */
  src?: string;
  /** Base URL of an mrc-kit REST API (docs/api/openapi.yaml). */
  api?: string;
  /** Base URL of an HSDS 3 API (Open Referral). */
  hsds?: string;
  /** An SDK client (from `createClient`); wins over `src`, `api` and `hsds`. */
  client?: MrcClient;
}

/**
 * The attributes that name a data source, shared by every data element and `<mrc-provider>`:
 * `client` wins over `src`, then `api`, then `hsds`.
 */
export const SourceAttributes = <T extends Constructor<LitElement>>(superClass: T) => {
  class SourceAttributesElement extends superClass {
    /** URL of a dataset JSON file (`format: "mrc-kit/dataset@1"`) or of a sharded dataset's index, relative to the page. */
    @property() src?: string;

    /** Base URL of an mrc-kit REST API (docs/api/openapi.yaml). */
    @property() api?: string;

    /** Base URL of an HSDS 3 API (Open Referral). */
    @property() hsds?: string;

    /** An SDK client (from `createClient`); wins over `src`, `api` and `hsds`. */
    @property({ attribute: false }) client?: MrcClient;
  }
  return SourceAttributesElement as Constructor<SourceAttributesInterface> & T;
};
