import { expect } from 'chai';
import type { Centre, MobileStop } from '../src/model/centre.js';
import { haversineKm } from '../src/search/geo.js';
import { createCentreIndex } from '../src/search/index.js';
import type { CentreQuery, SearchResult } from '../src/search/query.js';
import {
  NOW,
  HOUR,
  at,
  DAKAR,
  SAINT_LOUIS,
  THIES,
  CASABLANCA,
  RABAT,
  centre,
  centres,
  index,
  ids,
} from './search-fixtures.js';

describe('search: distance', () => {
  it('measures great-circle distances', () => {
    // By hand, with the spherical law of cosines and R = 6371.0088 km:
    // cos c = sin 14.6928° sin 16.0179° + cos 14.6928° cos 16.0179° cos 0.9571° → c = 0.028184 rad → 179.56 km.
    expect(haversineKm(DAKAR.lat, DAKAR.lng, SAINT_LOUIS.lat, SAINT_LOUIS.lng)).to.be.closeTo(179.56, 1);
    // One degree of latitude: 6371.0088 × π / 180 = 111.195 km.
    expect(haversineKm(0, 0, 1, 0)).to.be.closeTo(111.195, 0.001);
    // A quarter of the equator: 6371.0088 × π / 2 = 10007.56 km.
    expect(haversineKm(0, 0, 0, 90)).to.be.closeTo(10007.56, 0.01);
    expect(haversineKm(CASABLANCA.lat, CASABLANCA.lng, RABAT.lat, RABAT.lng)).to.be.closeTo(85.2, 1);
  });

  it('returns the distance of each result and sorts by it when `near` is given', () => {
    const result = index.search({ near: DAKAR, country: 'SN' }, NOW);
    expect(result.items.map((item) => item.centre.id)).to.deep.equal(['dakar', 'caravane', 'saint-louis', 'online']);
    const [dakar, caravane, saintLouis, online] = result.items;
    expect(dakar!.distanceKm).to.equal(0);
    expect(caravane!.distanceKm).to.be.closeTo(56.0, 1); // at its Thiès stop
    expect(saintLouis!.distanceKm).to.be.closeTo(179.56, 1);
    expect(online!).not.to.have.property('distanceKm');
    ids({ near: DAKAR, country: 'SN' });
  });

  it('keeps only centres within the radius, leaving out those without a position', () => {
    expect(ids({ near: DAKAR, radiusKm: 100 })).to.deep.equal(['dakar', 'caravane']);
    expect(ids({ near: DAKAR, radiusKm: 180 })).to.deep.equal(['dakar', 'caravane', 'saint-louis']);
    expect(ids({ near: DAKAR, radiusKm: 179 })).to.deep.equal(['dakar', 'caravane']);
    expect(ids({ near: CASABLANCA, radiusKm: 100, text: 'rabat' })).to.deep.equal(['rabat', 'sale']);
  });

  it('keeps a centre exactly at the radius, due north or due east', () => {
    const own = [centre('north', { position: { lat: 1, lng: 0 } }), centre('east', { position: { lat: 0, lng: 1 } })];
    const built = createCentreIndex({ centres: own, taxonomy: [], defaultLocale: 'en' });
    const radiusKm = haversineKm(0, 0, 1, 0);
    expect(built.search({ near: { lat: 0, lng: 0 }, radiusKm }).total).to.equal(2);
    expect(built.search({ near: { lat: 0, lng: 0 }, radiusKm: radiusKm - 0.001 }).total).to.equal(0);
  });

  it('ignores a radius without `near`, and a `near` that is not a position', () => {
    expect(ids({ radiusKm: 1 })).to.have.length(centres.length);
    expect(ids({ near: { lat: NaN, lng: 0 }, radiusKm: 1 })).to.have.length(centres.length);
  });
});

describe('search: mobile teams', () => {
  const team = (stops: MobileStop[], fields: Partial<Centre> = {}): Centre =>
    centre('team', { kind: 'mobile-team', stops, ...fields });
  const only = (c: Centre, query: CentreQuery, now = NOW): SearchResult =>
    createCentreIndex({ centres: [c], taxonomy: [], defaultLocale: 'en' }).search(query, now);

  it('counts by the stop it is at, then by the next one', () => {
    const stops: MobileStop[] = [
      { place: 'Dakar', position: DAKAR, start: at(-3), end: at(-1) },
      { place: 'Thiès', position: THIES, start: at(2), end: at(6) },
      { place: 'Saint-Louis', position: SAINT_LOUIS, start: at(24), end: at(28) },
    ];
    expect(only(team(stops), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
    expect(only(team(stops), { near: DAKAR }, new Date(NOW.getTime() + 7 * HOUR)).items[0]!.distanceKm).to.be.closeTo(
      179.56,
      1,
    );
    // `openAt` moves the clock for the stop too.
    const openAt = new Date(NOW.getTime() - 2 * HOUR);
    expect(only(team(stops), { near: DAKAR, openAt }).items[0]!.distanceKm).to.equal(0);
  });

  it('is open during a stop until it ends, and closed between stops until the next one starts', () => {
    const stops: MobileStop[] = [
      { place: 'Thiès', position: THIES, start: at(-1), end: at(3) },
      { place: 'Saint-Louis', position: SAINT_LOUIS, start: at(24), end: at(28) },
    ];
    expect(only(team(stops), {}).items[0]!.status).to.deep.equal({ state: 'open', changesAt: new Date(at(3)) });
    expect(only(team(stops), {}, new Date(at(5))).items[0]!.status).to.deep.equal({
      state: 'closed',
      changesAt: new Date(at(24)),
    });
    expect(only(team(stops), { openAt: new Date(at(5)) }).total).to.equal(0);
    expect(only(team(stops), { openAt: new Date(at(25)) }).total).to.equal(1);
  });

  it('has no distance and unknown status with no upcoming stop', () => {
    const past: MobileStop[] = [{ place: 'Dakar', position: DAKAR, start: at(-5), end: at(-4) }];
    const result = only(team(past), { near: DAKAR });
    expect(result.items[0]).not.to.have.property('distanceKm');
    expect(result.items[0]!.status).to.deep.equal({ state: 'unknown' });
    expect(only(team(past), { near: DAKAR, radiusKm: 20_000 }).total).to.equal(0);
    expect(only(team([]), { openAt: NOW }).total).to.equal(1);
    expect(only(team([]), { openAt: NOW, knownOpenOnly: true }).total).to.equal(0);
  });

  it('counts by its base position when it has no upcoming stop, or the stop has no position', () => {
    const past: MobileStop[] = [{ place: 'Dakar', position: DAKAR, start: at(-5), end: at(-4) }];
    const based = team(past, { position: THIES });
    expect(only(based, { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
    expect(only(based, { near: DAKAR, radiusKm: 100 }).total).to.equal(1);
    const unplaced: MobileStop[] = [{ place: 'Somewhere', start: at(1), end: at(3) }];
    expect(only(team(unplaced, { position: THIES }), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
  });

  it('is found by the name of a place it stops at', () => {
    const stops: MobileStop[] = [{ place: { fr: 'Thiès', ar: 'تيس' }, position: THIES, start: at(1), end: at(3) }];
    expect(only(team(stops), { text: 'thies' }).total).to.equal(1);
    expect(only(team(stops), { text: 'تيس' }).total).to.equal(1);
    expect(only(team(stops), { text: 'louga' }).total).to.equal(0);
  });

  it('skips stops whose dates cannot be read', () => {
    const stops: MobileStop[] = [
      { place: 'Nowhere', position: DAKAR, start: 'soon', end: at(3) },
      { place: 'Thiès', position: THIES, start: at(1), end: at(3) },
    ];
    expect(only(team(stops), { near: DAKAR }).items[0]!.distanceKm).to.be.closeTo(56.0, 1);
  });
});
