import { isValidWallRange, type WallRange } from "../time/wallTime";
import type { SlotRequest } from "./request";
import type { RequestProblem } from "./result";

/**
 * Hard bounds on one search, so a slow or hostile input cannot hang the tab. The range and
 * schedule counts match what one Graph `getSchedule` call can answer (62 days, 20 schedules).
 */
export const SLOT_LIMITS = {
  maxSearchDays: 62,
  maxAttendees: 20,
  maxRooms: 20,
  maxBusyBlocks: 20_000,
  maxFamilyWindows: 40,
  maxDateRanges: 400,
  minMinutes: 5,
  maxMinutes: 8 * 60,
  maxBufferMinutes: 120,
  granularities: [5, 10, 15, 20, 30, 60] as readonly number[],
  maxSlots: 20,
  maxNoticeWorkingDays: 40,
  maxPartySize: 50,
} as const;

const isWhole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

function timesProblem(ranges: readonly WallRange[], what: string): RequestProblem | undefined {
  return ranges.every(isValidWallRange)
    ? undefined
    : { code: "badTimes", message: `Some ${what} end before they start or fall outside the day.` };
}

/** Everything wrong with a request before any searching; empty when it can be searched. */
export function validateRequest(req: SlotRequest): RequestProblem[] {
  const L = SLOT_LIMITS;
  const out: (RequestProblem | undefined)[] = [];
  const days = req.search.last - req.search.first + 1;
  if (!Number.isInteger(days) || days < 1 || days > L.maxSearchDays) {
    out.push({ code: "searchRange", message: `Search between 1 and ${L.maxSearchDays} days at a time.` });
  }
  const m = req.meeting;
  const total = m.minutes + (m.extraMinutes ?? 0);
  if (!isWhole(m.minutes, L.minMinutes, L.maxMinutes) || !isWhole(total, L.minMinutes, L.maxMinutes)) {
    out.push({
      code: "length",
      message: `A meeting lasts between ${L.minMinutes} and ${L.maxMinutes} minutes.`,
    });
  }
  for (const b of [m.bufferBeforeMinutes ?? 0, m.bufferAfterMinutes ?? 0]) {
    if (!isWhole(b, 0, L.maxBufferMinutes)) {
      out.push({ code: "buffer", message: `Buffers are whole minutes up to ${L.maxBufferMinutes}.` });
      break;
    }
  }
  if (!L.granularities.includes(req.granularityMinutes)) {
    out.push({ code: "granularity", message: `Start times go up in ${L.granularities.join(", ")} minutes.` });
  }
  if (!isWhole(req.maxSlots, 1, L.maxSlots)) {
    out.push({ code: "maxSlots", message: `Offer between 1 and ${L.maxSlots} times.` });
  }
  if (!isWhole(req.noticeWorkingDays, 0, L.maxNoticeWorkingDays)) {
    out.push({ code: "notice", message: `Notice is 0 to ${L.maxNoticeWorkingDays} working days.` });
  }
  if (req.attendees.length > L.maxAttendees) {
    out.push({ code: "tooManyAttendees", message: `Invite at most ${L.maxAttendees} staff per search.` });
  }
  if (req.rooms.length > L.maxRooms) {
    out.push({ code: "tooManyRooms", message: `Consider at most ${L.maxRooms} rooms per search.` });
  }
  const blocks = [...req.attendees, ...req.rooms].reduce((n, x) => n + x.busy.length, 0);
  if (blocks > L.maxBusyBlocks) {
    out.push({
      code: "tooManyBusyBlocks",
      message: "The calendars are too full to search at once; search fewer days.",
    });
  }
  const f = req.family;
  if (f.preferred.length + f.acceptable.length > L.maxFamilyWindows) {
    out.push({
      code: "tooManyWindows",
      message: `Give the family's times as at most ${L.maxFamilyWindows} windows.`,
    });
  }
  const s = req.school;
  if (Math.max(f.avoidDates.length, s.terms.length, s.closures.length) > L.maxDateRanges) {
    out.push({ code: "tooManyDates", message: `Give at most ${L.maxDateRanges} date ranges of each kind.` });
  }
  if (!isWhole(f.partySize, 0, L.maxPartySize)) {
    out.push({ code: "partySize", message: "The family's party size must be a whole number." });
  }
  const ids = [...req.attendees.map((a) => `a:${a.id}`), ...req.rooms.map((r) => `r:${r.id}`)];
  if (new Set(ids).size !== ids.length) {
    out.push({ code: "duplicateId", message: "Each attendee and room must appear once." });
  }
  out.push(timesProblem([...f.preferred, ...f.acceptable], "of the family's times"));
  out.push(
    timesProblem(
      req.attendees.flatMap((a) => (a.workingHours ? [a.workingHours] : [])),
      "working hours",
    ),
  );
  const schoolDays = [
    s.day,
    ...Object.values(s.dayByWeekday ?? {}),
    ...(s.extendedDay ? [s.extendedDay] : []),
  ];
  out.push(timesProblem(schoolDays, "school-day hours"));
  return out.filter((p): p is RequestProblem => p !== undefined);
}
