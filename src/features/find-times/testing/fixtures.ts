import type { FindTimesOutcome } from "../../../domain/meetings/findTimes";
import type { SchoolCalendar } from "../../../domain/scheduling/request";
import type { Slot, SlotSearchResult } from "../../../domain/scheduling/result";
import type { Child, Room, StaffMember } from "../../../domain/school/people";
import { type Instant, instant } from "../../../domain/time/instant";
import { localDateFromIso } from "../../../domain/time/localDate";
import { wallTime } from "../../../domain/time/wallTime";
import { LONDON } from "../../../domain/time/zone";
import { localParts } from "../../../domain/time/zonedTime";
import { blankForm } from "../findTimesDraft";
import { type FindTimesForm, toFindTimesInput } from "../findTimesForm";
import type { Search } from "../findTimesState";

/** Monday 23 November 2026, 9am in London. */
export const NOW = instant(Date.UTC(2026, 10, 23, 9, 0));

export const STAFF: readonly StaffMember[] = [
  { id: "s1", name: "Aileen MacRae", email: "aileen@school.example", jobTitle: "SENCo", role: "senco" },
  {
    id: "s2",
    name: "Jamie Campbell",
    email: "jamie@school.example",
    jobTitle: "Class Teacher (P1)",
    role: "classTeacher",
  },
];

export function child(id: string, name: string, classTeacherId?: string): Child {
  return { id, name, yearGroup: "P1", classTeacherId, keepHouseholdsApart: false };
}

export const ROOMS: readonly Room[] = [
  { id: "r1", name: "Family Room", email: "family-room@school.example", capacity: 6, features: ["stepFree"] },
];

export const SCHOOL: SchoolCalendar = {
  zone: LONDON,
  terms: [{ first: localDateFromIso("2026-08-18"), last: localDateFromIso("2026-12-22") }],
  closures: [],
  weekdays: [1, 2, 3, 4, 5],
  day: { from: wallTime(8, 30), to: wallTime(17, 0) },
};

/** A form that can be searched: Aiden, with Aileen who must be there. */
export function aidenForm(change: Partial<FindTimesForm> = {}): FindTimesForm {
  return {
    ...blankForm("GP1001", NOW, "Europe/London"),
    staff: { "aileen@school.example": "required" },
    ...change,
  };
}

/** A found slot from `startIso`, `minutes` long, as the engine would give it. */
export function slot(startIso: string, minutes: number): Slot {
  const start = instant(Date.parse(startIso));
  const end: Instant = instant(start + minutes * 60_000);
  return {
    start,
    end,
    room: { id: "family-room@school.example", name: "Family Room" },
    optionalFree: [],
    optionalBusy: [],
    familyFit: { kind: "unstated" },
    holds: [],
    schoolTime: localParts(start, LONDON),
    familyTime: localParts(start, LONDON),
    reason: "Aileen MacRae free; Family Room",
  };
}

/** A search of `form` that the engine answered with `result`. */
export function searchOf(form: FindTimesForm, result: SlotSearchResult, id = 1): Search {
  const check = toFindTimesInput(form, { staff: STAFF, rooms: ROOMS, school: SCHOOL, now: NOW });
  if (!check.ok) throw new Error(`The test form is not searchable: ${JSON.stringify(check.problems)}`);
  const outcome: FindTimesOutcome = { result, schedules: [], unreadable: [] };
  return { id, form, input: check.input, needs: check.needs, outcome };
}
