// Many centres share their opening hours (Monday to Friday, 09:00–17:00, in one time zone), and
// the hours engine costs tens of microseconds a call. A search asks once per distinct pattern.
import type { Centre } from '../model/centre.js';
import { openingStatus, type OpeningStatus } from '../hours/hours.js';

const NO_HOURS = 0;

export class HoursPatterns {
  /** Each centre's pattern number, -1 until first asked; NO_HOURS for a centre without hours. */
  private readonly patterns: Int32Array;
  private readonly numbers = new Map<string, number>();

  constructor(private readonly centres: readonly Centre[]) {
    this.patterns = new Int32Array(centres.length).fill(-1);
  }

  /** A number per distinct opening hours, found when first needed so an index never pays for unused hours. */
  private patternOf(doc: number): number {
    let pattern = this.patterns[doc]!;
    if (pattern < 0) {
      const hours = this.centres[doc]!.hours;
      if (hours === undefined) pattern = NO_HOURS;
      else {
        const key = JSON.stringify(hours);
        pattern = this.numbers.get(key) ?? this.numbers.size + 1;
        this.numbers.set(key, pattern);
      }
      this.patterns[doc] = pattern;
    }
    return pattern;
  }

  /** Opening statuses at one instant, each distinct pattern computed once. */
  at(instant: Date): (doc: number) => OpeningStatus {
    const statuses = new Map<number, OpeningStatus>();
    return (doc) => {
      const pattern = this.patternOf(doc);
      let status = statuses.get(pattern);
      if (!status) statuses.set(pattern, (status = openingStatus(this.centres[doc]!.hours, instant)));
      return status;
    };
  }
}
