import { expect } from '@open-wc/testing';
import type { CentreResult } from '@mrc-kit/sdk';
import { ShortlistController, type ShortlistNote } from '../src/centre-finder/shortlist-controller.js';
import { fakeHost } from './support/fake-host.js';

const centre = (id: string) => ({ centre: { id }, status: { state: 'unknown' } }) as unknown as CentreResult;

function shortlist() {
  const host = fakeHost();
  const notes: ShortlistNote[] = [];
  const views: boolean[] = [];
  const list = new ShortlistController(host, {
    onNote: (note) => notes.push(note),
    onViewChange: (showing) => views.push(showing),
  });
  return { host, list, notes, views };
}

describe('finder shortlist controller', () => {
  it('adds a centre, removes it when toggled again, and says what changed', () => {
    const { host, list, notes } = shortlist();
    expect(host.controllers).to.deep.equal([list]);
    list.toggle(centre('dakar'));
    list.toggle(centre('thies'));
    expect(list.items.map((r) => r.centre.id)).to.deep.equal(['dakar', 'thies']);
    expect(list.has('thies')).to.equal(true);
    list.toggle(centre('dakar'));
    expect(list.items.map((r) => r.centre.id)).to.deep.equal(['thies']);
    expect(list.has('dakar')).to.equal(false);
    expect(notes).to.deep.equal([
      { change: 'added', count: 1 },
      { change: 'added', count: 2 },
      { change: 'removed', count: 1 },
    ]);
    expect(host.updates).to.be.at.least(3);
  });

  it('removes by id, and ignores an id not on the list', () => {
    const { list, notes } = shortlist();
    list.toggle(centre('dakar'));
    list.remove('casablanca');
    expect(list.items).to.have.length(1);
    list.remove('dakar');
    expect(list.items).to.deep.equal([]);
    expect(notes.at(-1)).to.deep.equal({ change: 'removed', count: 0 });
  });

  it('tells of a change of view once, after the update that shows it', () => {
    const { list, views } = shortlist();
    list.toggle(centre('dakar'));
    list.show(true);
    list.show(true);
    expect(views, 'not before the update').to.deep.equal([]);
    list.hostUpdated();
    list.hostUpdated();
    expect(views).to.deep.equal([true]);
    list.show(false);
    list.hostUpdated();
    expect(views).to.deep.equal([true, false]);
  });

  it('closes its view when the list becomes empty, by removal or by clearing', () => {
    const { list, notes, views } = shortlist();
    list.toggle(centre('dakar'));
    list.show(true);
    list.toggle(centre('dakar'));
    expect(list.showing).to.equal(false);
    list.toggle(centre('thies'));
    list.show(true);
    list.clear();
    list.hostUpdated();
    expect(list.showing).to.equal(false);
    expect(list.items).to.deep.equal([]);
    expect(notes.at(-1)).to.deep.equal({ change: 'cleared' });
    expect(views).to.deep.equal([false]);
  });
});
