import { expect } from 'chai';
import { DATASET_FORMAT } from '../src/model/dataset.js';
import { validateDataset } from '../src/model/validate/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import { hotline, dataset } from './dataset-fixtures.js';

describe('validateDataset: records', () => {
  it('keeps a valid dataset as it is, with no warnings', () => {
    const { dataset: result, warnings } = validateDataset(dataset([hotline()]));
    expect(warnings).to.deep.equal([]);
    expect(result.format).to.equal(DATASET_FORMAT);
    expect(result.publisher).to.deep.equal({ name: 'Test publisher', url: 'https://example.org/' });
    expect(result.updated).to.equal('2026-05-01');
    expect(result.defaultLocale).to.equal('en');
    expect(result.hotlines).to.have.length(1);
    expect(result.hotlines[0]).to.deep.equal({
      id: 'line-1',
      name: { en: 'Test line', fr: 'Ligne de test' },
      countries: ['SN'],
      topics: ['safe-migration'],
      channels: [
        {
          kind: 'voice',
          value: '+442079460123',
          href: 'tel:+442079460123',
          display: '+44 20 7946 0123',
          languages: [],
          free: false,
        },
      ],
      languages: [],
      free: false,
      anonymous: false,
      emergency: false,
    });
  });

  it('keeps every good hotline and reports each bad one with its path and a plain reason', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({ id: 'good-1' }),
        hotline({ id: 'bad-country', countries: ['sn'] }),
        hotline({ id: 'good-2' }),
        hotline({ id: 'bad id' }),
        'not a hotline',
        hotline({ id: 'bad-date', lastVerified: '2026-02-30' }),
        hotline({ id: 'no-countries', countries: [] }),
        hotline({ id: 'bad-channels', channels: 'tel:+442079460123' }),
        hotline({ id: 'good-3' }),
      ]),
    );
    expect(result.hotlines.map((h) => h.id)).to.deep.equal(['good-1', 'good-2', 'bad-date', 'good-3']);
    expect(result.hotlines[2]).not.to.have.property('lastVerified');
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[1].countries[0]',
        reason: 'a country is a two-letter ISO 3166-1 code in capitals, such as "SN"',
        action: 'skipped',
      },
      {
        path: '$.hotlines[3].id',
        reason: 'an id uses letters, digits and - _ . : (at most 128)',
        action: 'skipped',
      },
      { path: '$.hotlines[4]', reason: 'expected an object, found the text "not a hotline"', action: 'skipped' },
      {
        path: '$.hotlines[5].lastVerified',
        reason: 'not a date written YYYY-MM-DD; this field was left out',
        action: 'repaired',
      },
      { path: '$.hotlines[6].countries', reason: 'name at least one country served', action: 'skipped' },
      {
        path: '$.hotlines[7].channels',
        reason: 'expected a list, found the text "tel:+442079460123"',
        action: 'skipped',
      },
    ]);
  });

  it('says when a required field is missing', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([hotline({ id: undefined }), hotline({ countries: undefined })]),
    );
    expect(result.hotlines).to.deep.equal([]);
    expect(warnings).to.deep.equal([
      { path: '$.hotlines[0].id', reason: 'is required (a text)', action: 'skipped' },
      { path: '$.hotlines[1].countries', reason: 'is required (a list)', action: 'skipped' },
    ]);
  });

  it('says when a name is missing, empty or of the wrong kind', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({ id: 'a', name: undefined }),
        hotline({ id: 'b', name: '  ' }),
        hotline({ id: 'c', name: { en: '' } }),
        hotline({ id: 'd', name: 42 }),
      ]),
    );
    expect(result.hotlines).to.deep.equal([]);
    const expected = 'a text, or texts by language such as { "en": "Help", "fr": "Aide" }';
    expect(warnings).to.deep.equal([
      { path: '$.hotlines[0].name', reason: `is required (${expected})`, action: 'skipped' },
      { path: '$.hotlines[1].name', reason: 'text is empty', action: 'skipped' },
      { path: '$.hotlines[2].name', reason: 'no text in any language', action: 'skipped' },
      { path: '$.hotlines[3].name', reason: `expected ${expected}`, action: 'skipped' },
    ]);
  });

  it('reports a text keyed "__proto__" like one keyed "constructor" or "toString", with its path', () => {
    // JSON.parse makes "__proto__" an own key, as any other; an object literal would not.
    const expected = 'expected a text, or texts by language such as { "en": "Help", "fr": "Aide" }';
    for (const key of ['__proto__', 'constructor', 'toString']) {
      const text = `{"en": "x", "${key}": "y"}`;
      const { dataset: result, warnings } = validateDataset(
        dataset([
          hotline({ id: 'a', description: JSON.parse(text) }),
          hotline({ id: 'b', name: JSON.parse(text) }),
          hotline({ id: 'c', channels: [{ kind: 'voice', value: '+44 20 7946 0123', note: JSON.parse(text) }] }),
        ]),
      );
      expect(
        result.hotlines.map((h) => h.id),
        key,
      ).to.deep.equal(['a', 'c']);
      expect(result.hotlines[0], key).not.to.have.property('description');
      expect(result.hotlines[1]!.channels[0], key).not.to.have.property('note');
      expect(warnings, key).to.deep.equal([
        { path: '$.hotlines[0].description', reason: `${expected}; this field was left out`, action: 'repaired' },
        { path: '$.hotlines[1].name', reason: expected, action: 'skipped' },
        { path: '$.hotlines[2].channels[0].note', reason: `${expected}; this field was left out`, action: 'repaired' },
      ]);
    }
  });

  it('drops a bad channel and keeps its hotline', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({
          channels: [
            { kind: 'voice', value: '+44 20 7946 0123' },
            { kind: 'fax', value: '+44 20 7946 0124' },
            { kind: 'sms', value: '020 7946 0125' },
            { kind: 'chat', value: 'javascript:alert(1)' },
            { kind: 'whatsapp', value: 'https://wa.me.evil.example/1' },
            { kind: 'email', value: 'help@example.org' },
          ],
        }),
      ]),
    );
    expect(result.hotlines).to.have.length(1);
    expect(result.hotlines[0]?.channels.map((c) => c.href)).to.deep.equal([
      'tel:+442079460123',
      'mailto:help@example.org',
    ]);
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[0].channels[1].kind',
        reason:
          'must be "voice" or "sms" or "whatsapp" or "telegram" or "signal" or "viber" or "messenger" or "chat" or "email", found the text "fax"',
        action: 'skipped',
      },
      {
        path: '$.hotlines[0].channels[2].value',
        reason: '"020 7946 0125" has no country code: write it in international form, such as +221 33 800 00 00',
        action: 'skipped',
      },
      {
        path: '$.hotlines[0].channels[3].value',
        reason: '"javascript:" links are not allowed; use https:, http:, tel:, sms: or mailto:',
        action: 'skipped',
      },
      {
        path: '$.hotlines[0].channels[4].value',
        reason: 'a whatsapp link must point to wa.me, not wa.me.evil.example',
        action: 'skipped',
      },
    ]);
  });

  it('leaves out a bad optional field but keeps the channel and the hotline', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({
          id: 'typos',
          description: '',
          languages: ['English'],
          channels: [{ kind: 'voice', value: '+44 20 7946 0123', note: '', languages: ['fr', 'Wolof'] }],
        }),
      ]),
    );
    expect(result.hotlines.map((h) => h.id)).to.deep.equal(['typos']);
    const [line] = result.hotlines;
    expect(line).not.to.have.property('description');
    expect(line?.channels.map((c) => [c.href, c.languages, 'note' in c])).to.deep.equal([
      ['tel:+442079460123', [], false],
    ]);
    expect(warnings.map((w) => [w.path, w.action])).to.deep.equal([
      ['$.hotlines[0].description', 'repaired'],
      ['$.hotlines[0].languages[0]', 'repaired'],
      ['$.hotlines[0].channels[0].languages[1]', 'repaired'],
      ['$.hotlines[0].channels[0].note', 'repaired'],
    ]);
    for (const w of warnings) expect(w.reason).to.match(/; this field was left out$/);
  });

  it('skips a hotline with no usable channel', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({ id: 'no-good-channel', channels: [{ kind: 'voice', value: 'call us' }] }),
        hotline({ id: 'no-channel', channels: [] }),
        hotline({ id: 'kept' }),
      ]),
    );
    expect(result.hotlines.map((h) => h.id)).to.deep.equal(['kept']);
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[0].channels[0].value',
        reason: '"call us" has no country code: write it in international form, such as +221 33 800 00 00',
        action: 'skipped',
      },
      { path: '$.hotlines[0].channels', reason: 'no usable contact channel', action: 'skipped' },
      { path: '$.hotlines[1].channels', reason: 'no usable contact channel', action: 'skipped' },
    ]);
  });

  it('keeps the first of two hotlines with the same id', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({ id: 'same', name: 'First' }),
        hotline({ id: 'other' }),
        hotline({ id: 'same', name: 'Second' }),
      ]),
    );
    expect(result.hotlines.map((h) => [h.id, h.name])).to.deep.equal([
      ['same', 'First'],
      ['other', { en: 'Test line', fr: 'Ligne de test' }],
    ]);
    expect(warnings).to.deep.equal([
      { path: '$.hotlines[2].id', reason: 'duplicate id "same"; the first record with it is kept', action: 'skipped' },
    ]);
  });

  it('checks a part of a long list of centres as a part of it: paths in the whole list, earlier ids taken', () => {
    const [first, second] = demoDataset.centres;
    const part = { ...demoDataset, centres: [{ ...second, id: first!.id }, { id: 'no-name' }, second] };
    const { dataset: result, warnings } = validateDataset(part, undefined, {
      earlierCentreIds: new Set([first!.id]),
      firstCentre: 2000,
    });
    expect(result.centres.map((c) => c.id)).to.deep.equal([second!.id]);
    expect(warnings.map((w) => w.path)).to.include.members(['$.centres[2000].id', '$.centres[2001].name']);
    expect(warnings.every((w) => !/^\$\.centres\[[0-9]\]/.test(w.path))).to.equal(true);
  });

  it('drops bad hours, reports them as repaired and keeps the hotline with unknown hours', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({ id: 'zone', hours: { timeZone: 'Mars/Olympus', alwaysOpen: true } }),
        hotline({
          id: 'time',
          hours: { timeZone: 'Africa/Dakar', weekly: [{ days: ['mo'], opens: '25:00', closes: '17:00' }] },
        }),
        hotline({ id: 'text', hours: 'mo-fr 9-17' }),
      ]),
    );
    expect(result.hotlines.map((h) => h.id)).to.deep.equal(['zone', 'time', 'text']);
    for (const h of result.hotlines) {
      expect(h.hours, h.id).to.equal(undefined);
      expect(h.channels[0]?.hours, h.id).to.equal(undefined);
    }
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[0].hours.timeZone',
        reason: '"Mars/Olympus" is not an IANA time zone such as "Africa/Dakar"; hours dropped, shown as unknown',
        action: 'repaired',
      },
      {
        path: '$.hotlines[1].hours.weekly[0].opens',
        reason: '"25:00" is not a time of day as HH:MM; hours dropped, shown as unknown',
        action: 'repaired',
      },
      {
        path: '$.hotlines[2].hours',
        reason: 'expected an object, found the text "mo-fr 9-17"; hours dropped, shown as unknown',
        action: 'repaired',
      },
    ]);
  });

  it("gives each channel the hotline's hours, languages and free flag unless it has its own", () => {
    const officeHours = {
      timeZone: 'Africa/Dakar',
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:30', closes: '17:30' }],
    };
    const afternoons = { timeZone: 'Africa/Dakar', weekly: [{ days: ['mo', 'fr'], opens: '14:00', closes: '18:00' }] };
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({
          hours: officeHours,
          languages: ['fr', 'wo', 'en'],
          free: true,
          channels: [
            { kind: 'voice', value: '+44 20 7946 0123' },
            { kind: 'whatsapp', value: '+44 7700 900123', hours: afternoons, languages: ['wo'], free: false },
          ],
        }),
      ]),
    );
    expect(warnings).to.deep.equal([]);
    const [voice, whatsapp] = result.hotlines[0]?.channels ?? [];
    expect(voice).to.deep.include({ hours: officeHours, languages: ['fr', 'wo', 'en'], free: true });
    expect(whatsapp).to.deep.include({ hours: afternoons, languages: ['wo'], free: false });
  });

  it("leaves a channel's bad hours unknown rather than giving it the hotline's", () => {
    const officeHours = { timeZone: 'Africa/Dakar', weekly: [{ days: ['mo'], opens: '08:30', closes: '17:30' }] };
    const { dataset: result, warnings } = validateDataset(
      dataset([
        hotline({
          hours: officeHours,
          channels: [
            { kind: 'voice', value: '+44 20 7946 0123' },
            { kind: 'signal', value: '+44 7700 900123', hours: { timeZone: 'Africa/Dakkar', alwaysOpen: true } },
          ],
        }),
      ]),
    );
    const [voice, signal] = result.hotlines[0]?.channels ?? [];
    expect(voice?.hours).to.deep.equal(officeHours);
    expect(signal).to.not.have.property('hours');
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[0].channels[1].hours.timeZone',
        reason: '"Africa/Dakkar" is not an IANA time zone such as "Africa/Dakar"; hours dropped, shown as unknown',
        action: 'repaired',
      },
    ]);
  });

  it('drops a web page that is not a safe http(s) link and keeps the hotline', () => {
    const { dataset: result, warnings } = validateDataset(
      dataset([hotline({ id: 'a', url: 'javascript:alert(1)' }), hotline({ id: 'b', url: 'mailto:help@example.org' })]),
    );
    expect(result.hotlines.map((h) => [h.id, h.url])).to.deep.equal([
      ['a', undefined],
      ['b', undefined],
    ]);
    expect(warnings).to.deep.equal([
      {
        path: '$.hotlines[0].url',
        reason: '"javascript:" links are not allowed; use https:, http:, tel:, sms: or mailto:',
        action: 'repaired',
      },
      { path: '$.hotlines[1].url', reason: 'a web page must be an http(s) link', action: 'repaired' },
    ]);
  });

  it('keeps HTML in texts verbatim: it is data, escaped by whatever renders it', () => {
    const name = { en: '<img src=x onerror="alert(1)">Help & <b>support</b>', ar: '<script>alert(1)</script>' };
    const note = '</span><a href="javascript:alert(1)">click</a>';
    const { dataset: result, warnings } = validateDataset(
      dataset([hotline({ name, channels: [{ kind: 'voice', value: '+44 20 7946 0123', note }] })]),
    );
    expect(warnings).to.deep.equal([]);
    expect(result.hotlines[0]?.name).to.deep.equal(name);
    expect(result.hotlines[0]?.channels[0]?.note).to.equal(note);
  });
});
