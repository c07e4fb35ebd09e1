import { expect } from 'chai';
import { DEFAULT_TAXONOMY } from '../src/model/taxonomy.js';
import { centre, validate, repaired, skipped } from './centre-fixtures.js';

describe('taxonomy', () => {
  it('is the default taxonomy when the dataset gives none', () => {
    const result = validate([]);
    expect(result.dataset.taxonomy).to.deep.equal(DEFAULT_TAXONOMY);
  });

  it("adds the dataset's terms, and lets a term with a default id replace that term in place", () => {
    const renamed = { id: 'referral', name: { en: 'Referral', fr: 'Orientation' } };
    const added = { id: 'psychosocial-support', name: 'Psychosocial support', description: 'Someone to talk to' };
    const result = validate([], { taxonomy: [added, renamed] });
    expect(result.warnings).to.deep.equal([]);
    const terms = result.dataset.taxonomy;
    expect(terms.map((t) => t.id)).to.deep.equal([...DEFAULT_TAXONOMY.map((t) => t.id), 'psychosocial-support']);
    expect(terms.find((t) => t.id === 'referral')).to.deep.equal(renamed);
    expect(terms.at(-1)).to.deep.equal(added);
  });

  it('checks each term on its own', () => {
    const result = validate([centre({ services: ['good', 'no-name', 'dup'] })], {
      taxonomy: [
        { id: 'good', name: 'Good', description: '' },
        { id: 'no-name' },
        { id: 'bad id', name: 'Bad' },
        { id: 'dup', name: 'First' },
        { id: 'dup', name: 'Second' },
      ],
    });
    expect(result.dataset.taxonomy.slice(DEFAULT_TAXONOMY.length)).to.deep.equal([
      { id: 'good', name: 'Good' },
      { id: 'dup', name: 'First' },
    ]);
    expect(result.dataset.centres[0]?.services).to.deep.equal(['good', 'dup']);
    expect(result.warnings).to.deep.equal([
      repaired('$.taxonomy[0].description', 'text is empty; this field was left out'),
      skipped(
        '$.taxonomy[1].name',
        'is required (a text, or texts by language such as { "en": "Help", "fr": "Aide" })',
      ),
      skipped('$.taxonomy[2].id', 'an id uses letters, digits and - _ . : (at most 128)'),
      skipped('$.taxonomy[4].id', 'duplicate id "dup"; the first term with it is kept'),
      repaired('$.centres[0].services[1]', '"no-name" is not a service in the taxonomy; left out'),
    ]);
  });

  it('ignores a taxonomy that is not a list, keeping the default one', () => {
    const result = validate([], { taxonomy: { referral: 'Referral' } });
    expect(result.dataset.taxonomy).to.deep.equal(DEFAULT_TAXONOMY);
    expect(result.warnings).to.deep.equal([skipped('$.taxonomy', 'must be a list of service terms; ignored')]);
  });
});
