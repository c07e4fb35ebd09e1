// Shared by the tests of opening hours (hours*.test.ts).
import { openingStatus, type OpeningHours, type WeeklyPeriod } from '../src/hours/hours.js';

// Every expected instant is worked out by hand from the zone's offset on that date (2026 rules):
// Paris +1 in winter, +2 from 29 Mar 01:00Z to 25 Oct 01:00Z; London +0/+1 on the same instants;
// Sydney +11 until 4 Apr 16:00Z, +10 until 3 Oct 16:00Z, then +11; Kiritimati +14;
// Chatham +13:45 / +12:45 (winter, from 5 Apr); Kathmandu +5:45; St John's −3:30 / −2:30 (from 8 Mar).
// 2026-01-05 and 2026-12-28 are Mondays; 2026-03-29, 2026-10-25, 2026-04-05 and 2026-10-04 Sundays.

/** [state, changesAt as ISO] — compact to compare. */
export function status(hours: OpeningHours | undefined, at: string): [string, string | undefined] {
  const s = openingStatus(hours, new Date(at));
  return [s.state, s.changesAt?.toISOString()];
}

const weekdays: WeeklyPeriod['days'] = ['mo', 'tu', 'we', 'th', 'fr'];
export const office = (timeZone: string, extra: Partial<OpeningHours> = {}): OpeningHours => ({
  timeZone,
  weekly: [
    // Listed afternoon first on purpose: order in the data must not matter.
    { days: weekdays, opens: '14:00', closes: '17:00' },
    { days: weekdays, opens: '09:00', closes: '12:00' },
  ],
  ...extra,
});
export const paris = office('Europe/Paris');
