import { prng } from "../../src/adapters/demo-tenant/seed/prng";
import type { BusyBlock, FreeBusyStatus } from "../../src/domain/scheduling/freeBusy";
import type { Attendee, RoomCandidate, SlotRequest } from "../../src/domain/scheduling/request";
import type { RoomFeature } from "../../src/domain/school/people";
import type { Instant } from "../../src/domain/time/instant";
import {
  addDays,
  type DateRange,
  type LocalDate,
  localDateFromIso,
  type Weekday,
  weekdayOf,
} from "../../src/domain/time/localDate";
import { type WallTime, wallTime } from "../../src/domain/time/wallTime";
import { LONDON } from "../../src/domain/time/zone";
import { toInstant } from "../../src/domain/time/zonedTime";

/*
 * Realistic, deterministic school calendars for the slot benches: teachers in class most of the
 * day with one non-contact block, support staff in meetings, after-school commitments, a weekly
 * staff meeting, the odd day of leave, tentative holds and time at another site; rooms booked a
 * few times a day.
 */

const WEEKDAYS: Weekday[] = [1, 2, 3, 4, 5];
const d = localDateFromIso;
const TERMS: DateRange[] = [
  { first: d("2026-01-05"), last: d("2026-04-02") },
  { first: d("2026-04-20"), last: d("2026-06-26") },
];
const CLOSURES: DateRange[] = [{ first: d("2026-02-16"), last: d("2026-02-17") }];

function at(date: LocalDate, h: number, m = 0): Instant {
  const r = toInstant(date, wallTime(h, m), LONDON, "earlier");
  if (!r.ok) throw new Error("bench calendars avoid clock-change hours");
  return r.at;
}

function block(
  date: LocalDate,
  from: [number, number],
  to: [number, number],
  status: FreeBusyStatus,
): BusyBlock {
  return { start: at(date, ...from), end: at(date, ...to), status };
}

function staffBusy(random: () => number, first: LocalDate, days: number, teaches: boolean): BusyBlock[] {
  const out: BusyBlock[] = [];
  for (let date = first; date < first + days; date = addDays(date, 1)) {
    const wd = weekdayOf(date);
    if (wd > 5) continue;
    if (random() < 0.02) {
      out.push(block(date, [8, 0], [17, 0], "oof"));
      continue;
    }
    if (teaches) {
      const free = Math.floor(random() * 4);
      const lessons: [number, number, number, number][] = [
        [8, 50, 10, 30],
        [10, 45, 12, 15],
        [13, 5, 15, 15],
      ];
      lessons.forEach(([a, b, c, e], i) => {
        if (i !== free) out.push(block(date, [a, b], [c, e], "busy"));
      });
    } else {
      for (const hour of [9, 10, 11, 13, 14]) {
        if (random() < 0.45) {
          const half = random() < 0.5;
          out.push(
            block(
              date,
              [hour, 0],
              [half ? hour : hour + 1, half ? 30 : 0],
              random() < 0.15 ? "tentative" : "busy",
            ),
          );
        }
      }
    }
    if (wd === 2 && teaches) out.push(block(date, [15, 30], [16, 30], "busy"));
    else if (random() < 0.3) out.push(block(date, [15, 30], [16, random() < 0.5 ? 15 : 30], "busy"));
    if (random() < 0.06) out.push(block(date, [12, 15], [13, 0], "workingElsewhere"));
  }
  return out;
}

function roomBusy(random: () => number, first: LocalDate, days: number): BusyBlock[] {
  const out: BusyBlock[] = [];
  for (let date = first; date < first + days; date = addDays(date, 1)) {
    if (weekdayOf(date) > 5) continue;
    for (const hour of [9, 10, 11, 13, 14, 15]) {
      if (random() < 0.35) out.push(block(date, [hour, 0], [hour + 1, 0], "busy"));
    }
  }
  return out;
}

const ROOMS: [string, number, RoomFeature[]][] = [
  ["Family Room", 6, ["stepFree", "quiet"]],
  ["Meeting Room 1", 8, ["stepFree", "hearingLoop"]],
  ["Library", 16, ["stepFree"]],
  ["Room 4", 4, ["quiet"]],
  ["Hall", 60, ["stepFree", "large"]],
];

/** A search over `staff` people (the first `required` of them required) and five rooms. */
export function schoolRequest(opts: {
  seed: number;
  first: string;
  days: number;
  staff: number;
  required: number;
}): SlotRequest {
  const random = prng(opts.seed);
  const first = d(opts.first);
  const hours = (wd: Weekday[]) => ({
    days: wd,
    from: wallTime(8, 0) as WallTime,
    to: wallTime(17, 0) as WallTime,
    zone: LONDON,
  });
  const attendees: Attendee[] = Array.from({ length: opts.staff }, (_, i) => ({
    id: `staff${String(i).padStart(2, "0")}@school.example`,
    displayName: `Staff ${i}`,
    roleLabel: i % 3 === 0 ? "class teacher" : "support",
    required: i < opts.required,
    busy: staffBusy(random, first, opts.days, i % 3 === 0),
    workingHours: hours(i % 5 === 4 ? [1, 2, 3, 4] : WEEKDAYS),
  }));
  const rooms: RoomCandidate[] = ROOMS.map(([name, capacity, features], i) => ({
    id: `room${i}@school.example`,
    name,
    capacity,
    features,
    busy: roomBusy(random, first, opts.days),
  }));
  return {
    school: {
      zone: LONDON,
      terms: TERMS,
      closures: CLOSURES,
      weekdays: WEEKDAYS,
      day: { from: wallTime(8, 30), to: wallTime(17, 0) },
    },
    meeting: {
      format: "inPerson",
      minutes: 60,
      extraMinutes: 15,
      bufferBeforeMinutes: 10,
      bufferAfterMinutes: 10,
    },
    attendees,
    rooms,
    roomFeatures: ["stepFree"],
    family: {
      zone: LONDON,
      preferred: [{ days: [2, 4], from: wallTime(15, 15), to: wallTime(24, 0) }],
      acceptable: [{ days: WEEKDAYS, from: wallTime(9, 0), to: wallTime(17, 0) }],
      avoidDates: [{ first: addDays(first, 9), last: addDays(first, 10) }],
      avoidDays: [],
      partySize: 3,
    },
    noticeWorkingDays: 5,
    search: { first, last: addDays(first, opts.days - 1) },
    granularityMinutes: 5,
    maxSlots: 5,
    tentative: "blocks",
  };
}
