import { expect } from '@open-wc/testing';
import { createOfflineHandler, MAX_KIT_FILES, type OfflineOptions } from '../src/offline/offline-handler.js';
import type { FetchEventLike, WorkerScope } from '../src/offline/worker-scope.js';

// The offline worker's handler on its own, with the page's real Cache Storage and a network made of
// answers given by each test (test/offline/ runs the built worker in a real service worker).

const origin = location.origin;
const KIT = `${origin}/kit/`;

interface Fake {
  scope: WorkerScope;
  /** URLs the handler asked the network for, in order. */
  asked: string[];
  scopeUrl: string;
}

const made: string[] = [];
afterEach(async () => {
  for (const name of await caches.keys()) if (made.some((s) => name.endsWith(s))) await caches.delete(name);
  made.length = 0;
});

/** A worker scope on a scope of its own; `answer` is the network (throw for no network). */
function fakeScope(answer: (url: string) => Response): Fake {
  const scopeUrl = `${origin}/scope-${Math.random().toString(36).slice(2)}/`;
  made.push(scopeUrl);
  const asked: string[] = [];
  const scope = {
    location: { href: `${origin}/mrc-kit-sw.js` },
    registration: { scope: scopeUrl },
    caches,
    clients: { matchAll: () => Promise.resolve([]) },
    fetch: (input: RequestInfo | URL) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      asked.push(url);
      try {
        return Promise.resolve(answer(url));
      } catch (error) {
        return Promise.reject(error as Error);
      }
    },
  } as unknown as WorkerScope;
  return { scope, asked, scopeUrl };
}

/** A fetch event as a browser makes it (a Request's destination and mode cannot be set by a page). */
function event(url: string, init: Partial<Pick<Request, 'method' | 'mode' | 'cache' | 'destination'>> = {}) {
  const pending: Promise<unknown>[] = [];
  const request = { url, method: 'GET', mode: 'cors', cache: 'default', destination: 'script', ...init } as Request;
  const fetchEvent: FetchEventLike = { request, waitUntil: (p) => void pending.push(p), respondWith: () => {} };
  return { fetchEvent, settled: () => Promise.all(pending) };
}

const script = (code: string, headers: HeadersInit = {}) =>
  new Response(code, { headers: { 'content-type': 'text/javascript', ...headers } });
const offline = () => {
  throw new TypeError('Failed to fetch');
};

async function cached(fake: Fake): Promise<string[]> {
  const urls: string[] = [];
  for (const name of await caches.keys())
    if (name.endsWith(fake.scopeUrl)) urls.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
  return urls.sort();
}

/** Asks the handler for `url` and waits until what it keeps is kept. */
async function ask(fake: Fake, options: OfflineOptions, url: string, init?: Parameters<typeof event>[1]) {
  const { fetchEvent, settled } = event(url, init);
  const answer = createOfflineHandler(fake.scope, options).handle(fetchEvent);
  const response = await answer?.catch(() => 'network error' as const);
  await settled();
  return response;
}

describe('offline handler', () => {
  it('answers for nothing but the kit’s scripts and, when asked, the pages of its scope', async () => {
    const fake = fakeScope(() => script('x'));
    const handler = createOfflineHandler(fake.scope, { kit: '/kit/' });
    const withPages = createOfflineHandler(fake.scope, { kit: '/kit/', pages: true });
    const work: Promise<unknown>[] = [];
    const answered = (h: typeof handler, url: string, init?: Parameters<typeof event>[1]) => {
      const { fetchEvent, settled } = event(url, init);
      const answer = h.handle(fetchEvent);
      work.push(Promise.resolve(answer).then(settled));
      return answer !== undefined;
    };
    expect(answered(handler, `${KIT}mrc-kit.js`)).to.equal(true);
    expect(answered(handler, `${KIT}mrc-kit.js`, { method: 'POST' })).to.equal(false);
    expect(answered(handler, `${KIT}mrc-kit.js`, { cache: 'no-store' })).to.equal(false);
    // A dataset beside the kit's files, fetched by the SDK: not a script.
    expect(answered(handler, `${KIT}dataset.json`, { destination: '' })).to.equal(false);
    expect(answered(handler, `${KIT}data.js`, { destination: '' })).to.equal(false);
    expect(answered(handler, `${origin}/other/app.js`)).to.equal(false);
    expect(answered(handler, `${origin}/kit-other/mrc-kit.js`)).to.equal(false);
    const page = { mode: 'navigate', destination: 'document' } as const;
    expect(answered(handler, fake.scopeUrl, page)).to.equal(false);
    expect(answered(withPages, fake.scopeUrl, page)).to.equal(true);
    expect(answered(withPages, `${origin}/elsewhere/`, page)).to.equal(false);
    await Promise.all(work);
  });

  it('keeps a script: entries network first, chunks from the copy without asking', async () => {
    let online = true;
    const fake = fakeScope((url) => (online ? script(`// ${url}`) : offline()));
    const options = { kit: KIT };
    const entry = `${KIT}mrc-kit.js`;
    const chunk = `${KIT}chunks/all/index-B34O7ucH.js`;
    await ask(fake, options, entry);
    await ask(fake, options, chunk);
    expect(await cached(fake)).to.deep.equal([chunk, entry]);
    expect(fake.asked).to.deep.equal([entry, chunk]);
    await ask(fake, options, chunk);
    expect(fake.asked, 'a kept chunk is not asked for again').to.have.length(2);
    online = false;
    const response = await ask(fake, options, entry);
    expect(await (response as Response).text()).to.equal(`// ${entry}`);
  });

  it('keeps no answer that is not whole, readable and meant to be kept', async () => {
    // What a page cannot make: an opaque or redirected response (kept so through clone()).
    const pretend = (response: Response, key: 'type' | 'redirected', value: unknown): Response =>
      Object.defineProperties(response, {
        [key]: { value },
        clone: { value: () => pretend(Response.prototype.clone.call(response), key, value) },
      });
    const opaque = pretend(script('x'), 'type', 'opaque');
    const redirected = pretend(script('x'), 'redirected', true);
    const answers: Record<string, () => Response> = {
      'a.js': () => opaque,
      'b.js': () => redirected,
      'c.js': () => script('x', { 'cache-control': 'private, no-store' }),
      'd.js': () => new Response('missing', { status: 404 }),
      'e.js': () => script('kept'),
    };
    const fake = fakeScope((url) => answers[url.slice(KIT.length)]!());
    for (const file of Object.keys(answers)) await ask(fake, { kit: KIT }, `${KIT}${file}`);
    expect(await cached(fake)).to.deep.equal([`${KIT}e.js`]);
  });

  it('keeps a page under its address without the query, and shows it when the network fails or errs', async () => {
    let status = 200;
    const fake = fakeScope(() => (status === 0 ? offline() : new Response(`<p>${status}</p>`, { status })));
    const page = { mode: 'navigate', destination: 'document' } as const;
    const options = { kit: KIT, pages: true };
    await ask(fake, options, `${fake.scopeUrl}?q=my+name#top`, page);
    expect(await cached(fake)).to.deep.equal([fake.scopeUrl]);
    for (status of [0, 503]) {
      const response = await ask(fake, options, `${fake.scopeUrl}?q=another`, page);
      expect(await (response as Response).text(), `network ${status}`).to.equal('<p>200</p>');
    }
    // A page never kept: the network's failure stands, as without a worker.
    status = 0;
    expect(await ask(fake, options, `${fake.scopeUrl}other.html`, page)).to.equal('network error');
  });

  it(`keeps at most ${MAX_KIT_FILES} of the kit’s files, dropping the oldest`, async () => {
    const fake = fakeScope(() => script('x'));
    const files = Array.from({ length: MAX_KIT_FILES + 3 }, (_, i) => `${KIT}chunks/c${i}-abcdefgh.js`);
    for (const file of files) await ask(fake, { kit: KIT }, file);
    expect(await cached(fake)).to.deep.equal(files.slice(3).sort());
  });

  it('on activate, deletes its own caches of another layout only, and keeps the open pages and their kit', async () => {
    const html = `<html lang="fr"><script type="module" src="/kit/mrc-kit.js"></script><a href="/kit/x.json">`;
    const code: Record<string, string> = {
      'mrc-kit.js': `import{a}from"./chunks/all/index-AAAAAAAA.js";`,
      'chunks/all/index-AAAAAAAA.js': [
        'fr-BBBBBBBB',
        'es-CCCCCCCC',
        'names-fr-FFFFFFFF',
        'names-es-GGGGGGGG',
        'finder-map-DDDDDDDD',
        'load-EEEEEEEE',
        'index-AAAAAAAA',
      ]
        .map((c) => `import("./${c}.js");`)
        .join(''),
    };
    const fake = fakeScope((url) =>
      url.startsWith(KIT) ? script(code[url.slice(KIT.length)] ?? '') : new Response(html),
    );
    fake.scope.clients.matchAll = () => Promise.resolve([{ url: `${fake.scopeUrl}?q=x` }, { url: `${origin}/out/` }]);
    const others = [`mrc-kit-offline:0:kit:${fake.scopeUrl}`, `mrc-kit-offline:0:kit:${origin}/other-scope/`, 'host'];
    made.push(`${origin}/other-scope/`, 'host');
    for (const name of others) await caches.open(name);
    await createOfflineHandler(fake.scope, { kit: '/kit/', pages: true }).activate();
    const names = await caches.keys();
    expect(others.filter((n) => names.includes(n))).to.deep.equal(others.slice(1));
    expect(await cached(fake)).to.deep.equal(
      [
        fake.scopeUrl,
        `${KIT}mrc-kit.js`,
        `${KIT}chunks/all/index-AAAAAAAA.js`,
        `${KIT}chunks/all/fr-BBBBBBBB.js`,
        `${KIT}chunks/all/load-EEEEEEEE.js`,
        `${KIT}chunks/all/names-fr-FFFFFFFF.js`,
      ].sort(),
    );
    expect(fake.asked).not.to.include(`${origin}/out/`);
    // Without `pages`, the page is read for its scripts but not kept.
    const withoutPages = fakeScope((url) =>
      url.startsWith(KIT) ? script(code[url.slice(KIT.length)] ?? '') : new Response(html),
    );
    withoutPages.scope.clients.matchAll = () => Promise.resolve([{ url: withoutPages.scopeUrl }]);
    await createOfflineHandler(withoutPages.scope, { kit: '/kit/' }).activate();
    expect(await cached(withoutPages))
      .to.include(`${KIT}mrc-kit.js`)
      .and.not.include(withoutPages.scopeUrl);
  });
});
