import { createClient, type MrcClient } from '@mrc-kit/sdk';

/** The attributes that name a data source, most specific first. */
export type SourceKind = 'src' | 'api' | 'hsds';

/**
 * The page's client for a dataset URL (`src`), a REST API (`api`) or an HSDS API (`hsds`). The SDK
 * keeps one per source for the whole page, so four widgets (or a provider and its widgets) pointing
 * at the same file or API load it once; it also resolves the address against the page. Not a URL at
 * all: the client's load fails and says so, through the usual error state.
 */
function clientFor(kind: SourceKind, address: string): MrcClient {
  const source = { [kind]: address } as { src: string } | { api: string } | { hsds: string };
  return createClient({ ...source, shared: true });
}

/** The client an element's own attributes name, `src` first, then `api`, then `hsds`. */
export function clientOfAttributes(source: Partial<Record<SourceKind, string | undefined>>): MrcClient | undefined {
  for (const kind of ['src', 'api', 'hsds'] as const) {
    const address = source[kind]?.trim();
    if (address) return clientFor(kind, address);
  }
  return undefined;
}
