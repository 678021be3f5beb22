import type { SchoolCalendar } from "../scheduling/request";
import { isSchoolDay } from "../scheduling/schoolDays";
import type { Instant } from "../time/instant";
import { addDays } from "../time/localDate";
import { wallTime } from "../time/wallTime";
import type { IanaZone } from "../time/zone";
import { localParts, startOfLocalDay, toInstant } from "../time/zonedTime";

/** School days before the meeting the agenda goes out when the school has not said (its profile). */
export const DEFAULT_AGENDA_SCHOOL_DAYS = 5;

/**
 * How many school days before the meeting the agenda goes: the school's own figure (5 unless its
 * profile says otherwise), or the meeting type's notice for papers when that is longer (an EHCP
 * annual review's papers must reach the family two weeks before).
 */
export const agendaSchoolDays = (schoolDays: number | undefined, typeNoticeDays: number): number =>
  Math.max(schoolDays ?? DEFAULT_AGENDA_SCHOOL_DAYS, typeNoticeDays);

// A year of closures in a row means the calendar is wrong; stop rather than scan for ever.
const MAX_DAYS_TO_SCAN = 400;

/**
 * When the agenda is due to go: the start of the school day `days` school days before the
 * meeting's date (weekends, holidays and closures do not count). Sent then, it reaches the family
 * with those school days to read it. A meeting sooner than that gets its agenda at booking.
 */
export function agendaDueAt(meetingStart: Instant, days: number, calendar: SchoolCalendar): Instant {
  let date = localParts(meetingStart, calendar.zone).date;
  let counted = 0;
  for (let i = 0; i < MAX_DAYS_TO_SCAN && counted < days; i++) {
    date = addDays(date, -1);
    if (isSchoolDay(calendar, date)) counted++;
  }
  return startOfLocalDay(date, calendar.zone);
}

/** The family's reminder: 9am (the school's clock) on the day before the meeting. */
export function reminderAt(meetingStart: Instant, zone: IanaZone): Instant {
  const day = addDays(localParts(meetingStart, zone).date, -1);
  const nine = toInstant(day, wallTime(9), zone, "earlier");
  return nine.ok ? nine.at : startOfLocalDay(day, zone);
}
