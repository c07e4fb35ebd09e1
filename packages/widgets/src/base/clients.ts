import { createClient, type MrcClient } from '@mrc-kit/sdk';

/** The attributes that name a data source, most specific first. */
export type SourceKind = 'src' | 'api' | 'hsds';

// One client per source for the whole page: four widgets (or a provider and its widgets) pointing
// at the same file or API load it once.
const clients = new Map<string, MrcClient>();

/** The page's client for a dataset URL (`src`), a REST API (`api`) or an HSDS API (`hsds`). */
export function clientFor(kind: SourceKind, address: string): MrcClient {
  let url: string;
  try {
    url = new URL(address, document.baseURI).href;
  } catch {
    // Not a URL at all: the client's load fails and says so, through the usual error state.
    url = address;
  }
  const key = `${kind} ${url}`;
  let client = clients.get(key);
  if (!client) {
    client = createClient({ [kind]: url } as { src: string } | { api: string } | { hsds: string });
    clients.set(key, client);
  }
  return client;
}

/** The client an element's own attributes name, `src` first, then `api`, then `hsds`. */
export function clientOfAttributes(source: Partial<Record<SourceKind, string | undefined>>): MrcClient | undefined {
  for (const kind of ['src', 'api', 'hsds'] as const) {
    const address = source[kind]?.trim();
    if (address) return clientFor(kind, address);
  }
  return undefined;
}
