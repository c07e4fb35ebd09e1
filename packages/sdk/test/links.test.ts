import { expect } from 'chai';
import { directionsLinks } from '../src/contact/directions.js';
import { CHANNEL_KINDS, channelLink, type ChannelKind } from '../src/contact/channel-link.js';
import { safeLink } from '../src/contact/links.js';

function refusal(value: unknown): string {
  const result = safeLink(value);
  if (result.ok) throw new Error(`expected ${JSON.stringify(value)} to be refused, got ${result.href}`);
  return result.reason;
}

function channelRefusal(kind: ChannelKind, value: unknown): string {
  const result = channelLink(kind, value);
  if (result.ok) throw new Error(`expected ${kind} ${JSON.stringify(value)} to be refused, got ${result.href}`);
  return result.reason;
}

describe('safeLink', () => {
  it('accepts web, phone, SMS and email links', () => {
    expect(safeLink('https://example.org/help')).to.deep.equal({ ok: true, href: 'https://example.org/help' });
    expect(safeLink('  http://example.org  ')).to.deep.equal({ ok: true, href: 'http://example.org/' });
    expect(safeLink('tel:+442079460321')).to.deep.equal({ ok: true, href: 'tel:+442079460321' });
    expect(safeLink('sms:+447700900461')).to.deep.equal({ ok: true, href: 'sms:+447700900461' });
    expect(safeLink('mailto:help@example.org')).to.deep.equal({ ok: true, href: 'mailto:help@example.org' });
  });

  it('refuses script links, whatever their case or the spaces around them', () => {
    expect(refusal('javascript:alert(1)')).to.equal(
      '"javascript:" links are not allowed; use https:, http:, tel:, sms: or mailto:',
    );
    expect(refusal('JAVASCRIPT:alert(1)')).to.include('"javascript:" links are not allowed');
    expect(refusal('JaVaScRiPt:alert(1)')).to.include('"javascript:" links are not allowed');
    expect(refusal(' javascript:alert(1)')).to.include('"javascript:" links are not allowed');
    expect(refusal('\u00a0javascript:alert(1)')).to.be.a('string').that.is.not.empty;
    expect(refusal('vbscript:msgbox(1)')).to.include('"vbscript:" links are not allowed');
  });

  it('refuses links with control characters hidden inside, which browsers would strip', () => {
    expect(refusal('java\nscript:alert(1)')).to.equal('"java\nscript:alert(1)" contains spaces or control characters');
    expect(refusal('java\tscript:alert(1)')).to.include('contains spaces or control characters');
    expect(refusal('java\rscript:alert(1)')).to.include('contains spaces or control characters');
    expect(refusal('java\u0000script:alert(1)')).to.include('contains spaces or control characters');
    expect(refusal('https://example.org/a b')).to.include('contains spaces or control characters');
  });

  it('refuses data, file and blob links', () => {
    expect(refusal('data:text/html,<script>alert(1)</script>')).to.include('"data:" links are not allowed');
    expect(refusal('file:///etc/passwd')).to.include('"file:" links are not allowed');
    expect(refusal('blob:https://example.org/0b1c5a8e-4b8f-4d0c-9d57-4d4bb3a2b7e1')).to.include(
      '"blob:" links are not allowed',
    );
  });

  it('refuses protocol-relative and incomplete links', () => {
    expect(refusal('//evil.example/path')).to.equal(
      '"//evil.example/path" is not a complete link (it needs a scheme such as https://)',
    );
    expect(refusal('example.org/help')).to.include('is not a complete link');
    expect(refusal('/help')).to.include('is not a complete link');
    expect(refusal('https://')).to.include('is not a complete link');
    expect(refusal('http://[::1')).to.include('is not a complete link');
  });

  it('refuses links carrying a user name or password', () => {
    expect(refusal('https://user:pass@example.org/')).to.equal(
      '"https://user:pass@example.org/" carries a user name or password',
    );
    expect(refusal('https://example.org@evil.example/')).to.include('carries a user name or password');
  });

  it('refuses what is not a link at all', () => {
    expect(refusal('')).to.equal('is not a link');
    expect(refusal('   ')).to.equal('is not a link');
    expect(refusal(42)).to.equal('is not a link');
    expect(refusal(null)).to.equal('is not a link');
  });
});

describe('channelLink', () => {
  it('refuses email addresses that would carry hidden recipients or text', () => {
    for (const value of [
      'help@ngo.org?bcc=spy%40evil.example',
      'help@ngo.org&cc=x@y.z',
      'a/b@ngo.org',
      'help@ngo.org#x',
    ]) {
      expect(channelLink('email', value).ok, value).to.equal(false);
    }
  });

  it('moves a messenger link given over http to https', () => {
    const link = channelLink('whatsapp', 'http://wa.me/442079460123');
    expect(link.ok && link.href).to.equal('https://wa.me/442079460123');
  });

  const cases: [ChannelKind, string, string, string][] = [
    ['voice', '+44 20 7946 0321', 'tel:+442079460321', '+44 20 7946 0321'],
    ['sms', '+44 7700 900461', 'sms:+447700900461', '+44 7700 900461'],
    ['whatsapp', '+33 6 39 98 12 45', 'https://wa.me/33639981245', '+33 6 39 98 12 45'],
    ['telegram', '@mrc_demo_help', 'https://t.me/mrc_demo_help', '@mrc_demo_help'],
    ['signal', '+44 7700 900462', 'https://signal.me/#p/+447700900462', '+44 7700 900462'],
    ['viber', '+61 491 570 157', 'viber://chat?number=%2B61491570157', '+61 491 570 157'],
    ['messenger', 'mrc.demo.help', 'https://m.me/mrc.demo.help', 'mrc.demo.help'],
    ['email', 'help@example.org', 'mailto:help@example.org', 'help@example.org'],
    ['chat', 'https://example.org/demo/chat', 'https://example.org/demo/chat', 'example.org'],
  ];

  it('is tested here for every channel kind', () => {
    expect(cases.map(([kind]) => kind)).to.have.members([...CHANNEL_KINDS]);
  });

  for (const [kind, value, href, display] of cases) {
    it(`makes the ${kind} link`, () => {
      const result = channelLink(kind, value);
      expect(result.ok && result.href).to.equal(href);
      expect(result.ok && result.display).to.equal(display);
    });
  }

  it('stores phone channels in E.164 and names without the @', () => {
    expect(channelLink('whatsapp', '+33 6 39 98 12 45')).to.include({ value: '+33639981245' });
    expect(channelLink('telegram', '@mrc_demo_help')).to.include({ value: 'mrc_demo_help' });
    expect(channelLink('email', 'mailto:help@example.org')).to.include({
      value: 'help@example.org',
      href: 'mailto:help@example.org',
    });
  });

  it('keeps a link that already points at the messenger', () => {
    expect(channelLink('whatsapp', 'https://wa.me/33639981245')).to.include({ href: 'https://wa.me/33639981245' });
    expect(channelLink('telegram', 'https://t.me/mrc_demo_help')).to.include({ href: 'https://t.me/mrc_demo_help' });
    expect(channelLink('messenger', 'https://m.me/mrc.demo.help')).to.include({ href: 'https://m.me/mrc.demo.help' });
    expect(channelLink('signal', 'https://signal.me/#p/+447700900462')).to.include({
      href: 'https://signal.me/#p/+447700900462',
    });
  });

  it('refuses a messenger link pointing at another host', () => {
    expect(channelRefusal('whatsapp', 'https://wa.me.evil.example/1')).to.equal(
      'a whatsapp link must point to wa.me, not wa.me.evil.example',
    );
    expect(channelRefusal('whatsapp', 'https://evil.example/wa.me/1')).to.include('must point to wa.me');
    expect(channelRefusal('telegram', 'https://t.me.evil.example/mrc_demo_help')).to.include('must point to t.me');
    expect(channelRefusal('messenger', 'https://evil.example/m.me')).to.include('must point to m.me');
    expect(channelRefusal('signal', 'https://signal.me.evil.example/#p/+447700900462')).to.include(
      'must point to signal.me',
    );
    // The Cyrillic "а" makes a look-alike host, which the URL parser turns into punycode.
    expect(channelRefusal('whatsapp', 'https://w\u0430.me/1')).to.include('must point to wa.me');
    expect(channelRefusal('whatsapp', 'https://wa.me@evil.example/1')).to.include('carries a user name or password');
  });

  it('refuses hostile values on every kind', () => {
    for (const kind of CHANNEL_KINDS) {
      expect(channelRefusal(kind, 'javascript:alert(1)'), kind).to.be.a('string').that.is.not.empty;
      expect(channelRefusal(kind, 'java\nscript:alert(1)'), kind).to.be.a('string').that.is.not.empty;
    }
    expect(channelRefusal('chat', 'javascript:alert(1)')).to.include('"javascript:" links are not allowed');
    expect(channelRefusal('chat', 'data:text/html,<script>alert(1)</script>')).to.include(
      '"data:" links are not allowed',
    );
    expect(channelRefusal('chat', 'tel:+442079460321')).to.equal('a chat link must start with https://');
    expect(channelRefusal('chat', 'http://example.org/chat')).to.equal('a chat link must start with https://');
    expect(channelRefusal('chat', '//evil.example/chat')).to.include('is not a complete link');
  });

  it('says why a value does not fit its kind', () => {
    expect(channelRefusal('voice', '020 7946 0321')).to.include('"020 7946 0321" has no country code');
    expect(channelRefusal('telegram', 'mrc demo')).to.equal('"mrc demo" is not a telegram user name or link');
    expect(channelRefusal('messenger', 'ab')).to.equal('"ab" is not a messenger user name or link');
    expect(channelRefusal('email', 'help at example.org')).to.equal('"help at example.org" is not an email address');
    expect(channelRefusal('email', 'help@example')).to.include('is not an email address');
    expect(channelRefusal('voice', '')).to.equal('is empty');
  });
});

describe('directionsLinks', () => {
  it('builds a geo: URI and an OpenStreetMap link from the numbers alone', () => {
    expect(directionsLinks({ lat: 14.692812345, lng: -17.4467 })).to.deep.equal({
      geo: 'geo:14.692812,-17.4467',
      osm: 'https://www.openstreetmap.org/?mlat=14.692812&mlon=-17.4467#map=17/14.692812/-17.4467',
    });
    expect(safeLink('geo:14.692812,-17.4467').ok).to.equal(true);
  });

  it('gives nothing for a position out of range or not a number', () => {
    expect(directionsLinks({ lat: 91, lng: 0 })).to.equal(undefined);
    expect(directionsLinks({ lat: Number.NaN, lng: 0 })).to.equal(undefined);
  });
});
