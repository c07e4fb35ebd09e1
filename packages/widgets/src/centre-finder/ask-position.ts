import type { Position } from '@mrc-kit/sdk';
import type { PositionProblem } from './geolocation.js';

// Loads on demand, when the person presses "Use my location".

type PositionOutcome = { ok: true; position: Position } | { ok: false; problem: PositionProblem };

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
