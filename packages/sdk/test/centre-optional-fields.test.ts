import { expect } from 'chai';
import { centre, validate, ids, repaired, skipped } from './centre-fixtures.js';

describe('centres: optional fields', () => {
  it('leaves out a bad optional field and keeps the centre', () => {
    const result = validate([
      centre({
        operator: '',
        languages: ['fr', 'Wolof'],
        accessibility: { wheelchair: 'yes' },
        appointment: 'by phone',
        lastVerified: '2026-02-30',
      }),
    ]);
    expect(ids(result)).to.deep.equal(['centre-1']);
    const [kept] = result.dataset.centres;
    for (const key of ['operator', 'accessibility', 'appointment', 'lastVerified']) {
      expect(kept, key).not.to.have.property(key);
    }
    expect(kept?.languages).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].operator', 'text is empty; this field was left out'),
      repaired(
        '$.centres[0].languages[1]',
        'not a BCP 47 language tag such as "en", "ar" or "es-MX"; this field was left out',
      ),
      repaired(
        '$.centres[0].accessibility.wheelchair',
        'expected true or false, found the text "yes"; this field was left out',
      ),
      repaired(
        '$.centres[0].appointment',
        'must be "walk-in" or "appointment" or "either", found the text "by phone"; this field was left out',
      ),
      repaired('$.centres[0].lastVerified', 'not a date written YYYY-MM-DD; this field was left out'),
    ]);
  });

  it('drops a web page that is not a safe http(s) link', () => {
    const result = validate([
      centre({ id: 'a', url: 'javascript:alert(1)' }),
      centre({ id: 'b', url: 'mailto:centre@example.org' }),
      centre({ id: 'c', url: 42 }),
    ]);
    expect(ids(result)).to.deep.equal(['a', 'b', 'c']);
    for (const c of result.dataset.centres) expect(c, c.id).not.to.have.property('url');
    expect(result.warnings).to.deep.equal([
      repaired('$.centres[0].url', '"javascript:" links are not allowed; use https:, http:, tel:, sms: or mailto:'),
      repaired('$.centres[1].url', 'a web page must be an http(s) link'),
      repaired('$.centres[2].url', 'is not a link'),
    ]);
  });

  it('drops bad hours, shown as unknown', () => {
    const result = validate([centre({ hours: { timeZone: 'Africa/Dakkar', alwaysOpen: true } })]);
    expect(result.dataset.centres[0]).not.to.have.property('hours');
    expect(result.warnings).to.deep.equal([
      repaired(
        '$.centres[0].hours.timeZone',
        '"Africa/Dakkar" is not an IANA time zone such as "Africa/Dakar"; hours dropped, shown as unknown',
      ),
    ]);
  });
});

describe('centres: channels', () => {
  const office = {
    timeZone: 'Africa/Dakar',
    weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '17:30' }],
  };

  it("gives each channel the centre's hours and languages, and free only when the channel says so", () => {
    const afternoons = { timeZone: 'Africa/Dakar', weekly: [{ days: ['mo'], opens: '14:00', closes: '18:00' }] };
    const result = validate([
      centre({
        hours: office,
        languages: ['fr', 'wo'],
        channels: [
          { kind: 'voice', value: '+44 20 7946 0123' },
          { kind: 'whatsapp', value: '+44 7700 900123', hours: afternoons, languages: ['wo'], free: true },
        ],
      }),
    ]);
    expect(result.warnings).to.deep.equal([]);
    const [voice, whatsapp] = result.dataset.centres[0]?.channels ?? [];
    expect(voice).to.deep.include({ href: 'tel:+442079460123', hours: office, languages: ['fr', 'wo'], free: false });
    expect(whatsapp).to.deep.include({ hours: afternoons, languages: ['wo'], free: true });
  });

  it('skips a bad channel and keeps a centre with no channel left: people can walk in', () => {
    const result = validate([
      centre({ id: 'one-bad', channels: [{ kind: 'voice', value: '33 800 00 00' }] }),
      centre({ id: 'empty', channels: [] }),
      centre({ id: 'not-a-list', channels: 'call us' }),
    ]);
    expect(ids(result)).to.deep.equal(['one-bad', 'empty', 'not-a-list']);
    for (const c of result.dataset.centres) expect(c.channels, c.id).to.deep.equal([]);
    expect(result.warnings).to.deep.equal([
      skipped(
        '$.centres[0].channels[0].value',
        '"33 800 00 00" has no country code: write it in international form, such as +221 33 800 00 00',
      ),
      repaired('$.centres[2].channels', 'expected a list, found the text "call us"; this field was left out'),
    ]);
  });
});

describe('centres: online services', () => {
  it('keeps an online service with a channel or a web page, and skips one with neither', () => {
    const online = { kind: 'online', address: undefined, position: undefined };
    const result = validate([
      centre({ id: 'chat', ...online, channels: [{ kind: 'chat', value: 'https://example.org/chat' }] }),
      centre({ id: 'web', ...online, url: 'https://example.org/course' }),
      centre({ id: 'nothing', ...online }),
      centre({ id: 'bad-only', ...online, channels: [{ kind: 'chat', value: 'http://example.org/chat' }] }),
    ]);
    expect(ids(result)).to.deep.equal(['chat', 'web']);
    const reason =
      'an online service needs a contact channel or a web page (url): without either nobody could reach it';
    expect(result.warnings).to.deep.equal([
      skipped('$.centres[2]', reason),
      skipped('$.centres[3].channels[0].value', 'a chat link must start with https://'),
      skipped('$.centres[3]', reason),
    ]);
  });
});
