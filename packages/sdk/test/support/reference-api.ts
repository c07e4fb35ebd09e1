// A small server implementing docs/api/openapi.yaml over a dataset, with the SDK's own search: the
// tests read the API through it, and back-end authors can read it as a worked example.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Audience, CentreKind } from '../../src/model/centre.js';
import { filterHotlines } from '../../src/loading/client.js';
import type { Dataset } from '../../src/model/dataset.js';
import { createCentreIndex } from '../../src/search/index.js';
import type { CentreQuery } from '../../src/search/query.js';

export interface ReferenceApi {
  url: string;
  /** Every request's path and query, in order. */
  requests: string[];
  close(): Promise<void>;
}

const list = (value: string | null) => (value ? value.split(',').filter(Boolean) : undefined);

const NEAR = /^-?\d{1,2}(\.\d+)?,-?\d{1,3}(\.\d+)?$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const wholeIn = (min: number, max: number) => (v: string) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max;
const any = () => true;

/**
 * The parameters of `GET /centres` in the contract, each with its rule: like a strict server, the
 * reference refuses any other parameter and any value the contract does not allow.
 */
const CENTRE_PARAMETERS: Record<string, (value: string) => boolean> = {
  q: (v) => [...v].length <= 200,
  near: (v) => NEAR.test(v) && Math.abs(Number(v.split(',')[0])) <= 90 && Math.abs(Number(v.split(',')[1])) <= 180,
  radius_km: (v) => DECIMAL.test(v) && Number(v) > 0,
  services: any,
  audiences: any,
  languages: any,
  country: (v) => /^[A-Z]{2}$/.test(v),
  region: any,
  kind: any,
  open_at: (v) => /^\d{4}-\d\d-\d\dT/.test(v) && !Number.isNaN(Date.parse(v)),
  known_open_only: (v) => v === 'true' || v === 'false',
  sort: (v) => ['relevance', 'distance', 'name'].includes(v),
  locale: any,
  page: wholeIn(1, Number.MAX_SAFE_INTEGER),
  per_page: wholeIn(1, 100),
};

/** Why a query string breaks the contract, or undefined when it keeps it. */
function contractBreach(params: URLSearchParams): string | undefined {
  for (const [name, value] of params) {
    const rule = CENTRE_PARAMETERS[name];
    if (!rule) return `unknown parameter ${name}`;
    if (!rule(value)) return `${name} is not valid`;
  }
  if (params.has('radius_km') && !params.has('near')) return 'radius_km needs near';
  return undefined;
}

function problem(status: number, title: string, detail: string) {
  return { status, body: { type: 'about:blank', title, status, detail }, type: 'application/problem+json' };
}

/**
 * The server's clock unless a test gives its own: a fixed instant, so that what it answers (a mobile
 * team's next stop, "open now") is the same on any date the tests run.
 */
export const REFERENCE_NOW = new Date('2026-11-24T11:00:00Z');

/** Serves `dataset` (plus any `raw` overrides for the answers) on 127.0.0.1. */
export async function startReferenceApi(
  dataset: Dataset,
  options: { rawCentres?: unknown[]; rawMeta?: unknown; now?: Date } = {},
): Promise<ReferenceApi> {
  const index = createCentreIndex(dataset);
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    requests.push(url.pathname + url.search);
    const answer = route(url);
    res.writeHead(answer.status, { 'content-type': answer.type });
    res.end(JSON.stringify(answer.body));
  });

  function route(url: URL): { status: number; body: unknown; type: string } {
    const json = (body: unknown) => ({ status: 200, body, type: 'application/json' });
    const p = url.searchParams;
    if (url.pathname === '/v1/meta') {
      return json(
        options.rawMeta ?? {
          format: 'mrc-kit/api@1',
          publisher: dataset.publisher,
          ...(dataset.updated && { updated: dataset.updated }),
          defaultLocale: dataset.defaultLocale,
          taxonomy: dataset.taxonomy,
        },
      );
    }
    if (url.pathname === '/v1/centres') {
      const breach = contractBreach(p);
      if (breach) return problem(400, 'Bad parameter', breach);
      const near = p.get('near')?.split(',').map(Number);
      const perPage = Number(p.get('per_page') ?? 50);
      const page = Number(p.get('page') ?? 1);
      const query: CentreQuery = {
        ...(p.get('q') && { text: p.get('q')! }),
        ...(near && { near: { lat: near[0]!, lng: near[1]! } }),
        ...(p.get('radius_km') && { radiusKm: Number(p.get('radius_km')) }),
        ...(list(p.get('services')) && { services: list(p.get('services'))! }),
        ...(list(p.get('audiences')) && { audiences: list(p.get('audiences')) as Audience[] }),
        ...(list(p.get('languages')) && { languages: list(p.get('languages'))! }),
        ...(p.get('country') && { country: p.get('country')! }),
        ...(p.get('region') && { region: p.get('region')! }),
        ...(list(p.get('kind')) && { kinds: list(p.get('kind')) as CentreKind[] }),
        ...(p.get('open_at') && { openAt: new Date(p.get('open_at')!) }),
        ...(p.get('known_open_only') === 'true' && { knownOpenOnly: true }),
        ...(p.get('sort') && { sort: p.get('sort') as CentreQuery['sort'] }),
        ...(p.get('locale') && { locale: p.get('locale')! }),
        limit: perPage,
        offset: (page - 1) * perPage,
      };
      const result = index.search(query, options.now ?? REFERENCE_NOW);
      return json({
        total: result.total,
        page,
        per_page: perPage,
        items:
          options.rawCentres?.map((centre) => ({ centre })) ??
          result.items.map((item) => ({
            centre: item.centre,
            ...(item.distanceKm !== undefined && { distance_km: item.distanceKm }),
          })),
      });
    }
    const one = /^\/v1\/centres\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const centre = index.get(decodeURIComponent(one[1]!));
      return centre ? json(centre) : problem(404, 'Not found', `no centre ${one[1]}`);
    }
    if (url.pathname === '/v1/hotlines') {
      return json({
        items: filterHotlines(dataset, {
          ...(list(p.get('ids')) && { ids: list(p.get('ids'))! }),
          ...(p.get('country') && { country: p.get('country')! }),
          ...(p.get('topic') && { topic: p.get('topic')! }),
        }),
      });
    }
    if (url.pathname === '/v1/quizzes') return json({ items: dataset.quizzes });
    const quiz = /^\/v1\/quizzes\/([^/]+)$/.exec(url.pathname);
    if (quiz) {
      const found = dataset.quizzes.find((q) => q.id === decodeURIComponent(quiz[1]!));
      return found ? json(found) : problem(404, 'Not found', `no quiz ${quiz[1]}`);
    }
    return problem(404, 'Not found', url.pathname);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
