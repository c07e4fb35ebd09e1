// loadHsds against a real HSDS API on loopback, serving the Open Referral examples as a directory
// of three pages. Node only (a browser test cannot start a server).
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect } from 'chai';
import { failure } from './support/failure.js';
import { createClient } from '../src/loading/client.js';
import { loadHsds } from '../src/hsds/hsds-api.js';

const DIR = new URL('../../../test/fixtures/hsds/', import.meta.url);
const fixture = (name: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(name, DIR), 'utf8'));
const FULL = fixture('service_at_location_full.json');
const SHORT = (fixture('service_at_location_list.json').contents as Record<string, unknown>[])[0]!;
const TODAY = '2026-12-01';
const IDS = ['sal-1', 'sal-2', 'sal-3', 'sal-4', 'sal-5', 'sal-6'];

/** Decides the answer to one request; `undefined` means "answer normally". */
type Fault = (req: IncomingMessage, res: ServerResponse, hits: number) => boolean;

interface Directory {
  url: string;
  server: Server;
  /** Requests received, by path and query. */
  requests: string[];
  /** Most detail requests in flight at once. */
  maxInFlight: number;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/**
 * An HSDS API with six services at locations, two a page. `short` serves list entries in short
 * form (one-to-one fields only) and the full records at /service_at_locations/{id}.
 */
async function directory(options: { short?: boolean; ids?: string[]; fault?: Fault } = {}): Promise<Directory> {
  const ids = options.ids ?? IDS;
  const d: Directory = { url: '', server: undefined as unknown as Server, requests: [], maxInFlight: 0 };
  const hits = new Map<string, number>();
  let inFlight = 0;
  d.server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const key = url.pathname + url.search;
    d.requests.push(key);
    hits.set(key, (hits.get(key) ?? 0) + 1);
    if (options.fault?.(req, res, hits.get(key)!)) return;
    const detail = /^\/api\/service_at_locations\/([^/]+)$/.exec(url.pathname);
    if (detail) {
      inFlight += 1;
      d.maxInFlight = Math.max(d.maxInFlight, inFlight);
      setTimeout(() => {
        inFlight -= 1;
        const id = decodeURIComponent(detail[1]!);
        if (ids.includes(id)) send(res, 200, { ...FULL, id });
        else send(res, 404, { message: 'not found' });
      }, 20);
      return;
    }
    if (url.pathname !== '/api/service_at_locations') return send(res, 404, { message: 'not found' });
    const page = Number(url.searchParams.get('page'));
    const perPage = Number(url.searchParams.get('per_page'));
    const totalPages = Math.ceil(ids.length / perPage);
    const contents = ids
      .slice((page - 1) * perPage, page * perPage)
      .map((id) => (options.short ? { ...SHORT, id } : { ...FULL, id }));
    send(res, 200, {
      total_items: ids.length,
      total_pages: totalPages,
      page_number: page,
      size: contents.length,
      first_page: page === 1,
      last_page: page >= totalPages,
      empty: contents.length === 0,
      contents,
    });
  });
  await new Promise<void>((resolve) => d.server.listen(0, '127.0.0.1', resolve));
  d.url = `http://127.0.0.1:${(d.server.address() as AddressInfo).port}/api/`;
  return d;
}

describe('loadHsds over HTTP', () => {
  const servers: Server[] = [];
  afterEach(() => {
    for (const s of servers.splice(0)) s.close();
  });
  async function serve(options: Parameters<typeof directory>[0] = {}) {
    const d = await directory(options);
    servers.push(d.server);
    return d;
  }
  const quick = { retries: 1, timeoutMs: 2000, perPage: 2, today: TODAY };

  it('reads every page with page, per_page and full=true, and reports progress', async () => {
    const d = await serve();
    const progress: [number, number][] = [];
    const { dataset, warnings } = await loadHsds(d.url, { ...quick, onProgress: (p, t) => progress.push([p, t]) });
    expect(dataset.centres.map((c) => c.id)).to.deep.equal(IDS);
    expect(dataset.centres[0]!.channels[0]!.value).to.equal('+441234234567');
    expect(d.requests).to.include.members(
      [1, 2, 3].map((n) => `/api/service_at_locations?page=${n}&per_page=2&full=true`),
    );
    expect(progress).to.deep.equal([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // Warnings point into the list of pages: $[1] is page 2.
    expect(warnings.some((w) => w.path === '$[1].contents[0].phones[0].number')).to.equal(true);
  });

  it('retries a page that fails once', async () => {
    const d = await serve({
      fault: (req, res, hits) => {
        if (!req.url?.includes('?page=2&') || hits > 1) return false;
        send(res, 500, { message: 'busy' });
        return true;
      },
    });
    const { dataset } = await loadHsds(d.url, quick);
    expect(dataset.centres).to.have.length(6);
    expect(d.requests.filter((r) => r.includes('?page=2&'))).to.have.length(2);
  });

  it('rejects with a DatasetError naming the page that never recovers', async () => {
    const d = await serve({
      fault: (req, res) => {
        if (!req.url?.includes('?page=3&')) return false;
        send(res, 500, { message: 'broken' });
        return true;
      },
    });
    const error = await failure(loadHsds(d.url, quick));
    expect(error.message).to.include('page 3 of 3');
    expect(error.message).to.include('500');
    expect(error.source).to.include('page=3');
  });

  it('fetches the full record of short list entries, four at a time at most', async () => {
    const d = await serve({ short: true });
    const { dataset } = await loadHsds(d.url, quick);
    expect(dataset.centres.map((c) => c.id)).to.deep.equal(IDS);
    expect(dataset.centres[0]!.country).to.equal('US');
    expect(d.requests.filter((r) => r.startsWith('/api/service_at_locations/'))).to.have.length(6);
    expect(d.maxInFlight).to.be.within(1, 4);
  });

  it('uses the short entry, and says so, when its full record cannot be loaded', async () => {
    const d = await serve({
      short: true,
      fault: (req, res) => {
        if (req.url !== '/api/service_at_locations/sal-2') return false;
        send(res, 404, { message: 'gone' });
        return true;
      },
    });
    const { dataset, warnings } = await loadHsds(d.url, { ...quick, defaultCountry: 'US' });
    expect(dataset.centres.map((c) => c.id)).to.deep.equal(IDS.filter((id) => id !== 'sal-2'));
    expect(warnings.find((w) => w.path === '$[0].contents[1]' && w.reason.includes('404'))).to.exist;
  });

  it('gives an empty dataset and a warning for an empty directory', async () => {
    const d = await serve({ ids: [] });
    const { dataset, warnings } = await loadHsds(d.url, quick);
    expect(dataset.centres).to.deep.equal([]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]!.reason).to.include('lists no service_at_locations');
  });

  it('rejects an answer that is not an HSDS page', async () => {
    const d = await serve({
      fault: (_req, res) => {
        send(res, 200, { services: [] });
        return true;
      },
    });
    const error = await failure(loadHsds(d.url, quick));
    expect(error.message).to.include('HSDS page');
  });

  it('refuses bad options before asking the server anything', async () => {
    const d = await serve();
    for (const bad of [{ defaultCountry: 'Atlantis' }, { timeZone: 'UTC+3' }, { perPage: 0 }]) {
      let error: unknown;
      await loadHsds(d.url, { ...quick, ...bad }).catch((e: unknown) => (error = e));
      expect(error, JSON.stringify(bad)).to.be.instanceOf(RangeError);
    }
    expect(d.requests).to.deep.equal([]);
  });

  it('reads the records with the import options given to createClient', async () => {
    const d = await serve();
    const client = createClient({
      hsds: d.url,
      ...quick,
      defaultCountry: 'US',
      timeZone: 'America/Chicago',
      defaultLocale: 'fr',
    });
    const { dataset } = await client.load();
    expect(dataset.defaultLocale).to.equal('fr');
    expect(dataset.centres[0]!.hours?.timeZone).to.equal('America/Chicago');
    let error: unknown;
    await createClient({ hsds: d.url, ...quick, today: '1 December' })
      .load()
      .catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(RangeError);
  });

  it('stops when the caller aborts', async () => {
    const d = await serve({ short: true });
    const controller = new AbortController();
    const load = loadHsds(d.url, { ...quick, signal: controller.signal, onProgress: () => controller.abort() });
    await failure(load);
  });
});
