// openingStatus, nextOpening, nextClosing, periodsOn, localDate, addDays and weekdayOf against the
// Temporal reference (hours-reference.ts), on random schedules in zones with odd offsets and clock
// changes of every kind, at instants aimed at the edges of periods, midnights and transitions.
// A fixed seed keeps the run the same everywhere; `npm run fuzz:hours -- --cases 200000 --seed N`
// runs more. Node only: the polyfill would only slow the browser suite down.
import { expect } from 'chai';
import { checkHours, describeFailure } from './hours-properties.js';

const SEED = 20261206;
const CASES = 2500;

describe('opening hours against the Temporal reference', () => {
  it(`agrees on ${CASES} random cases (seed ${SEED})`, () => {
    const { cases, failures } = checkHours(SEED, CASES);
    expect(failures.map(describeFailure).join('\n\n'), 'disagreements').to.equal('');
    expect(cases).to.equal(CASES);
  });
});
