import { expect } from 'chai';
import { validateDataset } from '../src/model/validate/dataset.js';
import { dataset, hotline } from './dataset-fixtures.js';

describe('validateDataset: the publisher’s names of languages', () => {
  it('keeps names by language tag, lowercased, as texts in one or more languages', () => {
    const { dataset: read, warnings } = validateDataset(
      dataset([hotline()], {
        languageNames: { qaa: { en: 'Casamance Creole', fr: 'créole de Casamance' }, 'SNK-Latn': 'Soninke' },
      }),
    );
    expect(read.languageNames).to.deep.equal({
      qaa: { en: 'Casamance Creole', fr: 'créole de Casamance' },
      'snk-latn': 'Soninke',
    });
    expect(warnings).to.deep.equal([]);
  });

  it('has none when the dataset gives none', () => {
    expect(validateDataset(dataset([hotline()])).dataset).not.to.have.property('languageNames');
  });

  it('skips a name whose key is not a language tag or whose value is not a text, with its path, and keeps the rest', () => {
    const { dataset: read, warnings } = validateDataset(
      dataset([hotline()], {
        languageNames: JSON.parse('{"qaa": "Kriolu", "not a tag": "x", "__proto__": "y", "qab": 3, "qac": ""}'),
      }),
    );
    expect(read.languageNames).to.deep.equal({ qaa: 'Kriolu' });
    expect(Object.getPrototypeOf(read.languageNames)).to.equal(Object.prototype);
    expect(warnings.map((w) => w.path)).to.deep.equal([
      '$.languageNames["not a tag"]',
      '$.languageNames.__proto__',
      '$.languageNames.qab',
      '$.languageNames.qac',
    ]);
    expect(warnings.every((w) => w.action === 'skipped' && w.reason.endsWith('the name is skipped'))).to.equal(true);
  });

  it('ignores a value that is not an object of names, saying what it should be', () => {
    const { dataset: read, warnings } = validateDataset(dataset([hotline()], { languageNames: ['snk'] }));
    expect(read).not.to.have.property('languageNames');
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include({ path: '$.languageNames', action: 'skipped' });
    expect(warnings[0]!.reason).to.include('{ "snk": { "en": "Soninke" } }');
  });
});
