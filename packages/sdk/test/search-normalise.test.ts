import { expect } from 'chai';
import { fieldTokens, foldText, queryTokens, tokenise } from '../src/search/normalise.js';

describe('foldText and tokenise', () => {
  it('lower-cases and removes accents', () => {
    expect(foldText('México')).to.equal('mexico');
    expect(foldText('SÃO PAULO')).to.equal('sao paulo');
    expect(foldText('Thiès, Sénégal')).to.equal('thies senegal');
    expect(foldText('İstanbul')).to.equal('istanbul');
  });

  it('folds letters without a decomposition', () => {
    expect(foldText('Straße Łódź Œuvre Æsir Đà Nẵng Diyarbakır Ørsta')).to.equal(
      'strasse lodz oeuvre aesir da nang diyarbakir orsta',
    );
  });

  it('folds Arabic alef forms, hamza carriers, alef maksura, teh marbuta, tashkeel and tatweel', () => {
    expect(foldText('أحمد إبراهيم آمال ٱلله')).to.equal('احمد ابراهيم امال الله');
    expect(foldText('مؤسسة شاطئ مستشفى')).to.equal('موسسه شاطي مستشفي');
    expect(foldText('الدَّارُ البَيْضَاءُ')).to.equal('الدار البيضاء');
    expect(foldText('الـــدار')).to.equal('الدار');
    expect(foldText('ﺍﻟﺪﺍﺭ')).to.equal('الدار'); // presentation forms, as copied from some PDFs
  });

  it('turns Arabic-Indic and Persian digits into ASCII digits', () => {
    expect(foldText('٢٠٢٦ ۱۲')).to.equal('2026 12');
  });

  it('turns punctuation into word breaks', () => {
    expect(tokenise("l'Office d’emploi (Dakar) — 24/7")).to.deep.equal([
      'l',
      'office',
      'd',
      'emploi',
      'dakar',
      '24',
      '7',
    ]);
    expect(tokenise(' ,;- ')).to.deep.equal([]);
  });

  it('indexes Arabic words with and without their article or joined particle', () => {
    expect(fieldTokens('الدار البيضاء')).to.deep.equal(['الدار', 'دار', 'البيضاء', 'بيضاء']);
    expect(fieldTokens('بالرباط للمهاجرين')).to.include.members(['رباط', 'مهاجرين']);
    // Too short to have an article: "الا" stays whole.
    expect(fieldTokens('الا')).to.deep.equal(['الا']);
  });

  it('folds the article and joined particles of a query as the records are folded', () => {
    expect(queryTokens('الرباط المركز')).to.deep.equal(['رباط', 'مركز']);
    expect(queryTokens('بالرباط والرباط فالرباط كالرباط للمهاجرين')).to.deep.equal([
      'رباط',
      'رباط',
      'رباط',
      'رباط',
      'مهاجرين',
    ]);
    expect(queryTokens('الدَّار البيـضاء')).to.deep.equal(['دار', 'بيضاء']);
    expect(queryTokens("Centre d'Alger")).to.deep.equal(['centre', 'd', 'alger']);
    // Every stem a query word becomes is also indexed for the record that has the word.
    for (const word of ['الرباط', 'بالرباط', 'للمهاجرين', 'مركز', 'الا', 'الله', 'ليبيا']) {
      expect(fieldTokens(word), word).to.include(queryTokens(word)[0]);
    }
  });

  it('keeps short words and names whole', () => {
    // The article and one letter: nothing is left to be a word.
    for (const word of ['الا', 'الم', 'لله', 'بال']) {
      expect(queryTokens(word), word).to.deep.equal([word]);
      expect(fieldTokens(word), word).to.deep.equal([word]);
    }
    // "الله" is a name (and in names: عبد الله); without its first letters it would be "له", "to him".
    for (const word of ['الله', 'بالله', 'والله']) {
      expect(queryTokens(word), word).to.deep.equal([word]);
      expect(fieldTokens(word), word).to.deep.equal([word]);
    }
    // A word that only starts with a particle's letter keeps it: ليبيا (Libya), بلد, كتاب, فاس, وطن.
    for (const word of ['ليبيا', 'بلد', 'كتاب', 'فاس', 'وطن']) {
      expect(queryTokens(word), word).to.deep.equal([word]);
      expect(fieldTokens(word), word).to.deep.equal([word]);
    }
  });
});
