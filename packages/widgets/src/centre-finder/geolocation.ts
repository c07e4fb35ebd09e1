import type { Position } from '@mrc-kit/sdk';

/** Why a position could not be had, in the words the finder explains it with. */
export type PositionProblem = 'denied' | 'unavailable' | 'timeout' | 'unsupported';

export type PositionOutcome = { ok: true; position: Position } | { ok: false; problem: PositionProblem };

/**
 * Asks the browser for the person's position, once, only when they pressed the button. The
 * position stays in the page's memory: it is never stored, sent or put in an event.
 */
export function askPosition(timeoutMs = 15_000): Promise<PositionOutcome> {
  if (typeof navigator === 'undefined' || !navigator.geolocation) {
    return Promise.resolve({ ok: false, problem: 'unsupported' });
  }
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => resolve({ ok: true, position: { lat: coords.latitude, lng: coords.longitude } }),
      (error) =>
        resolve({
          ok: false,
          problem:
            error.code === error.PERMISSION_DENIED
              ? 'denied'
              : error.code === error.TIMEOUT
                ? 'timeout'
                : 'unavailable',
        }),
      // A coarse position is enough to sort centres, and it comes faster and costs less battery.
      { enableHighAccuracy: false, timeout: timeoutMs, maximumAge: 5 * 60_000 },
    );
  });
}

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
