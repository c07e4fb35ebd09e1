import { expect } from 'chai';
import { DatasetError } from '../src/model/errors.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { hotline, dataset } from './dataset-fixtures.js';

function datasetError(input: unknown, source?: string): DatasetError {
  try {
    validateDataset(input, source);
  } catch (error) {
    expect(error).to.be.instanceOf(DatasetError);
    return error as DatasetError;
  }
  throw new Error(`expected ${JSON.stringify(input)} to be refused as a dataset`);
}

describe('validateDataset: input that is not a dataset', () => {
  const expected = 'a JSON object with "format": "mrc-kit/dataset@1"';

  it('refuses null, lists, texts and numbers, saying what it expected and what it got', () => {
    expect(datasetError(null).message).to.equal(`Expected an mrc-kit dataset: ${expected}, but got null.`);
    expect(datasetError([]).message).to.equal(`Expected an mrc-kit dataset: ${expected}, but got a list.`);
    expect(datasetError('{"format":"mrc-kit/dataset@1"}').message).to.equal(
      `Expected an mrc-kit dataset: ${expected}, but got a string.`,
    );
    expect(datasetError(42).message).to.include(expected);
    expect(datasetError(undefined).message).to.include(expected);
  });

  it('refuses an object without a format', () => {
    expect(datasetError({ hotlines: [] }).message).to.equal(
      `Expected an mrc-kit dataset: ${expected}, but got an object without "format".`,
    );
  });

  it('refuses another format or version, naming the one it reads', () => {
    expect(datasetError({ format: 'mrc-kit/dataset@2', hotlines: [] }).message).to.equal(
      'Unsupported dataset format "mrc-kit/dataset@2": this version of mrc-kit reads "mrc-kit/dataset@1".',
    );
    expect(datasetError({ format: 'hsds' }).message).to.include('reads "mrc-kit/dataset@1"');
    expect(datasetError({ format: 1 }).message).to.include('Unsupported dataset format 1');
  });

  it('names the source in the error when it has one', () => {
    const error = datasetError(null, 'https://example.org/data.json');
    expect(error.name).to.equal('DatasetError');
    expect(error.source).to.equal('https://example.org/data.json');
  });
});

describe('validateDataset: top-level fields', () => {
  it('assumes "en" when the default locale is missing or not a language tag', () => {
    const missing = validateDataset(dataset([hotline()], { defaultLocale: undefined }));
    expect(missing.dataset.defaultLocale).to.equal('en');
    expect(missing.warnings).to.deep.equal([
      { path: '$.defaultLocale', reason: 'missing; "en" assumed', action: 'repaired' },
    ]);
    const wrong = validateDataset(dataset([hotline()], { defaultLocale: 'English' }));
    expect(wrong.warnings).to.deep.equal([
      { path: '$.defaultLocale', reason: '"English" is not a language tag; "en" assumed', action: 'repaired' },
    ]);
  });

  it('keeps going without a publisher or with a bad update date', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([hotline()], { publisher: undefined, updated: '1 May 2026' }),
    );
    expect(result.hotlines).to.have.length(1);
    expect(result.updated).to.equal(undefined);
    expect(warnings.map((w) => [w.path, w.action])).to.deep.equal([
      ['$.publisher', 'repaired'],
      ['$.updated', 'repaired'],
    ]);
  });

  it('accepts a dataset without hotlines, and reports hotlines that are not a list', () => {
    expect(validateDataset(dataset(undefined))).to.deep.include({ warnings: [] });
    const { dataset: result, warnings } = validateDataset(dataset({ 'line-1': hotline() }));
    expect(result.hotlines).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { path: '$.hotlines', reason: 'must be a list of hotlines; ignored', action: 'skipped' },
    ]);
  });
});
