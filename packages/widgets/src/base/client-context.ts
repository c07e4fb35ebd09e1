import { isServer } from 'lit';
import { ContextRoot, createContext } from '@lit/context';
import type { MrcClient } from '@mrc-kit/sdk';

/**
 * The data source an `<mrc-provider>` gives the mrc elements inside it. The key is a string, not a
 * symbol, so that two copies of the kit on one page (one defining the provider, the other an
 * element) still find each other; the `@1` follows the dataset format the clients read.
 */
export const clientContext = createContext<MrcClient | undefined>('mrc-kit/client@1');

// Elements can connect before the provider around them is defined (the order of definitions in a
// bundle, or a provider loaded later): the page's context root keeps their requests and answers
// them once the provider appears. One root for the page, whichever copy of the kit comes first.
const ROOT = Symbol.for('mrc-kit/context-root');
if (!isServer) {
  const page = globalThis as { [ROOT]?: ContextRoot };
  if (!page[ROOT]) {
    page[ROOT] = new ContextRoot();
    page[ROOT].attach(document.documentElement);
  }
}
