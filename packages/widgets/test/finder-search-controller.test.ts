import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TaskStatus } from '@lit/task';
import { createClient, type CentreQuery, type ClientSearchResult, type MrcClient } from '@mrc-kit/sdk';
import { PAGE, PagingController } from '../src/centre-finder/paging-controller.js';
import { MAP_LIMIT, SearchController, TYPING_PAUSE_MS } from '../src/centre-finder/search-controller.js';
import type { FinderQuery } from '../src/centre-finder/finder-query.js';
import { centreDataset } from './centre-data.js';

/** The dataset with `count` copies of one centre, so the list has several pages. */
function manyCentres(count: number): MrcClient {
  const base = centreDataset.centres[1]!;
  return createClient({
    data: {
      ...centreDataset,
      centres: Array.from({ length: count }, (_, i) => ({ ...base, id: `c${i}`, name: `Test Centre ${i}` })),
    },
  });
}

/** A client that writes down every query the search asks the source. */
function counting(client: MrcClient): { client: MrcClient; asked: CentreQuery[] } {
  const asked: CentreQuery[] = [];
  return {
    asked,
    client: {
      ...client,
      centres: {
        ...client.centres,
        search: (query, now) => {
          asked.push(query ?? {});
          return client.centres.search(query, now);
        },
      },
    },
  };
}

/** The smallest host: a search and its paging, nothing rendered. */
class SearchHost extends LitElement {
  client?: MrcClient;
  mapOn = false;
  /** The element's loaded data: absent until it loads, a new object each time it loads again. */
  loaded: object | undefined = {};
  readonly searched: { query: FinderQuery; result: ClientSearchResult }[] = [];
  readonly paging = new PagingController(this, { shown: () => 0, settled: () => false, sentinel: () => null });
  readonly search = new SearchController(this, {
    client: () => this.client,
    loaded: () => this.loaded,
    locale: () => 'en',
    now: () => new Date('2026-11-24T11:00:00Z'),
    mapOn: () => this.mapOn,
    paging: this.paging,
    onSearch: (query, result) => this.searched.push({ query, result }),
  });
}
customElements.define('test-finder-search-host', SearchHost);

async function host(client: MrcClient, mapOn = false): Promise<SearchHost> {
  const el = document.createElement('test-finder-search-host') as SearchHost;
  el.client = client;
  el.mapOn = mapOn;
  document.body.append(el);
  return settle(el);
}

async function settle(el: SearchHost): Promise<SearchHost> {
  // The task starts in the update and may start again after it: wait until nothing is pending.
  do {
    await el.updateComplete;
    await el.search.results.taskComplete;
  } while (el.isUpdatePending);
  return el;
}

describe('finder search controller', () => {
  let el: SearchHost | undefined;
  afterEach(() => el?.remove());

  it('asks the source with the query as typed lists, never packed into strings', async () => {
    const source = counting(createClient({ data: centreDataset }));
    el = await host(source.client);
    el.search.set({ services: ['employment', 'reintegration'], audiences: ['returnees'], kinds: ['centre'] });
    await settle(el);
    const query = source.asked.at(-1)!;
    expect(query.services).to.deep.equal(['employment', 'reintegration']);
    expect(query.audiences).to.deep.equal(['returnees']);
    expect(query.kinds).to.deep.equal(['centre']);
    expect(query).not.to.have.property('languages');
    expect(query).not.to.have.property('text');
    expect(el.searched.at(-1)!.query.services).to.deep.equal(['employment', 'reintegration']);
  });

  it('waits for the data, and searches again each time the data is loaded again', async () => {
    const source = counting(createClient({ data: centreDataset }));
    const waiting = document.createElement('test-finder-search-host') as SearchHost;
    waiting.client = source.client;
    waiting.loaded = undefined;
    document.body.append(waiting);
    el = await settle(waiting);
    expect(source.asked).to.have.length(0);
    expect(el.search.results.status).to.equal(TaskStatus.INITIAL);
    // Loaded ("Try again" after a failed load, say): the search runs.
    el.loaded = {};
    el.requestUpdate();
    await settle(el);
    expect(source.asked).to.have.length(1);
    expect(el.search.results.value!.total).to.be.greaterThan(0);
    el.requestUpdate();
    await settle(el);
    expect(source.asked, 'the same data: no new search').to.have.length(1);
    // Loaded again (fresher data): the same search is asked again, not served from before.
    el.loaded = {};
    el.requestUpdate();
    await settle(el);
    expect(source.asked).to.have.length(2);
  });

  it('fetches only the next page for "more", and reports a search once, not once per page', async () => {
    const source = counting(manyCentres(120));
    el = await host(source.client);
    expect(el.search.results.value!.items).to.have.length(PAGE);
    expect(el.search.results.value!.total).to.equal(120);
    el.paging.more();
    await settle(el);
    expect(el.search.results.value!.items.map((r) => r.centre.id).slice(48, 52)).to.deep.equal([
      'c48',
      'c49',
      'c50',
      'c51',
    ]);
    expect(source.asked.map((q) => [q.offset ?? 0, q.limit])).to.deep.equal([
      [0, PAGE],
      [PAGE, PAGE],
    ]);
    expect(el.searched).to.have.length(1);
  });

  it('with the map on, asks once for every match the map shows; the list pages are slices of it', async () => {
    const source = counting(manyCentres(120));
    el = await host(source.client, true);
    expect(source.asked.map((q) => [q.offset ?? 0, q.limit])).to.deep.equal([[0, MAP_LIMIT]]);
    const first = el.search.results.value!;
    expect(first.items).to.have.length(PAGE);
    expect(first.all).to.have.length(120);
    el.paging.more();
    await settle(el);
    expect(el.search.results.value!.items).to.have.length(2 * PAGE);
    expect(el.search.results.value!.all, 'the same points: the map need not redraw').to.equal(first.all);
    expect(source.asked, 'no second request').to.have.length(1);
  });

  it('switching the map on asks only for the matches the list has not fetched yet', async () => {
    const source = counting(manyCentres(120));
    el = await host(source.client);
    expect(el.search.results.value!.all).to.deep.equal([]);
    el.mapOn = true;
    el.requestUpdate();
    await settle(el);
    expect(source.asked.map((q) => [q.offset ?? 0, q.limit])).to.deep.equal([
      [0, PAGE],
      [PAGE, MAP_LIMIT - PAGE],
    ]);
    expect(el.search.results.value!.all.map((r) => r.centre.id)).to.deep.equal(
      Array.from({ length: 120 }, (_, i) => `c${i}`),
    );
    expect(el.searched, 'still one search').to.have.length(1);
  });

  it('starts again from the first page when the search changes, not when it is set to the same values', async () => {
    el = await host(manyCentres(120));
    el.search.set({ services: ['employment'] });
    el.paging.more();
    await settle(el);
    expect(el.paging.limit).to.equal(2 * PAGE);
    el.search.set({ services: ['employment'] });
    expect(el.paging.limit, 'an equal list is the same search').to.equal(2 * PAGE);
    el.search.set({ openNow: true });
    expect(el.paging.limit).to.equal(PAGE);
  });

  it('adds and removes one value of a list filter', async () => {
    el = await host(createClient({ data: centreDataset }));
    el.search.toggle('services', 'employment', true);
    el.search.toggle('services', 'reintegration', true);
    el.search.toggle('services', 'employment', true);
    expect(el.search.query.services).to.deep.equal(['employment', 'reintegration']);
    el.search.toggle('services', 'employment', false);
    expect(el.search.query.services).to.deep.equal(['reintegration']);
  });

  it('searches the words when the form is sent, and the search box follows a query set from elsewhere', async () => {
    el = await host(createClient({ data: centreDataset }));
    el.search.type('thies');
    expect(el.search.typed).to.equal('thies');
    el.search.submit();
    expect(el.search.query.text).to.equal('thies');
    await settle(el);
    expect(el.search.results.value!.items.map((r) => r.centre.id)).to.deep.equal(['thies']);
    el.search.set({ text: '' });
    expect(el.search.typed).to.equal('');
  });

  it('drops the words waiting for a pause in typing when the host leaves the page', async () => {
    el = await host(createClient({ data: centreDataset }));
    el.search.type('dakar');
    el.remove();
    await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS * 2));
    expect(el.search.query.text).to.equal('');
  });
});
