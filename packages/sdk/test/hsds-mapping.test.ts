// HSDS import rules, one at a time, on small records written here: runs in Node and in browsers,
// since country names, language tags and time zones come from each engine's own Intl data.
import { expect } from 'chai';
import type { DataWarning } from '../src/model/problems.js';
import { DatasetError } from '../src/model/errors.js';
import { importHsds, type ImportHsdsOptions } from '../src/hsds/import.js';

const TODAY = '2026-12-01'; // a Tuesday

/** A service at a location in Guatemala City, complete enough to import without a warning. */
function sal(over: { service?: object; location?: object; [key: string]: unknown } = {}): Record<string, unknown> {
  const { service, location, ...rest } = over;
  return {
    id: 'sal-1',
    description: 'Legal advice for migrants and returnees.',
    service: {
      id: 'svc-1',
      name: 'Migrant legal desk',
      url: 'https://example.org/legal',
      email: 'desk@example.org',
      assured_date: '2026-10-01',
      organization: { id: 'org-1', name: 'Centro de Atención al Migrante', website: 'https://example.org/' },
      attributes: [{ id: 'a1', taxonomy_term: { id: 't1', code: 'LEGAL', name: 'Legal aid' } }],
      languages: [{ id: 'l1', code: 'es' }],
      ...service,
    },
    location: {
      id: 'loc-1',
      name: 'Centro de Atención',
      latitude: '14.6349',
      longitude: -90.5069,
      addresses: [
        {
          id: 'ad1',
          address_1: '6a Avenida 1-23',
          city: 'Guatemala',
          state_province: 'Guatemala',
          country: 'GT',
          address_type: 'physical',
        },
      ],
      ...location,
    },
    phones: [{ id: 'p1', number: '+502 2222 3333', type: 'voice' }],
    schedules: [
      {
        id: 's1',
        freq: 'WEEKLY',
        byday: 'MO,TU,WE,TH,FR',
        opens_at: '08:00',
        closes_at: '16:30:00',
        timezone: 'America/Guatemala',
      },
    ],
    ...rest,
  };
}

function run(input: unknown, options: ImportHsdsOptions = {}) {
  return importHsds(input, { today: TODAY, ...options });
}

function only<T>(items: readonly T[]): T {
  expect(items).to.have.length(1);
  return items[0]!;
}

function warningAt(warnings: readonly DataWarning[], path: string, action?: DataWarning['action']): DataWarning {
  const found = warnings.find((w) => w.path === path && (action === undefined || w.action === action));
  expect(found, `a warning at ${path}; got ${JSON.stringify(warnings, null, 1)}`).to.exist;
  return found!;
}

describe('importHsds: mapping one service at a location', () => {
  it('maps a complete record onto a centre without warnings', () => {
    const { dataset, warnings } = run(sal());
    expect(warnings).to.deep.equal([]);
    const centre = only(dataset.centres);
    expect(centre).to.include({
      id: 'sal-1',
      name: 'Migrant legal desk',
      kind: 'centre',
      operator: 'Centro de Atención al Migrante',
      description: 'Legal advice for migrants and returnees.',
      country: 'GT',
      city: 'Guatemala',
      region: 'Guatemala',
      url: 'https://example.org/legal',
      lastVerified: '2026-10-01',
    });
    expect(centre.address).to.equal('Centro de Atención\n6a Avenida 1-23');
    expect(centre.position).to.deep.equal({ lat: 14.6349, lng: -90.5069 });
    expect(centre.services).to.deep.equal(['legal-protection']);
    expect(centre.languages).to.deep.equal(['es']);
    expect(centre.channels.map((c) => [c.kind, c.value])).to.deep.equal([
      ['voice', '+50222223333'],
      ['email', 'desk@example.org'],
    ]);
    expect(centre.hours).to.deep.equal({
      timeZone: 'America/Guatemala',
      weekly: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '08:00', closes: '16:30' }],
    });
    expect(dataset.publisher).to.deep.equal({ name: 'Centro de Atención al Migrante', url: 'https://example.org/' });
    expect(dataset.defaultLocale).to.equal('en');
  });

  it('takes the default locale from the options', () => {
    expect(run(sal(), { defaultLocale: 'es' }).dataset.defaultLocale).to.equal('es');
  });

  it('makes a virtual location an online service, without address or position', () => {
    const { dataset } = run(sal({ location: { location_type: 'virtual' } }));
    const centre = only(dataset.centres);
    expect(centre.kind).to.equal('online');
    expect(centre.address).to.equal(undefined);
    expect(centre.position).to.equal(undefined);
    expect(centre.country).to.equal('GT');
  });

  it('leaves out a service that is inactive, defunct or temporarily closed', () => {
    for (const status of ['inactive', 'defunct', 'temporarily closed']) {
      const { dataset, warnings } = run({ contents: [sal({ service: { status } })] });
      expect(dataset.centres).to.deep.equal([]);
      expect(warningAt(warnings, '$.contents[0].service.status', 'skipped').reason).to.include(status);
    }
  });
});

describe('importHsds: countries and places', () => {
  it('maps country names and reports the change', () => {
    const { dataset, warnings } = run(
      sal({ location: { addresses: [{ id: 'a', address_1: '1 High St', country: 'United Kingdom' }] } }),
    );
    expect(only(dataset.centres).country).to.equal('GB');
    expect(warningAt(warnings, '$.location.addresses[0].country', 'repaired').reason).to.include('GB');
  });

  it('uses defaultCountry when the address has none, and skips the centre when neither is known', () => {
    const noCountry = sal({ location: { addresses: [{ id: 'a', address_1: '1 Main St', city: 'Springfield' }] } });
    expect(only(run(noCountry, { defaultCountry: 'US' }).dataset.centres).country).to.equal('US');
    const { dataset, warnings } = run({ contents: [noCountry] });
    expect(dataset.centres).to.deep.equal([]);
    expect(warningAt(warnings, '$.contents[0].location.addresses', 'skipped').reason).to.include('defaultCountry');
  });

  it('ignores a country it cannot read, reporting it', () => {
    const { warnings } = run(sal({ location: { addresses: [{ id: 'a', address_1: 'x', country: 'Narnia' }] } }), {
      defaultCountry: 'GT',
    });
    expect(warningAt(warnings, '$.location.addresses[0].country', 'repaired').reason).to.include('Narnia');
  });

  it('reads numeric-text positions and drops impossible ones with a reason', () => {
    const { dataset, warnings } = run(sal({ location: { latitude: '95', longitude: '10' } }));
    expect(only(dataset.centres).position).to.equal(undefined);
    expect(warningAt(warnings, '$.location.latitude', 'repaired').reason).to.include('95');
    const zero = run(sal({ location: { latitude: 0, longitude: 0 } }));
    expect(only(zero.dataset.centres).position).to.equal(undefined);
    warningAt(zero.warnings, '$.location.latitude', 'repaired');
  });

  it('prefers a physical address, reports a postal one, and never shows the attention name', () => {
    const { dataset, warnings } = run(
      sal({
        location: {
          addresses: [
            {
              id: 'a',
              attention: 'A. Person',
              address_1: 'PO Box 5',
              postal_code: '01001',
              city: 'Guatemala',
              country: 'GT',
              address_type: 'postal',
            },
          ],
        },
      }),
    );
    expect(only(dataset.centres).address).to.equal('Centro de Atención\nPO Box 5\n01001');
    warningAt(warnings, '$.location.addresses[0].address_type', 'repaired');
    warningAt(warnings, '$.location.addresses[0].attention', 'repaired');
    expect(JSON.stringify(dataset)).not.to.include('A. Person');
  });
});

describe('importHsds: phones and emails', () => {
  const phones = (list: object[], country = 'US') =>
    run(sal({ phones: list, location: { addresses: [{ id: 'a', address_1: '1 Main St', country }] } }));

  it('strips literal quote marks and reports it', () => {
    const { dataset, warnings } = phones([{ id: 'p', number: '"+44 1234 234567"' }]);
    expect(only(dataset.centres).channels[0]).to.include({ kind: 'voice', value: '+441234234567' });
    expect(warningAt(warnings, '$.phones[0].number', 'repaired').reason).to.include('quote');
  });

  it('puts the calling code in front of national numbers only when the country is known', () => {
    const { dataset, warnings } = phones([
      { id: 'a', number: '(202) 555-0143' },
      { id: 'b', number: '1-202-555-0144' },
    ]);
    expect(
      only(dataset.centres)
        .channels.filter((c) => c.kind === 'voice')
        .map((c) => c.value),
    ).to.deep.equal(['+12025550143', '+12025550144']);
    expect(warningAt(warnings, '$.phones[0].number', 'repaired').reason).to.include('+12025550143');
    const uk = phones([{ id: 'a', number: '020 7946 0123' }], 'GB');
    expect(only(uk.dataset.centres).channels[0]!.value).to.equal('+442079460123');
    const unknown = phones([{ id: 'a', number: '727 123 4567' }], 'KZ');
    expect(only(unknown.dataset.centres).channels.some((c) => c.kind === 'voice')).to.equal(false);
    expect(warningAt(unknown.warnings, '$.phones[0].number', 'skipped').reason).to.include('calling code');
  });

  it('makes text lines SMS channels, drops fax with a reason, and reads unknown types as voice', () => {
    const { dataset, warnings } = phones([
      { id: 'a', number: '+1 202 555 0100', type: 'text' },
      { id: 'b', number: '+1 202 555 0101', type: 'fax' },
      { id: 'c', number: '+1 202 555 0102', type: 'landline' },
    ]);
    expect(only(dataset.centres).channels.map((c) => [c.kind, c.value])).to.deep.include.members([
      ['sms', '+12025550100'],
      ['voice', '+12025550102'],
    ]);
    expect(JSON.stringify(dataset)).not.to.include('+12025550101');
    warningAt(warnings, '$.phones[1].type', 'skipped');
    warningAt(warnings, '$.phones[2].type', 'repaired');
  });

  it('lists a number once when the service, the location and the link all give it', () => {
    const number = { id: 'x', number: '+502 2222 3333' };
    const { dataset } = run(sal({ phones: [number], service: { phones: [number] }, location: { phones: [number] } }));
    expect(only(dataset.centres).channels.filter((c) => c.kind === 'voice')).to.have.length(1);
  });

  it("uses the organization's phone only when the place has none", () => {
    const org = { id: 'org-1', name: 'Org', phones: [{ id: 'o', number: '+502 2999 0000' }] };
    const own = run(sal({ service: { organization: org } }));
    expect(only(own.dataset.centres).channels.map((c) => c.value)).not.to.include('+50229990000');
    const none = run(sal({ phones: [], service: { organization: org } }));
    expect(only(none.dataset.centres).channels.map((c) => c.value)).to.include('+50229990000');
  });

  it('keeps phone languages and the phone description on the channel', () => {
    const { dataset } = phones([
      { id: 'a', number: '+1 202 555 0100', description: 'Reception', languages: [{ id: 'l', code: 'ar' }] },
    ]);
    expect(only(dataset.centres).channels[0]).to.include({ note: 'Reception' });
    expect(only(dataset.centres).channels[0]!.languages).to.deep.equal(['ar']);
  });
});

describe('importHsds: hostile values', () => {
  it('never keeps a javascript:, data: or credential link, and says why', () => {
    const { dataset, warnings } = run(
      sal({
        service: { url: 'javascript:alert(1)', email: 'a@b.org?bcc=all@evil.example' },
        location: { url: 'data:text/html,<script>alert(1)</script>' },
      }),
    );
    const centre = only(dataset.centres);
    expect(centre.url).to.equal('https://example.org/');
    const all = JSON.stringify(dataset);
    for (const bad of ['javascript:', 'data:', 'evil.example']) expect(all).not.to.include(bad);
    warningAt(warnings, '$.service.url', 'skipped');
    warningAt(warnings, '$.location.url', 'skipped');
    warningAt(warnings, '$.service.email', 'skipped');
  });

  it('refuses a phone that is a link in disguise', () => {
    const { dataset, warnings } = run(sal({ phones: [{ id: 'p', number: 'javascript:alert(1)' }] }));
    expect(JSON.stringify(dataset)).not.to.include('javascript');
    warningAt(warnings, '$.phones[0].number', 'skipped');
  });

  it('makes an unsafe id safe, and keeps markup in texts as plain text', () => {
    const { dataset, warnings } = run(
      sal({ id: '../../<b>x</b> 1', service: { name: '<img src=x onerror=alert(1)>' } }),
    );
    const centre = only(dataset.centres);
    expect(centre.id).to.match(/^[A-Za-z0-9][A-Za-z0-9_.:-]*$/);
    expect(centre.name).to.equal('<img src=x onerror=alert(1)>');
    warningAt(warnings, '$.id', 'repaired');
  });

  it('refuses input that is not HSDS JSON, and invalid options', () => {
    for (const input of [null, 'text', 42]) expect(() => importHsds(input)).to.throw(DatasetError);
    expect(() => importHsds({}, { timeZone: '+03:00' })).to.throw(RangeError);
    expect(() => importHsds({}, { defaultCountry: 'Atlantis' })).to.throw(RangeError);
    expect(() => importHsds({}, { defaultLocale: 'not a tag' })).to.throw(RangeError);
  });

  it('reports records it cannot recognise and entries that are only ids', () => {
    const { dataset, warnings } = run({ contents: [{ id: 'x' }, { foo: 1 }, 'text', sal()] });
    expect(dataset.centres).to.have.length(1);
    expect(warningAt(warnings, '$.contents[0]', 'skipped').reason).to.include('only an id');
    warningAt(warnings, '$.contents[1]', 'skipped');
    warningAt(warnings, '$.contents[2]', 'skipped');
  });
});

describe('importHsds: schedules', () => {
  const hours = (schedules: object[], options: ImportHsdsOptions = {}, country = 'GT') => {
    const result = run(
      sal({ schedules, location: { addresses: [{ id: 'a', address_1: '1 Main St', country }] } }),
      options,
    );
    return { hours: only(result.dataset.centres).hours, warnings: result.warnings };
  };
  const weekly = (over: object = {}) => ({
    id: 's',
    freq: 'WEEKLY',
    byday: 'MO',
    opens_at: '09:00',
    closes_at: '17:00',
    ...over,
  });

  it("uses the country's only time zone when none is given, and reports it", () => {
    const { hours: h, warnings } = hours([weekly()]);
    expect(h?.timeZone).to.equal('America/Guatemala');
    warningAt(warnings, '$.schedules[0].timezone', 'repaired');
  });

  it('reads a numeric UTC offset as the country zone when it matches, else as a fixed Etc/GMT zone', () => {
    const gb = hours([weekly({ timezone: 0 })], {}, 'GB');
    expect(gb.hours?.timeZone).to.equal('Europe/London');
    const us = hours([weekly({ timezone: -5 })], {}, 'US');
    expect(us.hours?.timeZone).to.equal('Etc/GMT+5');
    expect(warningAt(us.warnings, '$.schedules[0].timezone', 'repaired').reason).to.include('daylight-saving');
  });

  it('prefers the timeZone option over a numeric offset', () => {
    const { hours: h, warnings } = hours([weekly({ timezone: 3 })], { timeZone: 'Europe/Istanbul' }, 'US');
    expect(h?.timeZone).to.equal('Europe/Istanbul');
    expect(warningAt(warnings, '$.schedules[0].timezone', 'repaired').reason).to.include('Europe/Istanbul');
  });

  it('reads an offset written on the times, and leaves out times whose offset the zone never has', () => {
    const us = hours([weekly({ opens_at: '09:00-05:00', closes_at: '17:00-05:00' })], {}, 'US');
    expect(us.hours?.timeZone).to.equal('Etc/GMT+5');
    expect(us.hours?.weekly?.[0]).to.include({ opens: '09:00', closes: '17:00' });
    const clash = hours([weekly({ opens_at: '09:00+05:00', closes_at: '17:00+05:00' })], { timeZone: 'Europe/London' });
    expect(clash.hours?.weekly).to.equal(undefined);
    warningAt(clash.warnings, '$.schedules[0].opens_at', 'skipped');
  });

  it('leaves hours out when no time zone can be known, saying how to give one', () => {
    const { hours: h, warnings } = hours([weekly()], {}, 'US');
    expect(h).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules', 'skipped').reason).to.include('timeZone option');
  });

  it('never turns a half-hour offset into a wrong zone', () => {
    const { hours: h, warnings } = hours([weekly({ timezone: 5.5 })], {}, 'US');
    expect(h).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules', 'skipped').reason).to.include('whole number of hours');
  });

  it('reads ordinals in a weekly byday as every such day, and reports them', () => {
    const { hours: h, warnings } = hours([weekly({ byday: '1MO,TU' })]);
    expect(h?.weekly?.[0]?.days).to.deep.equal(['mo', 'tu']);
    warningAt(warnings, '$.schedules[0].byday', 'repaired');
  });

  it('leaves out rules it cannot express: monthly, fortnightly, week numbers, counts', () => {
    for (const [over, key] of [
      [{ freq: 'MONTHLY', byday: '2MO' }, 'freq'],
      [{ interval: 2 }, 'interval'],
      [{ byweekno: '41' }, 'byweekno'],
      [{ count: 3 }, 'count'],
    ] as const) {
      const { hours: h, warnings } = hours([weekly(over)]);
      expect(h?.weekly, key).to.equal(undefined);
      warningAt(warnings, `$.schedules[0].${key}`, 'skipped');
    }
  });

  it('reads 00:00 to 23:59 every day as always open, and DAILY as every day', () => {
    expect(
      hours([weekly({ freq: 'DAILY', byday: undefined, opens_at: '00:00', closes_at: '23:59' })]).hours,
    ).to.deep.include({
      alwaysOpen: true,
    });
    expect(hours([weekly({ freq: 'DAILY', byday: undefined })]).hours?.weekly?.[0]?.days).to.have.length(7);
  });

  it('turns short dated schedules into exceptions that add to the regular hours', () => {
    const { hours: h } = hours([
      weekly({ byday: 'MO,TU,WE,TH,FR' }),
      weekly({
        byday: 'SA,MO',
        opens_at: '18:00',
        closes_at: '20:00',
        valid_from: '2026-12-05',
        valid_to: '2026-12-07',
      }),
    ]);
    expect(h?.weekly).to.deep.equal([{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }]);
    expect(h?.exceptions).to.deep.equal([
      { date: '2026-12-05', periods: [{ opens: '18:00', closes: '20:00' }] },
      {
        date: '2026-12-07',
        periods: [
          { opens: '09:00', closes: '17:00' },
          { opens: '18:00', closes: '20:00' },
        ],
      },
    ]);
  });

  it('leaves out schedules that ended or have not started, and reports a long one kept without its end', () => {
    const ended = hours([weekly({ valid_to: '2026-01-31' })]);
    expect(ended.hours?.weekly).to.equal(undefined);
    expect(warningAt(ended.warnings, '$.schedules[0]', 'skipped').reason).to.include('ended');
    const later = hours([weekly({ valid_from: '2027-03-01' })]);
    expect(later.hours?.weekly).to.equal(undefined);
    warningAt(later.warnings, '$.schedules[0]', 'skipped');
    const long = hours([weekly({ valid_from: '2026-01-01', valid_to: '2027-06-30' })]);
    expect(long.hours?.weekly).to.have.length(1);
    expect(warningAt(long.warnings, '$.schedules[0]', 'repaired').reason).to.include('2027-06-30');
  });

  it('reports a one-day schedule whose day is not one of its days', () => {
    const { hours: h, warnings } = hours([weekly({ byday: 'TH', valid_from: '2026-12-05', valid_to: '2026-12-05' })]);
    expect(h?.exceptions).to.equal(undefined);
    expect(warningAt(warnings, '$.schedules[0].valid_from', 'skipped').reason).to.include('Saturday');
  });

  it('keeps the schedule texts as the hours note even when no time can be kept', () => {
    const { hours: h } = hours([
      weekly({ freq: 'MONTHLY', description: 'First Monday of the month', notes: 'Bring ID' }),
    ]);
    expect(h).to.deep.equal({ timeZone: 'America/Guatemala', note: 'First Monday of the month\nBring ID' });
  });

  it('takes the schedules of the service at the location before those of the service or the location', () => {
    const { dataset } = run(
      sal({
        service: { schedules: [weekly({ byday: 'SU', timezone: 'America/Guatemala' })] },
        location: { schedules: [weekly({ byday: 'SA' })] },
      }),
    );
    expect(only(dataset.centres).hours?.weekly?.[0]?.days).to.deep.equal(['mo', 'tu', 'we', 'th', 'fr']);
  });
});

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

describe('importHsds: warnings of the dataset check point into the HSDS input', () => {
  it('reports a centre nobody could find at its HSDS record', () => {
    const { dataset, warnings } = run(
      {
        contents: [sal(), sal({ id: 'sal-2', location: { latitude: null, longitude: null, addresses: [] } })],
      },
      { defaultCountry: 'GT' },
    );
    expect(dataset.centres.map((c) => c.id)).to.deep.equal(['sal-1']);
    expect(warningAt(warnings, '$.contents[1]', 'skipped').reason).to.include('position or an address');
  });

  it('reports a duplicate id at the HSDS id', () => {
    const { dataset, warnings } = run([sal(), sal()]);
    expect(dataset.centres).to.have.length(1);
    expect(warningAt(warnings, '$[1].id', 'skipped').reason).to.include('duplicate');
  });
});
