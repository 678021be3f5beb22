import { DAY_MS, type Instant, MINUTE_MS } from "../time/instant";
import { clip, type Interval, normalise, subtract } from "../time/interval";
import { inDateRange, type LocalDate, weekdayOf } from "../time/localDate";
import type { WallRange } from "../time/wallTime";
import type { IanaZone } from "../time/zone";
import { localParts, wallRangeIntervals } from "../time/zonedTime";
import { offsetSpans } from "../time/zoneOffset";
import type { FamilyAvailability, FamilyWindow, SchoolCalendar, WorkingHours } from "./request";
import { isSchoolDay, schoolDayHours } from "./schoolDays";

/** The stretch of time being searched, [from, to). */
export interface SearchSpan {
  readonly from: Instant;
  readonly to: Instant;
}

/** Calls `each` for every local date in `zone` that any instant of the span falls on. */
function forEachDate(span: SearchSpan, zone: IanaZone, each: (date: LocalDate) => void): void {
  const first = localParts(span.from, zone).date;
  const last = localParts((span.to - 1) as Instant, zone).date;
  for (let d = first; d <= last; d++) each(d as LocalDate);
}

/** Instants on the given dates whose local time lies in the day's range, clipped to the span. */
function dailyIntervals(
  span: SearchSpan,
  zone: IanaZone,
  rangeFor: (date: LocalDate) => WallRange | undefined,
): Interval[] {
  const out: Interval[] = [];
  forEachDate(span, zone, (date) => {
    const range = rangeFor(date);
    if (range) out.push(...wallRangeIntervals(date, range.from, range.to, zone));
  });
  return clip(normalise(out), span.from, span.to);
}

/** When the school is open for meetings. */
export function schoolTime(calendar: SchoolCalendar, span: SearchSpan, useExtendedDay: boolean): Interval[] {
  return dailyIntervals(span, calendar.zone, (date) =>
    isSchoolDay(calendar, date) ? schoolDayHours(calendar, date, useExtendedDay) : undefined,
  );
}

/** When a person works, from their working hours in their own zone. */
export function workingTime(hours: WorkingHours, span: SearchSpan): Interval[] {
  return dailyIntervals(span, hours.zone, (date) =>
    hours.days.includes(weekdayOf(date)) ? hours : undefined,
  );
}

function windowApplies(window: FamilyWindow, date: LocalDate): boolean {
  const byDay = window.days?.includes(weekdayOf(date)) ?? false;
  const byDate = window.dates?.includes(date) ?? false;
  return (window.days === undefined && window.dates === undefined) || byDay || byDate;
}

/** The family's times as instants: what they accept, and each preferred window in rank order. */
export interface FamilyTimes {
  /** False when the family gave no windows, so any school time will do. */
  readonly stated: boolean;
  readonly acceptable: Interval[];
  readonly byRank: Interval[][];
  /** The dates and days the family asked to avoid, as whole local days. */
  readonly avoided: Interval[];
}

/** The family's windows and avoided dates, read on the family's own clock and calendar. */
export function familyTimes(family: FamilyAvailability, span: SearchSpan): FamilyTimes {
  const avoided = dailyIntervals(span, family.zone, (date) =>
    family.avoidDays.includes(weekdayOf(date)) || family.avoidDates.some((r) => inDateRange(r, date))
      ? ({ from: 0, to: 1440 } as WallRange)
      : undefined,
  );
  const windowTime = (w: FamilyWindow) =>
    subtract(
      dailyIntervals(span, family.zone, (date) => (windowApplies(w, date) ? w : undefined)),
      avoided,
    );
  const byRank = family.preferred.map(windowTime);
  const stated = family.preferred.length + family.acceptable.length > 0;
  const acceptable = stated
    ? normalise([...byRank.flat(), ...family.acceptable.flatMap(windowTime)])
    : subtract([{ start: span.from, end: span.to }], avoided);
  return { stated, acceptable, byRank, avoided };
}

/**
 * Instants whose local wall time was already shown earlier the same day: the second pass through
 * the hour repeated when the clocks go back. No slot starts there, so a family never sees two
 * offers both labelled "1:30am"; the first pass is the one offered.
 */
export function repeatedWallTime(zone: IanaZone, span: SearchSpan): Interval[] {
  const spans = offsetSpans(zone, (span.from - DAY_MS) as Instant, (span.to + DAY_MS) as Instant);
  const out: Interval[] = [];
  for (let i = 1; i < spans.length; i++) {
    const before = spans[i - 1];
    const after = spans[i];
    if (!before || !after || after.offsetMinutes >= before.offsetMinutes) continue;
    const end = after.start + (before.offsetMinutes - after.offsetMinutes) * MINUTE_MS;
    out.push({ start: after.start, end: end as Instant });
  }
  return normalise(out);
}
