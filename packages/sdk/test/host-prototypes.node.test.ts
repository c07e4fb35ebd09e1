// The SDK beside a host page's old scripts: an enumerable property on Object.prototype is set
// before the SDK is first imported (each test file runs in a process of its own), as a page's
// plug-ins do before the kit's script tag.
import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';

const proto = Object.prototype as Record<string, unknown>;
proto.hostExtra = function hostExtra() {
  return 'from the host';
};
after(() => {
  delete proto.hostExtra;
});

const sdk = await import('../src/index.js');

describe('an enumerable property on Object.prototype', () => {
  it('loads the demo dataset with no warning, and leaves the host’s property as it was', async () => {
    const { dataset, warnings } = await sdk.loadDataset(sdk.demoDataset);
    assert.equal(dataset.centres.length, sdk.demoDataset.centres.length);
    assert.deepEqual(warnings, []);
    const descriptor = Object.getOwnPropertyDescriptor(Object.prototype, 'hostExtra');
    assert.equal(descriptor?.enumerable, true);
    assert.equal(({} as Record<string, () => string>).hostExtra!(), 'from the host');
  });

  it('still reports a bad record with its path', () => {
    const doc = structuredClone(sdk.demoDataset) as unknown as { centres: { country: string }[] };
    doc.centres[0]!.country = 'Senegal';
    const { dataset, warnings } = sdk.validateDataset(doc);
    assert.equal(dataset.centres.length, sdk.demoDataset.centres.length - 1);
    assert.match(warnings.map((w) => `${w.path}: ${w.reason}`).join('\n'), /centres\[0\]\.country/);
  });
});
