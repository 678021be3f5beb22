import type { Instant } from "../time/instant";
import { addDays, inDateRange, type LocalDate, weekdayOf } from "../time/localDate";
import type { WallRange, WallTime } from "../time/wallTime";
import { localParts, startOfLocalDay } from "../time/zonedTime";
import type { SchoolCalendar } from "./request";

/** Whether the school is open on a date: a school weekday, inside a term, not a closure. */
export function isSchoolDay(calendar: SchoolCalendar, date: LocalDate): boolean {
  return (
    calendar.weekdays.includes(weekdayOf(date)) &&
    calendar.terms.some((t) => inDateRange(t, date)) &&
    !calendar.closures.some((c) => inDateRange(c, date))
  );
}

/** The hours meetings may run on a school day, widened to the early/late times when asked. */
export function schoolDayHours(
  calendar: SchoolCalendar,
  date: LocalDate,
  useExtendedDay: boolean,
): WallRange {
  const core = calendar.dayByWeekday?.[weekdayOf(date)] ?? calendar.day;
  const extra = useExtendedDay ? calendar.extendedDay : undefined;
  if (!extra) return core;
  return {
    from: Math.min(core.from, extra.from) as WallTime,
    to: Math.max(core.to, extra.to) as WallTime,
  };
}

// A year of closures in a row means the calendar is wrong, not that notice can be met later.
const MAX_DAYS_TO_SCAN = 400;

/**
 * The earliest a meeting may start so papers can go out `workingDays` school days beforehand.
 * Papers go out today; the meeting may be on the `workingDays`-th school day after today, from its
 * first minute. Weekends, holidays and closures do not count. With no notice, it is now.
 * Undefined when the calendar has too few school days ahead.
 */
export function earliestStartForNotice(
  now: Instant,
  workingDays: number,
  calendar: SchoolCalendar,
): { readonly at: Instant; readonly date: LocalDate } | undefined {
  const today = localParts(now, calendar.zone).date;
  if (workingDays <= 0) return { at: now, date: today };
  let date = today;
  let counted = 0;
  for (let i = 0; i < MAX_DAYS_TO_SCAN && counted < workingDays; i++) {
    date = addDays(date, 1);
    if (isSchoolDay(calendar, date)) counted++;
  }
  if (counted < workingDays) return undefined;
  return { at: startOfLocalDay(date, calendar.zone), date };
}
