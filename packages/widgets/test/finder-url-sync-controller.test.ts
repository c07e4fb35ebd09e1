import { expect, waitUntil } from '@open-wc/testing';
import { UrlSyncController, URL_TEXT_PAUSE_MS } from '../src/centre-finder/url-sync-controller.js';
import type { UrlState } from '../src/centre-finder/url-state.js';
import { EMPTY_QUERY, urlStateOf } from '../src/centre-finder/finder-query.js';
import { fakeHost } from './support/fake-host.js';

const blank: UrlState = urlStateOf(EMPTY_QUERY, undefined);

/** A search kept in memory, synced with the real address of the test page. */
function synced(enabled = true) {
  const host = fakeHost();
  const applied: Partial<UrlState>[] = [];
  let state = { ...blank };
  const sync = new UrlSyncController(host, {
    enabled: () => enabled,
    state: () => state,
    apply: (read) => {
      applied.push(read);
      state = { ...blank, ...read };
    },
  });
  /** Changes the search, then lets the host "update". */
  const change = (patch: Partial<UrlState>) => {
    state = { ...state, ...patch };
    sync.hostUpdated();
  };
  return { host, sync, applied, change, state: () => state };
}

const param = (name: string) => new URLSearchParams(window.location.search).get(name);

describe('finder address (URL) sync controller', () => {
  const start = window.location.href;
  let sync: UrlSyncController | undefined;
  afterEach(() => {
    sync?.hostDisconnected();
    window.history.replaceState(null, '', start);
  });

  it('reads the address when the host connects, and writes nothing back for what it read', () => {
    window.history.replaceState(null, '', `${window.location.pathname}?host=1&mrc-country=SN&mrc-services=a,b`);
    const s = synced();
    sync = s.sync;
    sync.hostConnected();
    expect(s.applied).to.deep.equal([{ country: 'SN', services: ['a', 'b'], centre: undefined }]);
    const before = window.location.search;
    sync.hostUpdated();
    expect(window.location.search).to.equal(before);
  });

  it('replaces the address for a filter, adds a history entry for a centre opened from the list', () => {
    window.history.replaceState(null, '', `${window.location.pathname}?host=1`);
    // New entries are counted as they are pushed: history.length stops growing at 50 in Chromium,
    // and the test page's history is shared with the files tested before this one.
    let entries = 0;
    const push = window.history.pushState.bind(window.history);
    window.history.pushState = (...args: Parameters<History['pushState']>) => {
      entries += 1;
      push(...args);
    };
    try {
      const s = synced();
      sync = s.sync;
      sync.hostConnected();
      sync.hostUpdated();
      s.change({ services: ['employment'], country: 'SN' });
      expect(param('mrc-services')).to.equal('employment');
      expect(param('mrc-country')).to.equal('SN');
      expect(param('host'), "the host's own parameters stay").to.equal('1');
      expect(entries).to.equal(0);
      s.change({ centre: 'dakar' });
      expect(param('mrc-centre')).to.equal('dakar');
      expect(entries).to.equal(1);
      s.change({ centre: 'thies' });
      expect(param('mrc-centre')).to.equal('thies');
      expect(entries, 'a second centre replaces the first').to.equal(1);
    } finally {
      window.history.pushState = History.prototype.pushState;
    }
  });

  it('goes back through history from a centre it opened, and reads the address again', async () => {
    window.history.replaceState(null, '', window.location.pathname);
    const s = synced();
    sync = s.sync;
    expect(sync.back(), 'nothing opened yet: the host closes the details itself').to.equal(false);
    sync.hostConnected();
    sync.hostUpdated();
    s.change({ centre: 'dakar' });
    expect(sync.back()).to.equal(true);
    await waitUntil(() => s.applied.length === 2, 'going back did not read the address');
    expect(s.applied[1]!.centre).to.equal(undefined);
    expect(sync.back()).to.equal(false);
  });

  it('writes the words typed only after a pause, and not at all once the host has left', async () => {
    window.history.replaceState(null, '', window.location.pathname);
    const s = synced();
    sync = s.sync;
    sync.hostConnected();
    sync.hostUpdated();
    s.change({ text: 'tex' });
    expect(param('mrc-q'), 'not at once').to.equal(null);
    await waitUntil(() => param('mrc-q') === 'tex', 'the words never reached the address', { timeout: 5000 });
    s.change({ text: 'texts' });
    sync.hostDisconnected();
    await new Promise((resolve) => setTimeout(resolve, URL_TEXT_PAUSE_MS * 1.5));
    expect(param('mrc-q')).to.equal('tex');
  });

  it('neither reads nor writes the address unless asked to', () => {
    window.history.replaceState(null, '', `${window.location.pathname}?mrc-country=SN`);
    const s = synced(false);
    sync = s.sync;
    sync.hostConnected();
    expect(s.applied).to.deep.equal([]);
    s.change({ country: 'MA' });
    s.change({ centre: 'casablanca' });
    expect(param('mrc-country')).to.equal('SN');
    expect(param('mrc-centre')).to.equal(null);
    expect(sync.back()).to.equal(false);
  });
});
