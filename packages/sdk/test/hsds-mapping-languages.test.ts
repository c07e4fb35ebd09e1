// HSDS import rules, one at a time, on small records written here: runs in Node and in browsers,
// since country names, language tags and time zones come from each engine's own Intl data.
import { expect } from 'chai';
import { sal, run, only, warningAt } from './hsds-mapping-fixtures.js';

describe('importHsds: languages and taxonomy terms', () => {
  it('writes language codes and names as BCP 47 tags, reporting what it cannot read', () => {
    const { dataset, warnings } = run(
      sal({
        service: {
          languages: [
            { id: '1', code: 'eng' },
            { id: '2', code: 'ES' },
            { id: '3', name: 'Arabic' },
            { id: '4', name: 'Klingonese' },
          ],
        },
      }),
    );
    expect(only(dataset.centres).languages).to.deep.equal(['en', 'es', 'ar']);
    warningAt(warnings, '$.service.languages[0].code', 'repaired');
    warningAt(warnings, '$.service.languages[3]', 'skipped');
  });

  it('maps terms that clearly name a default service or an audience, and keeps the others as dataset terms', () => {
    const term = (id: string, name: string, code?: string) => ({
      id,
      taxonomy_term: { id, name, code, taxonomy: 'Local list' },
    });
    const { dataset } = run(
      sal({
        service: {
          attributes: [
            term('1', 'Job search'),
            term('2', 'Vocational training'),
            term('3', 'Referral to other agencies'),
            term('4', 'Refugees'),
            term('5', 'Food bank', 'FOOD-1'),
          ],
        },
      }),
    );
    const centre = only(dataset.centres);
    expect(centre.services).to.deep.equal(['employment', 'skills-training', 'referral', 'local-list:food-1']);
    expect(centre.audiences).to.deep.equal(['refugees']);
    expect(dataset.taxonomy.find((t) => t.id === 'local-list:food-1')?.name).to.equal('Food bank');
  });
});
