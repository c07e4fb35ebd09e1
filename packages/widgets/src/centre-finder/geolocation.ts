import type { Position } from '@mrc-kit/sdk';

/** Why a position could not be had, in the words the finder explains it with. */
export type PositionProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

/** Reads a host's `near="lat,lng"` attribute; undefined when it is not a usable position. */
export function parseNear(value: string | undefined): Position | undefined {
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value ?? '');
  if (!m) return undefined;
  const lat = Number(m[1]);
  const lng = Number(m[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined;
}

/** A space- or comma-separated attribute as a list. */
export function parseList(value: string | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
