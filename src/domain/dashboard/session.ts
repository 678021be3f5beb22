import type { SchoolCalendar } from "../scheduling/request";
import type { Instant } from "../time/instant";
import { dateParts, type LocalDate, localDate } from "../time/localDate";
import type { IanaZone } from "../time/zone";
import { localParts, startOfLocalDay } from "../time/zonedTime";

/**
 * The first day of the school session holding `now`: the latest term that starts in July, August
 * or September (a new school year in Scotland and England) on or before today. Without a calendar,
 * or with none that fits, 1 August before today.
 */
export function sessionStart(now: Instant, zone: IanaZone, calendar: SchoolCalendar | undefined): Instant {
  const today = localParts(now, zone).date;
  let start: LocalDate | undefined;
  for (const term of calendar?.terms ?? []) {
    const { month } = dateParts(term.first);
    if (month >= 7 && month <= 9 && term.first <= today && (start === undefined || term.first > start))
      start = term.first;
  }
  if (start === undefined) {
    const { year, month } = dateParts(today);
    start = localDate(month >= 8 ? year : year - 1, 8, 1);
  }
  return startOfLocalDay(start, zone);
}
