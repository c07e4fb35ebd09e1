import { expect } from 'chai';
import { memo } from '../src/loading/cache.js';

/** A load that counts its calls and answers from a list: a value, or an error to reject with. */
function scripted<T>(...answers: (T | Error)[]) {
  const calls = { count: 0 };
  const load = () => {
    const answer = answers[Math.min(calls.count++, answers.length - 1)]!;
    return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
  };
  return { load, calls };
}

describe('memo', () => {
  it('loads once and shares the value, concurrent calls included', async () => {
    const { load, calls } = scripted('a', 'b');
    const kept = memo(load);
    expect(kept.peek()).to.equal(undefined);
    expect(await Promise.all([kept.get(), kept.get()])).to.deep.equal(['a', 'a']);
    expect(await kept.get()).to.equal('a');
    expect(kept.peek()).to.equal('a');
    expect(calls.count).to.equal(1);
  });

  it('forgets a failure, so the next call loads again', async () => {
    const { load, calls } = scripted<string>(new TypeError('Failed to fetch'), 'a');
    const kept = memo(load);
    let error: unknown;
    await kept.get().catch((e: unknown) => (error = e));
    expect(error).to.be.instanceOf(TypeError);
    expect(await kept.get()).to.equal('a');
    expect(await kept.get()).to.equal('a');
    expect(calls.count).to.equal(2);
  });

  it('keeps a stale value only until the back-off has passed', async () => {
    const stale = { isStale: (value: string) => value.startsWith('kept'), retryAfterMs: 0 };
    const { load, calls } = scripted('kept 1', 'fresh', 'kept 2');
    const kept = memo(load, stale);
    expect(await kept.get()).to.equal('kept 1');
    expect(await kept.get()).to.equal('fresh');
    expect(await kept.get()).to.equal('fresh');
    expect(calls.count).to.equal(2);

    const patient = memo(scripted('kept', 'fresh').load, { ...stale, retryAfterMs: 60_000 });
    expect(await patient.get()).to.equal('kept');
    expect(await patient.get()).to.equal('kept');
  });
});
