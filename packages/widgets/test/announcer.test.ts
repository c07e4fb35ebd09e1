import { expect, waitUntil } from '@open-wc/testing';
import { render } from 'lit';
import { Announcer } from '../src/base/announcer.js';
import { fakeHost } from './support/fake-host.js';

/** What the live region would say now. */
function said(announcer: Announcer<string>): string {
  const box = document.createElement('div');
  render(
    announcer.render((value) => `<${value}>`),
    box,
  );
  return box.textContent ?? '';
}

describe('announcer (the live region of every element)', () => {
  it('renders one polite status region, empty until something is said', () => {
    const announcer = new Announcer<string>(fakeHost());
    const box = document.createElement('div');
    render(announcer.render(String), box);
    const region = box.querySelector('[role="status"]');
    expect(region?.getAttribute('aria-live')).to.equal('polite');
    expect(region?.textContent).to.equal('');
  });

  it('empties the region for one update before saying the same words again, so they are heard again', async () => {
    const host = fakeHost();
    const announcer = new Announcer<string>(host);
    announcer.say('copied');
    expect(announcer.current).to.equal(undefined);
    await host.updateComplete;
    expect(said(announcer)).to.equal('<copied>');
    const updates = host.updates;
    announcer.say('copied');
    expect(said(announcer), 'emptied first').to.equal('');
    await host.updateComplete;
    expect(said(announcer)).to.equal('<copied>');
    expect(host.updates).to.equal(updates + 2);
  });

  it('lets a later call win over a say() still waiting for its update', async () => {
    const host = fakeHost();
    const announcer = new Announcer<string>(host);
    announcer.say('first');
    announcer.clear();
    await host.updateComplete;
    await Promise.resolve();
    expect(announcer.current).to.equal(undefined);
    announcer.say('first');
    announcer.show('second');
    await host.updateComplete;
    await Promise.resolve();
    expect(announcer.current).to.equal('second');
  });

  it('says only the last of quick calls, once they pause', async () => {
    const announcer = new Announcer<string>(fakeHost());
    announcer.sayAfterPause('1 centre found.', 20);
    announcer.sayAfterPause('3 centres found.', 20);
    expect(announcer.current).to.equal(undefined);
    await waitUntil(() => announcer.current !== undefined, 'nothing was said after the pause');
    expect(announcer.current).to.equal('3 centres found.');
  });

  it('clears a message later when asked, unless something else was said meanwhile', async () => {
    const host = fakeHost();
    const announcer = new Announcer<string>(host);
    announcer.say('copied', { clearAfter: 10 });
    await host.updateComplete;
    await waitUntil(() => announcer.current === undefined, 'the message stayed');
    announcer.say('copied', { clearAfter: 10 });
    await host.updateComplete;
    announcer.show('added to your list');
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(announcer.current).to.equal('added to your list');
  });

  it('drops what it had to say when its element leaves the page', async () => {
    const host = fakeHost();
    const announcer = new Announcer<string>(host);
    announcer.show('copied');
    announcer.sayAfterPause('2 centres found.', 10);
    announcer.hostDisconnected();
    expect(announcer.current).to.equal(undefined);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(announcer.current, 'a waiting announcement was not dropped').to.equal(undefined);
  });
});
