// Runs the property test of opening hours (hours-properties.ts) on as many cases as asked, by hand:
// `npm run fuzz:hours -- --cases 200000 --seed 7`. Without --seed, a seed is drawn and
// printed, so that a failure can be run again. Exits 1 on a disagreement.
import { parseArgs } from 'node:util';
import { checkHours, describeFailure } from './hours-properties.js';

const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '20000' },
    seed: { type: 'string' },
    'max-failures': { type: 'string', default: '5' },
  },
});
const cases = Number(values.cases);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isInteger(cases) || cases < 1 || !Number.isInteger(seed)) {
  console.error('usage: npm run fuzz:hours -- [--cases N] [--seed N] [--max-failures N]');
  process.exit(2);
}
const started = performance.now();
const result = checkHours(seed, cases, Number(values['max-failures']));
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const failure of result.failures) console.log(describeFailure(failure) + '\n');
console.log(`seed ${seed}: ${result.cases} cases in ${seconds} s, ${result.failures.length} disagreement(s)`);
process.exit(result.failures.length ? 1 : 0);
