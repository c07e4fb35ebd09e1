// HSDS import rules, one at a time, on small records written here: runs in Node and in browsers,
// since country names, language tags and time zones come from each engine's own Intl data.
import { expect } from 'chai';
import { DatasetError } from '../src/model/errors.js';
import { importHsds } from '../src/hsds/import.js';
import { sal, run, only, warningAt } from './hsds-mapping-fixtures.js';

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

  it('says what an object that is no HSDS record is not, even with a "service" or "location" key', () => {
    const expected = /^Expected HSDS JSON: a service_at_location, service, organization, location or taxonomy term/;
    const notHsds = [
      // A docker-compose-like file, a settings file, an mrc-kit dataset, an API description: none is HSDS.
      { name: 'my-app', service: { name: 'web', image: 'nginx', port: 8080 } },
      { location: { lat: 14.7, lng: -17.4 }, zoom: 12 },
      { foo: 1 },
      { format: 'mrc-kit/dataset@1', centres: [] },
      { openapi: '3.1.0', info: { title: 'HSDS' }, paths: {} },
    ];
    for (const input of notHsds) {
      expect(() => run(input), JSON.stringify(input))
        .to.throw(DatasetError, expected)
        .with.property('message')
        .that.does.not.include('service_at_location is not in the input');
    }
    expect(() => run(notHsds[0])).to.throw(DatasetError, /it has the fields "name", "service"\.$/);
    expect(() => run(notHsds[3])).to.throw(DatasetError, /an mrc-kit dataset, which needs no conversion/);
    expect(() => run(notHsds[4])).to.throw(DatasetError, /an OpenAPI description of an API, not its data/);
    // A service at a location whose service or location is an HSDS record is still one.
    expect(run(sal()).dataset.centres).to.have.length(1);
    expect(() => run({ id: 'sal-2', service: { id: 'svc-2', name: 'Desk' } })).not.to.throw();
    // In a list, such an object is one record left out, and the others are kept.
    const { dataset, warnings } = run([sal(), notHsds[0]]);
    expect(dataset.centres).to.have.length(1);
    expect(warningAt(warnings, '$[1]', 'skipped').reason).to.equal(
      'not an HSDS service_at_location, service, organization, location or taxonomy term; left out',
    );
  });

  it('reports records it cannot recognise and entries that are only ids', () => {
    const { dataset, warnings } = run({ contents: [{ id: 'x' }, { foo: 1 }, 'text', sal()] });
    expect(dataset.centres).to.have.length(1);
    expect(warningAt(warnings, '$.contents[0]', 'skipped').reason).to.include('only an id');
    warningAt(warnings, '$.contents[1]', 'skipped');
    warningAt(warnings, '$.contents[2]', 'skipped');
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
