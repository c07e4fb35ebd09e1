// Where each centre is, in flat arrays: fixed centres by their position, mobile teams by the
// times and positions of their stops, read once so a search never parses a date.
import type { Centre, Position } from '../model/centre.js';
import { stopTimes } from './status.js';

function usable(position: Position | undefined): position is Position {
  return position !== undefined && Number.isFinite(position.lat) && Number.isFinite(position.lng);
}

export class Places {
  /** Degrees; NaN for a centre without a usable position (for a mobile team: its base, if any). */
  readonly lat: Float64Array;
  readonly lng: Float64Array;
  readonly mobile: Uint8Array;
  /** Stops of centre c: from `stopOffsets[c]` to `stopOffsets[c + 1]`, with readable times only. */
  private readonly stopOffsets: Uint32Array;
  private readonly stopStart: Float64Array;
  private readonly stopEnd: Float64Array;
  readonly stopLat: Float64Array;
  readonly stopLng: Float64Array;

  constructor(centres: readonly Centre[]) {
    const n = centres.length;
    this.lat = new Float64Array(n).fill(NaN);
    this.lng = new Float64Array(n).fill(NaN);
    this.mobile = new Uint8Array(n);
    this.stopOffsets = new Uint32Array(n + 1);
    const starts: number[] = [];
    const ends: number[] = [];
    const lats: number[] = [];
    const lngs: number[] = [];
    centres.forEach((centre, doc) => {
      if (centre.kind === 'mobile-team') {
        this.mobile[doc] = 1;
        for (const stop of centre.stops) {
          const times = stopTimes(stop);
          if (!times) continue;
          starts.push(times[0]);
          ends.push(times[1]);
          lats.push(usable(stop.position) ? stop.position.lat : NaN);
          lngs.push(usable(stop.position) ? stop.position.lng : NaN);
        }
      }
      // A mobile team's own position is its base, used when it has no next stop with a position.
      if (usable(centre.position)) {
        this.lat[doc] = centre.position.lat;
        this.lng[doc] = centre.position.lng;
      }
      this.stopOffsets[doc + 1] = starts.length;
    });
    this.stopStart = Float64Array.from(starts);
    this.stopEnd = Float64Array.from(ends);
    this.stopLat = Float64Array.from(lats);
    this.stopLng = Float64Array.from(lngs);
  }

  /**
   * A mobile team's current or next stop at `at` (ms): of its stops that end after `at`, the one
   * that starts first (the first listed on a tie). -1 when there is none.
   */
  nextStop(doc: number, at: number): number {
    let next = -1;
    const end = this.stopOffsets[doc + 1]!;
    for (let s = this.stopOffsets[doc]!; s < end; s++) {
      if (this.stopEnd[s]! > at && (next < 0 || this.stopStart[s]! < this.stopStart[next]!)) next = s;
    }
    return next;
  }

  stopStartOf(s: number): number {
    return this.stopStart[s]!;
  }

  stopEndOf(s: number): number {
    return this.stopEnd[s]!;
  }

  /** Whether the team is at stop `s` at `at`, given that `s` is its {@link nextStop}. */
  atStop(s: number, at: number): boolean {
    return this.stopStart[s]! <= at;
  }
}
