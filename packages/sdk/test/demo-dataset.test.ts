import { expect } from 'chai';
import { validateDataset } from '../src/model/validate/dataset.js';
import { demoDataset } from '../src/demo/index.js';
import { normalisePhone } from '../src/contact/phone.js';
import { CHANNEL_KINDS } from '../src/contact/channel-link.js';
import { APPOINTMENT_POLICIES, AUDIENCES, CENTRE_KINDS } from '../src/model/centre.js';
import { DEFAULT_TAXONOMY } from '../src/model/taxonomy.js';
import type { RawCentre, RawHotline } from '../src/demo/raw.js';

describe('the demo dataset', () => {
  it('validates with no warnings and loses no record, channel or stop', () => {
    const { dataset: result, warnings } = validateDataset(demoDataset);
    expect(warnings).to.deep.equal([]);
    expect(result.hotlines.map((h) => h.id)).to.deep.equal(demoDataset.hotlines.map((h) => h.id));
    result.hotlines.forEach((h, i) => {
      expect(h.channels, h.id).to.have.length(demoDataset.hotlines[i]?.channels.length ?? -1);
    });
    expect(result.centres.map((c) => c.id)).to.deep.equal(demoDataset.centres.map((c) => c.id));
    result.centres.forEach((c, i) => {
      const raw: RawCentre | undefined = demoDataset.centres[i];
      expect(c.channels, c.id).to.have.length(raw?.channels.length ?? -1);
      expect(c.services, c.id).to.deep.equal(raw?.services);
      expect(c.stops, c.id).to.have.length(raw?.stops?.length ?? 0);
    });
    expect(result.taxonomy.map((t) => t.id)).to.deep.equal([
      ...DEFAULT_TAXONOMY.map((t) => t.id),
      ...demoDataset.taxonomy.map((t) => t.id),
    ]);
  });

  it('gives every text in English, French, Spanish and Arabic', () => {
    const textKeys = new Set([
      'name',
      'description',
      'operator',
      'label',
      'note',
      'notes',
      'region',
      'city',
      'address',
      'place',
    ]);
    let texts = 0;
    const visit = (value: unknown, path: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => visit(v, `${path}[${i}]`));
      else if (value !== null && typeof value === 'object') {
        for (const [key, v] of Object.entries(value)) {
          if (textKeys.has(key)) {
            texts++;
            expect(v, `${path}.${key}`).to.be.an('object').with.all.keys('en', 'fr', 'es', 'ar');
            for (const t of Object.values(v as object)) expect(t, `${path}.${key}`).to.be.a('string').that.is.not.empty;
          } else visit(v, `${path}.${key}`);
        }
      }
    };
    visit(demoDataset, '$');
    expect(texts).to.be.greaterThan(150);
  });

  it('is plainly fictional: "Demo" names, example.org links, reserved phone numbers', () => {
    expect(demoDataset.publisher.name.en).to.include('Demo');
    // Ranges set aside for drama and documentation (Ofcom, NANP, ARCEP, ACMA).
    const reserved = [
      /^\+442079460\d{3}$/,
      /^\+441614960\d{3}$/,
      /^\+447700900\d{3}$/,
      /^\+1\d{3}55501\d\d$/,
      /^\+33199\d{6}$/,
      /^\+3363998\d{4}$/,
      /^\+61491570(00[6-9]|0[1-9]\d|1[0-5]\d)$/,
    ];
    const phoneKinds = new Set(['voice', 'sms', 'whatsapp', 'signal', 'viber']);
    const records: readonly (RawCentre | RawHotline)[] = [...demoDataset.centres, ...demoDataset.hotlines];
    for (const r of records) {
      expect(r.name.en, r.id).to.include('Demo');
      if (r.url) expect(new URL(r.url).hostname, r.id).to.equal('example.org');
      for (const c of r.channels) {
        if (phoneKinds.has(c.kind)) {
          const phone = normalisePhone(c.value);
          expect(phone.ok && reserved.some((re) => re.test(phone.e164)), `${r.id} ${c.value}`).to.equal(true);
        } else if (c.kind === 'email') expect(c.value, r.id).to.match(/@example\.org$/);
        else if (c.kind === 'chat') expect(new URL(c.value).hostname, r.id).to.equal('example.org');
        else expect(c.value, r.id).to.match(/^@?mrc[._]demo[._]/);
      }
    }
  });

  it('covers every channel kind and at least three countries', () => {
    const kinds = new Set(demoDataset.hotlines.flatMap((h) => h.channels.map((c) => c.kind)));
    expect([...kinds]).to.have.members([...CHANNEL_KINDS]);
    expect(new Set(demoDataset.hotlines.flatMap((h) => h.countries)).size).to.be.at.least(3);
  });

  it('covers every kind of centre, default service, audience and appointment policy in five countries', () => {
    const centres: readonly RawCentre[] = demoDataset.centres;
    expect(new Set(centres.map((c) => c.kind))).to.have.all.keys(...CENTRE_KINDS);
    expect(new Set(centres.flatMap((c) => c.services))).to.include.all.keys(...DEFAULT_TAXONOMY.map((t) => t.id));
    expect(new Set(centres.flatMap((c) => c.audiences))).to.have.all.keys(...AUDIENCES);
    expect(new Set(centres.flatMap((c) => c.appointment ?? []))).to.have.all.keys(...APPOINTMENT_POLICIES);
    expect(new Set(centres.map((c) => c.country))).to.include.all.keys('SN', 'MA', 'GT', 'TN', 'PH');
    expect(centres.filter((c) => c.kind === 'mobile-team').every((c) => (c.stops?.length ?? 0) >= 2)).to.equal(true);
    const languages = new Set(centres.flatMap((c) => c.languages));
    expect(languages).to.include.all.keys('wo', 'ff', 'ar', 'es', 'fil', 'quc');
  });
});
