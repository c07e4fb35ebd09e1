import { expect } from '@open-wc/testing';
import { createClient, documentKey, type Checklist } from '@mrc-kit/sdk';
import { ChecklistSession } from '../src/procedure-checklist/checklist-session.js';
import { progressKey } from '../src/procedure-checklist/progress-storage.js';
import { checklistDataset, REVIEWED } from './procedure-checklist-data.js';

// The checklist's progress on its own: no element, a host that only counts the renders asked for.

const KEY = progressKey('test-permit', REVIEWED);
const OLDER = progressKey('test-permit', '2025-01-01');
const NEWER = progressKey('test-permit', '2027-01-01');

function sessionWith(persist = true): { session: ChecklistSession; renders: () => number } {
  let renders = 0;
  const session = new ChecklistSession({ requestUpdate: () => void renders++ }, () => persist);
  return { session, renders: () => renders };
}

const kept = (key = KEY) => JSON.parse(localStorage.getItem(key) ?? 'null') as Record<string, unknown> | null;
const step = (checklist: Checklist, id: string) => checklist.steps.find((s) => s.id === id)!;

describe('ChecklistSession', () => {
  let checklist: Checklist;

  before(async () => {
    checklist = (await createClient({ data: checklistDataset() }).checklists.get('test-permit'))!;
  });

  beforeEach(() => localStorage.clear());

  it('starts empty, and takes up a version only once', () => {
    const { session, renders } = sessionWith();
    expect(session.restore(checklist)).to.equal(true);
    expect(session.progress).to.deep.equal({ answers: {}, steps: [], documents: [] });
    expect(renders()).to.be.greaterThan(0);
    session.tickStep(checklist, step(checklist, 'visit'), true);
    expect(session.restore(checklist), 'the same version again').to.equal(false);
    expect(session.progress.steps).to.deep.equal(['visit']);
  });

  it('keeps answers, step ticks and document ticks on the device, and takes them up again', () => {
    const first = sessionWith().session;
    first.restore(checklist);
    first.setAnswers(checklist, { offer: 'yes' });
    first.tickStep(checklist, step(checklist, 'visit'), true);
    first.tickStep(checklist, step(checklist, 'medical'), true);
    first.tickStep(checklist, step(checklist, 'medical'), false);
    first.tickDocument(checklist, step(checklist, 'check'), 0, true);
    const document = documentKey(step(checklist, 'check'), 0);
    expect(kept()).to.deep.equal({ answers: { offer: 'yes' }, steps: ['visit'], documents: [document] });

    const again = sessionWith().session;
    again.restore(checklist);
    expect(again.answers).to.deep.equal({ offer: 'yes' });
    expect([...again.ticks.steps]).to.deep.equal(['visit']);
    expect([...again.ticks.documents]).to.deep.equal([document]);
  });

  it('keeps nothing without persist, and reads nothing kept', () => {
    localStorage.setItem(KEY, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
    const { session } = sessionWith(false);
    session.restore(checklist);
    expect(session.progress.steps).to.deep.equal([]);
    session.tickStep(checklist, step(checklist, 'medical'), true);
    expect(kept()).to.deep.equal({ answers: {}, steps: ['visit'], documents: [] });
  });

  it('drops what no longer fits the checklist', () => {
    localStorage.setItem(
      KEY,
      JSON.stringify({ answers: { offer: 'maybe', gone: 'yes' }, steps: ['visit', 'gone'], documents: [] }),
    );
    const { session } = sessionWith();
    session.restore(checklist);
    expect(session.progress).to.deep.equal({ answers: {}, steps: ['visit'], documents: [] });
  });

  it('forgets every version, and writes no empty record', () => {
    localStorage.setItem(OLDER, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
    const { session } = sessionWith();
    session.restore(checklist);
    session.tickStep(checklist, step(checklist, 'medical'), true);
    session.forget(checklist);
    expect(session.progress).to.deep.equal({ answers: {}, steps: [], documents: [] });
    expect(session.revision).to.equal(undefined);
    expect([localStorage.getItem(KEY), localStorage.getItem(OLDER)]).to.deep.equal([null, null]);
  });

  it('offers an earlier version’s progress, and keeps the ticks that still fit', () => {
    localStorage.setItem(OLDER, JSON.stringify({ answers: { offer: 'yes' }, steps: ['visit', 'gone'], documents: [] }));
    const { session } = sessionWith();
    session.restore(checklist);
    expect(session.revision?.reviewed).to.equal('2025-01-01');
    expect(session.progress.steps, 'not taken up before the person says so').to.deep.equal([]);
    session.tickStep(checklist, step(checklist, 'medical'), true);
    session.keepRevision(checklist);
    expect(session.revision).to.equal(undefined);
    expect(session.progress).to.deep.equal({ answers: { offer: 'yes' }, steps: ['medical', 'visit'], documents: [] });
    expect(kept()).to.deep.equal(session.progress);
    expect(localStorage.getItem(OLDER)).to.equal(null);
  });

  it('starts again instead: the earlier version goes, this one keeps its own ticks', () => {
    localStorage.setItem(OLDER, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
    const { session } = sessionWith();
    session.restore(checklist);
    session.closeRevision(checklist);
    expect(session.revision).to.equal(undefined);
    expect(session.progress.steps).to.deep.equal([]);
    expect(localStorage.getItem(OLDER)).to.equal(null);
    expect(kept()).to.deep.equal({ answers: {}, steps: [], documents: [] });
  });

  it('notices progress kept for a later version, and leaves it alone', () => {
    localStorage.setItem(NEWER, JSON.stringify({ answers: {}, steps: ['visit'], documents: [] }));
    const { session } = sessionWith();
    session.restore(checklist);
    expect(session.newer).to.equal('2027-01-01');
    expect(session.progress.steps).to.deep.equal([]);
    session.tickStep(checklist, step(checklist, 'medical'), true);
    expect(kept(NEWER)).to.deep.equal({ answers: {}, steps: ['visit'], documents: [] });
  });
});
