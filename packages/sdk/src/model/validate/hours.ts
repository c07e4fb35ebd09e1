import * as z from './zod.js';
import { dayNumber, minutesOf, TIME, type OpeningHours, type TimePeriod } from '../../hours/hours.js';
import { isTimeZone } from '../../hours/time-zone.js';
import { show as quote } from './issues.js';
import { localizedTextSchema } from './text.js';

const dateSchema = z.string().check(
  z.refine((s) => dayNumber(s) !== undefined, {
    error: (issue) => `${quote(issue.input)} is not a date as YYYY-MM-DD`,
  }),
);

const opensSchema = z.string().check(
  z.check((ctx) => {
    if (TIME.test(ctx.value)) return;
    const message =
      ctx.value === '24:00'
        ? '"24:00" is only a closing time: a period opening at midnight opens at "00:00"'
        : `${quote(ctx.value)} is not a time of day as HH:MM`;
    ctx.issues.push({ code: 'custom', message, input: ctx.value });
  }),
);

export const closesSchema = z.string().check(
  z.refine((s) => minutesOf(s) !== undefined, {
    error: (issue) => `${quote(issue.input)} is not a time of day as HH:MM`,
  }),
);

// A closes before opens crosses midnight, and one equal to opens makes 24 hours (TimePeriod).
const timePeriodSchema: z.ZodMiniType<TimePeriod> = z.object({ opens: opensSchema, closes: closesSchema });

const weekdaySchema = z.enum(['mo', 'tu', 'we', 'th', 'fr', 'sa', 'su'], {
  error: (issue) => `${quote(issue.input)} is not a day of the week: use mo, tu, we, th, fr, sa or su`,
});

const weeklyPeriodSchema = z.object({
  days: z.array(weekdaySchema).check(z.minLength(1, 'days is empty')),
  opens: opensSchema,
  closes: closesSchema,
});

const exceptionSchema = z
  .object({
    date: dateSchema,
    to: z.optional(dateSchema),
    closed: z.optional(z.boolean()),
    periods: z.optional(
      z.array(timePeriodSchema).check(z.minLength(1, 'periods is empty: a closed day is "closed": true')),
    ),
    note: z.optional(localizedTextSchema),
  })
  .check(
    z.refine((e) => e.to === undefined || e.to >= e.date, { message: 'to is before date', path: ['to'] }),
    z.refine((e) => (e.closed === true) !== (e.periods !== undefined), 'an exception is either closed or has periods'),
  );

/** Validates {@link OpeningHours}, with messages meant for the people who publish the data. */
export const hoursSchema: z.ZodMiniType<OpeningHours> = z
  .object({
    timeZone: z.string().check(
      z.refine(isTimeZone, {
        error: (issue) => `${quote(issue.input)} is not an IANA time zone such as "Africa/Dakar"`,
      }),
    ),
    alwaysOpen: z.optional(z.boolean()),
    weekly: z.optional(z.array(weeklyPeriodSchema)),
    exceptions: z.optional(z.array(exceptionSchema)),
    note: z.optional(localizedTextSchema),
  })
  .check(
    z.refine((h) => !(h.alwaysOpen === true && h.weekly?.length), {
      message: 'alwaysOpen and weekly periods cannot both be given',
      path: ['weekly'],
    }),
  );
