import { expect } from '@open-wc/testing';
import {
  EMPTY_QUERY,
  filterCount,
  presetQuery,
  queryKey,
  queryOfUrl,
  searchDetail,
  toCentreQuery,
  urlStateOf,
} from '../src/centre-finder/finder-query.js';

const AT = new Date('2026-11-24T11:00:00Z');
const page = { at: AT, locale: 'fr', offset: 0, limit: 50 };

describe('finder query', () => {
  it('has a stable key: equal values, whatever the arrays’ identities, make the same key', () => {
    const a = { ...EMPTY_QUERY, services: ['employment'], near: { lat: 1, lng: 2 } };
    const b = { ...EMPTY_QUERY, near: { lng: 2, lat: 1 }, services: ['employment'] };
    expect(queryKey(a)).to.equal(queryKey(b));
    expect(queryKey(a)).not.to.equal(queryKey({ ...a, services: ['employment', 'legal'] }));
    expect(queryKey({ ...a, services: ['a b'] })).not.to.equal(queryKey({ ...a, services: ['a', 'b'] }));
    expect(queryKey({ ...EMPTY_QUERY, radiusKm: 5 }), 'a radius without a place is no filter').to.equal(
      queryKey(EMPTY_QUERY),
    );
  });

  it('becomes the SDK’s query with its lists as lists, leaving out what is not asked', () => {
    expect(toCentreQuery(EMPTY_QUERY, page)).to.deep.equal({ locale: 'fr', limit: 50 });
    const q = {
      ...EMPTY_QUERY,
      text: 'thies',
      services: ['employment', 'legal'],
      audiences: ['returnees' as const],
      openNow: true,
      country: 'SN',
      near: { lat: 14.7, lng: -17.4 },
      radiusKm: 30,
    };
    expect(toCentreQuery(q, { ...page, offset: 100 })).to.deep.equal({
      text: 'thies',
      services: ['employment', 'legal'],
      audiences: ['returnees'],
      openAt: AT,
      country: 'SN',
      near: { lat: 14.7, lng: -17.4 },
      radiusKm: 30,
      locale: 'fr',
      offset: 100,
      limit: 50,
    });
    expect(toCentreQuery({ ...EMPTY_QUERY, text: '   ' }, page)).not.to.have.property('text');
  });

  it('counts the filters set', () => {
    expect(filterCount(EMPTY_QUERY)).to.equal(0);
    expect(filterCount({ ...EMPTY_QUERY, services: ['a', 'b'], kinds: ['online'], openNow: true })).to.equal(4);
  });

  it('takes the host’s presets, unless the address gives its own', () => {
    const presets = { services: 'employment, legal', audience: 'returnees', country: ' sn ', region: ' Thiès ' };
    expect(presetQuery(presets)).to.deep.equal({
      services: ['employment', 'legal'],
      audiences: ['returnees'],
      country: 'SN',
      region: 'Thiès',
    });
    expect(presetQuery(presets, (field) => field === 'country')).to.deep.equal({ country: 'SN' });
    expect(presetQuery(presets, undefined, { services: ['other'], country: '' })).to.deep.equal({
      audiences: ['returnees'],
      region: 'Thiès',
    });
  });

  it('reads a search from the address, filling what it leaves out from the presets, never the place', () => {
    const q = queryOfUrl({ text: 'dakar', kinds: ['online'], centre: 'x' }, { services: 'employment', country: 'sn' });
    const { near: _near, radiusKm: _radiusKm, ...empty } = EMPTY_QUERY;
    expect(q).to.deep.equal({ ...empty, text: 'dakar', services: ['employment'], kinds: ['online'], country: 'SN' });
    expect(q, 'going back must not forget the position').not.to.have.property('near');
    expect(q).not.to.have.property('radiusKm');
  });

  it('never puts the position in the address nor in the search event', () => {
    const q = { ...EMPTY_QUERY, text: 'secret words', services: ['employment'], near: { lat: 14.69, lng: -17.44 } };
    const url = urlStateOf(q, 'dakar');
    expect(url).to.deep.equal({ ...urlStateOf(EMPTY_QUERY, 'dakar'), text: 'secret words', services: ['employment'] });
    const detail = searchDetail(q, 3);
    expect(detail).to.deep.equal({
      hasText: true,
      nearby: true,
      services: ['employment'],
      audiences: [],
      languages: [],
      kinds: [],
      openNow: false,
      total: 3,
    });
    expect(detail.services, 'a copy: a listener cannot change the search').not.to.equal(q.services);
    expect(JSON.stringify([url, detail])).not.to.contain('14.69');
    expect(JSON.stringify(detail)).not.to.contain('secret');
  });
});
