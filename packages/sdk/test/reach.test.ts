import { expect } from 'chai';
import { boxInReach, isPosition } from '../src/search/reach.js';

const SENEGAL = [-17.6, 12.3, -11.3, 16.7] as const;
// Fiji's islands lie on both sides of the 180th meridian: the box wraps (minLng > maxLng).
const FIJI = [177, -21, -178, -12] as const;
const SVALBARD = [10, 76.4, 34, 80.9] as const;

describe('boxInReach', () => {
  it('finds a box that holds the place, whatever the radius', () => {
    expect(boxInReach(SENEGAL, { lat: 14.69, lng: -17.45 }, 0)).to.equal(true);
  });

  it('finds a box just within the radius and not one just beyond it', () => {
    // Praia (Cabo Verde) lies about 635 km west of the western edge of Senegal's box.
    const praia = { lat: 14.93, lng: -23.51 };
    expect(boxInReach(SENEGAL, praia, 700)).to.equal(true);
    expect(boxInReach(SENEGAL, praia, 600)).to.equal(false);
  });

  it('works across the 180th meridian, from either side', () => {
    expect(boxInReach(FIJI, { lat: -18.14, lng: 178.44 }, 1)).to.equal(true);
    expect(boxInReach(FIJI, { lat: -16, lng: -179.9 }, 1)).to.equal(true);
    expect(boxInReach(FIJI, { lat: -16, lng: 179.8 }, 1)).to.equal(true);
    expect(boxInReach(FIJI, { lat: -18, lng: 170 }, 100)).to.equal(false);
    // A reach that itself crosses the meridian, towards a box that does not.
    expect(boxInReach([-180, -20, -179.5, -10], { lat: -15, lng: 179.9 }, 50)).to.equal(true);
  });

  it('spans every longitude when the reach takes in a pole', () => {
    expect(boxInReach(SVALBARD, { lat: 89.9, lng: -150 }, 1500)).to.equal(true);
    expect(boxInReach(SVALBARD, { lat: 89.9, lng: -150 }, 100)).to.equal(false);
  });
});

describe('isPosition', () => {
  it('accepts finite degrees on the globe only', () => {
    expect(isPosition({ lat: 14.69, lng: -17.45 })).to.equal(true);
    expect(isPosition(undefined)).to.equal(false);
    expect(isPosition({ lat: Number.NaN, lng: 0 })).to.equal(false);
    expect(isPosition({ lat: 91, lng: 0 })).to.equal(false);
    expect(isPosition({ lat: 0, lng: 181 })).to.equal(false);
  });
});
