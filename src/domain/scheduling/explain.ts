import { MINUTE_MS } from "../time/instant";
import { hasRoomFor, intersect, subtract, union } from "../time/interval";
import type { LocalDate } from "../time/localDate";
import { dateRangePhrase, describedWindows, familyScopePhrase, windowPhrase } from "./englishTime";
import { explain } from "./explanationText";
import { freeForAll, type SearchPlan } from "./plan";
import type { Blocker } from "./result";

/**
 * Works out which constraint leaves nothing to offer, narrowing one constraint at a time in the
 * order staff can act on: dates and term, notice, the family's times, each required person alone,
 * the required people together, then rooms. Only runs when the search found nothing.
 */
export function explainEmpty(plan: SearchPlan, roomless: number): Blocker[] {
  const { request: req, lengthMs: len } = plan;
  const minutes = len / MINUTE_MS;
  const earliest = Math.max(req.search.first, plan.notice?.date ?? req.search.first) as LocalDate;
  const dates = dateRangePhrase(earliest, req.search.last);
  const allDates = dateRangePhrase(req.search.first, req.search.last);
  const one = (code: Blocker["code"], message: string, attendeeIds: string[] = []): Blocker[] => [
    { code, message, attendeeIds },
  ];

  if (!hasRoomFor(plan.schoolAll, len)) {
    return plan.schoolAll.length === 0
      ? one("noSchoolDays", explain.noSchoolDays(allDates))
      : one("noSchoolDays", explain.dayTooShort(minutes, allDates));
  }
  if (!hasRoomFor(plan.school, len)) {
    return plan.notice
      ? one("notice", explain.noticeTooLate(req.noticeWorkingDays, plan.notice.date, req.search.last))
      : one("notice", explain.noticeBeyondCalendar(req.noticeWorkingDays));
  }
  const windows = describedWindows(req.family.preferred, req.family.acceptable);
  const scope = familyScopePhrase(windows);
  if (!hasRoomFor(plan.base, len)) {
    const listed = windows.map(windowPhrase).join("; ");
    // Would the family's times have fitted but for the days they asked to avoid?
    const withAvoided = union(plan.family.acceptable, plan.family.avoided);
    if (!plan.family.stated || hasRoomFor(intersect(plan.school, withAvoided), len)) {
      return one("familyTimes", explain.familyAvoids(plan.family.stated ? listed : undefined, dates));
    }
    return one("familyTimes", explain.familyTimes(listed, minutes, dates, plan.base.length > 0));
  }

  const alone: Blocker[] = [];
  for (const p of plan.required) {
    const working = intersect(plan.base, p.working);
    if (!hasRoomFor(working, len)) {
      alone.push({
        code: "workingHours",
        message: explain.notWorking(p.attendee, scope, dates),
        attendeeIds: [p.attendee.id],
      });
      continue;
    }
    const free = subtract(working, p.blocked);
    if (!hasRoomFor(free, len)) {
      const message = explain.noFreeTime(p.attendee, scope, dates, minutes, free.length > 0);
      alone.push({ code: "busy", message, attendeeIds: [p.attendee.id] });
    }
  }
  if (alone.length > 0) return alone;

  if (!hasRoomFor(plan.free, len)) {
    // Drop each person whose absence still leaves no time: what remains is a smallest clash.
    let clash = plan.required;
    for (const p of plan.required) {
      const without = clash.filter((q) => q !== p);
      if (!hasRoomFor(freeForAll(plan.base, without), len)) clash = without;
    }
    const people = clash.map((p) => p.attendee);
    return one(
      "notTogether",
      explain.notTogether(people, scope, dates),
      people.map((a) => a.id),
    );
  }
  if (plan.needsRoom && plan.rooms.length === 0) {
    return one("noSuitableRoom", explain.noSuitableRoom(req.roomFeatures, plan.seats));
  }
  if (plan.needsRoom && roomless > 0) {
    return one(
      "roomsBooked",
      explain.roomsBooked(
        plan.rooms.map((r) => r.room.name),
        scope,
        dates,
      ),
    );
  }
  return one("grid", explain.grid(req.granularityMinutes, minutes));
}
