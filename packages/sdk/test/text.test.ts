import { expect } from 'chai';
import { localeChain, resolveText, resolveTextWithLang, type LocalizedText } from '../src/model/text.js';

describe('localeChain', () => {
  it('goes from the most specific tag to its parents, then the fallbacks', () => {
    expect(localeChain('es-MX', ['en'])).to.deep.equal(['es-mx', 'es', 'en']);
    expect(localeChain('zh-Hant-TW', ['en-GB'])).to.deep.equal(['zh-hant-tw', 'zh-hant', 'zh', 'en-gb', 'en']);
  });

  it('lists each tag once', () => {
    expect(localeChain('en-GB', ['en'])).to.deep.equal(['en-gb', 'en']);
  });
});

describe('resolveText', () => {
  const text: LocalizedText = { en: 'Help line', es: 'Línea de ayuda', 'es-MX': 'Línea de apoyo', ar: 'خط المساعدة' };

  it('uses the exact tag when there is one', () => {
    expect(resolveText(text, 'es-MX', ['en'])).to.equal('Línea de apoyo');
  });

  it('falls back from a regional tag to its language', () => {
    expect(resolveText({ en: 'Help line', es: 'Línea de ayuda' }, 'es-MX', ['en'])).to.equal('Línea de ayuda');
    expect(resolveText(text, 'es-AR', ['en'])).to.equal('Línea de ayuda');
  });

  it('then falls back to the dataset default locale', () => {
    expect(resolveText(text, 'fr-SN', ['en'])).to.equal('Help line');
    expect(resolveText(text, 'fr', ['ar'])).to.equal('خط المساعدة');
  });

  it('then to the first text available', () => {
    expect(resolveText({ wo: 'Xët wu njëkk', fr: 'Première page' }, 'es', ['en'])).to.equal('Xët wu njëkk');
  });

  it('compares tags without regard to case', () => {
    expect(resolveText(text, 'ES-mx', ['EN'])).to.equal('Línea de apoyo');
    expect(resolveText({ EN: 'Help', 'Es-Mx': 'Ayuda' }, 'es-MX', ['en'])).to.equal('Ayuda');
    expect(resolveText({ EN: 'Help', fr: 'Aide' }, 'de', ['en'])).to.equal('Help');
  });

  it('skips empty and blank translations', () => {
    expect(resolveText({ en: 'Help', es: '  ' }, 'es', ['en'])).to.equal('Help');
    expect(resolveText({ es: '', fr: 'Aide' }, 'es', ['en'])).to.equal('Aide');
  });

  it('returns a plain string as it is, whatever the locale', () => {
    expect(resolveText('Help line', 'ar', ['en'])).to.equal('Help line');
  });

  it('returns an empty text for missing or empty input', () => {
    expect(resolveText(undefined, 'en')).to.equal('');
    expect(resolveText({}, 'en', ['en'])).to.equal('');
    expect(resolveText({ en: ' ' }, 'en', ['en'])).to.equal('');
  });
});

describe('resolveTextWithLang', () => {
  it('gives the language the text is really in, as the publisher spelt it', () => {
    expect(resolveTextWithLang({ en: 'Help', 'es-MX': 'Ayuda' }, 'es-mx', ['en'])).to.deep.equal({
      text: 'Ayuda',
      lang: 'es-MX',
    });
    expect(resolveTextWithLang({ en: 'Help', es: 'Ayuda' }, 'fr', ['en'])).to.deep.equal({ text: 'Help', lang: 'en' });
  });

  it('gives a plain string the dataset default locale', () => {
    expect(resolveTextWithLang('Help', 'ar', ['en'])).to.deep.equal({ text: 'Help', lang: 'en' });
    expect(resolveTextWithLang('Help', 'ar')).to.deep.equal({ text: 'Help', lang: undefined });
  });
});
