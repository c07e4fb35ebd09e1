import { expect } from 'chai';
import { channelLink } from '../src/contact/channel-link.js';
import { normalisePhone } from '../src/contact/phone.js';

function e164(input: string): string {
  const result = normalisePhone(input);
  if (!result.ok) throw new Error(`expected ${JSON.stringify(input)} to be accepted: ${result.reason}`);
  return result.e164;
}

function reason(input: unknown): string {
  const result = normalisePhone(input);
  if (result.ok) throw new Error(`expected ${JSON.stringify(input)} to be rejected, got ${result.e164}`);
  return result.reason;
}

describe('normalisePhone', () => {
  it('accepts the usual ways of writing an international number', () => {
    expect(e164('+44 20 7946 0321')).to.equal('+442079460321');
    expect(e164('+1 202 555 0143')).to.equal('+12025550143');
    expect(e164('+1 (202) 555-0143')).to.equal('+12025550143');
    expect(e164('+33.1.99.00.41.27')).to.equal('+33199004127');
    expect(e164('+33-6-39-98-12-45')).to.equal('+33639981245');
    expect(e164('+61 491/570/156')).to.equal('+61491570156');
    expect(e164('+44\u00a020\u00a07946\u00a00321')).to.equal('+442079460321');
    expect(e164('  +44 7700 900461  ')).to.equal('+447700900461');
  });

  it('drops the bracketed national 0 written after a country code', () => {
    for (const written of ['+44 (0)20 7946 0123', '+44(0)2079460123', '0044 (0) 20 7946 0123']) {
      const result = normalisePhone(written);
      expect(result.ok && result.e164, written).to.equal('+442079460123');
    }
  });

  it('reads the 00 international prefix as +', () => {
    expect(e164('0033 1 99 00 58 63')).to.equal('+33199005863');
    expect(e164('00 44 161 496 0123')).to.equal('+441614960123');
  });

  it('removes quote marks that spreadsheets and copy-paste add', () => {
    expect(e164('"+1 202 555 0143"')).to.equal('+12025550143');
    expect(e164("'+44 20 7946 0321'")).to.equal('+442079460321');
    expect(e164('“+33 1 99 00 41 27”')).to.equal('+33199004127');
  });

  it('accepts a tel: link', () => {
    expect(e164('tel:+12025550143')).to.equal('+12025550143');
  });

  it('keeps the number as written, for people to read', () => {
    const result = normalisePhone('+44  20 7946   0321');
    expect(result).to.deep.equal({ ok: true, e164: '+442079460321', display: '+44 20 7946 0321' });
    const prefixed = normalisePhone('0033 1 99 00 58 63');
    expect(prefixed.ok && prefixed.display).to.equal('+33 1 99 00 58 63');
  });

  it('dials the digits and shows the groups: the link and the text say the same number', () => {
    const link = channelLink('voice', '+221 800 00 12 34');
    expect(link).to.deep.equal({
      ok: true,
      value: '+221800001234',
      href: 'tel:+221800001234',
      display: '+221 800 00 12 34',
    });
    // A space after the international prefix is not part of the number people read.
    for (const written of ['00 221 800 00 12 34', '+ 221 800 00 12 34', '00221 800 00 12 34']) {
      const result = normalisePhone(written);
      expect(result.ok && [result.e164, result.display], written).to.deep.equal(['+221800001234', '+221 800 00 12 34']);
    }
  });

  it('drops the bracketed national 0 after a prefix written apart, so the link dials what the text shows', () => {
    for (const written of ['00 44 (0)20 7946 0123', '+ 44 (0) 20 7946 0123']) {
      const result = normalisePhone(written);
      expect(result.ok && [result.e164, result.display], written).to.deep.equal(['+442079460123', '+44 20 7946 0123']);
    }
  });

  it('rejects a number without a country code, quoting it', () => {
    expect(reason('020 7946 0321')).to.equal(
      '"020 7946 0321" has no country code: write it in international form, such as +221 33 800 00 00',
    );
    expect(reason('202-555-0143')).to.include('"202-555-0143" has no country code');
  });

  it('rejects letters, quoting the value', () => {
    expect(reason('+1 202 555 HELP')).to.equal('"+1 202 555 HELP" contains characters that are not digits');
    expect(reason('+44 20 7946 0321 ext. 12')).to.include('contains characters that are not digits');
  });

  it('rejects a country code starting with 0', () => {
    expect(reason('+0 202 555 0143')).to.equal('"+0 202 555 0143": a country code never starts with 0');
  });

  it('rejects numbers too short or too long, saying how many digits they have', () => {
    expect(reason('+44 123')).to.equal('"+44 123" has 5 digits; an international number has 7 to 15');
    expect(reason('+44 20 7946 0321 1234')).to.equal(
      '"+44 20 7946 0321 1234" has 16 digits; an international number has 7 to 15',
    );
    expect(e164('+1 234 567')).to.equal('+1234567');
    expect(e164('+123 456 789 012 345')).to.equal('+123456789012345');
  });

  it('rejects what is not a phone number at all', () => {
    expect(reason('')).to.equal('is not a phone number');
    expect(reason('   ')).to.equal('is not a phone number');
    expect(reason(12025550143)).to.equal('is not a phone number');
    expect(reason(undefined)).to.equal('is not a phone number');
    expect(reason('+')).to.include('"+"');
  });
});
