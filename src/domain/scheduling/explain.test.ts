import { describe, expect, it } from "vitest";
import { addDays, dateParts, type LocalDate, localDateToIso, weekdayOf } from "../time/localDate";
import type { BusyBlock } from "./freeBusy";
import type { FamilyAvailability, SlotRequest } from "./request";
import { findSlots } from "./searchSlots";
import { busy, clockAt, d, person, range, request, room, t } from "./testFixtures";

const NOW = clockAt("2026-01-01T09:00:00Z");
const JANUARY = range("2026-01-05", "2026-01-30");

/** Busy from `from` to `to` (UTC = London in January) on every given weekday of January 2026. */
function everyWeek(days: number[], from: string, to: string): BusyBlock[] {
  const out: BusyBlock[] = [];
  for (let date = d("2026-01-01"); date <= d("2026-01-31"); date = addDays(date, 1)) {
    if (!days.includes(weekdayOf(date))) continue;
    const day = localDateToIso(date as LocalDate);
    out.push(busy(`${day}T${from}:00Z`, `${day}T${to}:00Z`));
  }
  return out;
}

const tueThuAfterThree: FamilyAvailability = {
  ...request().family,
  preferred: [{ days: [2, 4], from: t("15:00"), to: t("24:00") }],
};

function explanation(req: Partial<SlotRequest>): string {
  const r = findSlots(request({ search: JANUARY, family: tueThuAfterThree, ...req }), NOW);
  return r.kind === "none" ? r.explanation : `unexpectedly ${r.kind}`;
}

const lee = (busy: BusyBlock[]) => person("lee", { displayName: "Mr Lee", roleLabel: "class teacher", busy });
const khan = (busy: BusyBlock[]) => person("khan", { displayName: "Mrs Khan", roleLabel: "SENCo", busy });

describe("explaining an impossible request", () => {
  it("names the person who has no time in the family's windows", () => {
    const r = findSlots(
      request({
        search: JANUARY,
        family: tueThuAfterThree,
        attendees: [khan([]), lee(everyWeek([2, 4], "14:45", "17:00"))],
      }),
      NOW,
    );
    expect(r).toMatchObject({
      kind: "none",
      blockers: [{ code: "busy", attendeeIds: ["lee"] }],
      explanation:
        "Mr Lee (class teacher) has no free time on Tuesdays or Thursdays after 3pm between 5 and 30 January.",
    });
  });

  it("says when someone has free time, just not enough of it", () => {
    expect(explanation({ attendees: [lee(everyWeek([2, 4], "15:30", "17:00"))] })).toBe(
      "Mr Lee (class teacher) has no free stretch of 60 minutes on Tuesdays or Thursdays after 3pm between 5 and 30 January.",
    );
  });

  it("names a part-timer who does not work on those days", () => {
    const hours = { days: [1, 2, 3] as const, from: t("08:00"), to: t("17:00"), zone: request().school.zone };
    const rossi = person("rossi", {
      displayName: "Ms Rossi",
      roleLabel: "class teacher",
      workingHours: { ...hours, days: [1, 2, 3] },
    });
    const family = {
      ...tueThuAfterThree,
      preferred: [{ days: [4 as const], from: t("15:00"), to: t("24:00") }],
    };
    expect(explanation({ attendees: [rossi], family })).toBe(
      "Ms Rossi (class teacher) does not work on Thursdays after 3pm between 5 and 30 January.",
    );
  });

  it("finds the smallest group who are never free together", () => {
    const attendees = [
      person("a-head", { displayName: "Mrs Walsh" }),
      lee(everyWeek([2], "15:00", "17:00")),
      khan(everyWeek([4], "15:00", "17:00")),
    ];
    const r = findSlots(request({ search: JANUARY, family: tueThuAfterThree, attendees }), NOW);
    expect(r).toMatchObject({
      kind: "none",
      blockers: [{ code: "notTogether", attendeeIds: ["khan", "lee"] }],
      explanation:
        "Mrs Khan (SENCo) and Mr Lee (class teacher) are never free at the same time on Tuesdays or Thursdays after 3pm between 5 and 30 January.",
    });
  });

  it("blames the notice period when it pushes past the search", () => {
    expect(explanation({ search: range("2026-01-05", "2026-01-09"), noticeWorkingDays: 10 })).toBe(
      "Papers must go out 10 working days before the meeting, so the earliest date is Friday 16 January, after the search ends on 9 January.",
    );
  });

  it("blames the dates when they are all holidays or weekends", () => {
    expect(explanation({ search: range("2025-12-20", "2026-01-04") })).toBe(
      "There are no school days between 20 December 2025 and 4 January 2026 (weekends, holidays and closures).",
    );
  });

  it("blames the family's times when they never meet the school day", () => {
    const family = { ...request().family, acceptable: [{ from: t("18:00"), to: t("24:00") }] };
    expect(explanation({ family })).toBe(
      "None of the family's times (after 6pm) fall within the school day between 5 and 30 January.",
    );
  });

  it("says when the only times left are on days the family asked to avoid", () => {
    const family = {
      ...tueThuAfterThree,
      avoidDays: [2 as const],
      avoidDates: [range("2026-01-01", "2026-01-31")],
    };
    expect(explanation({ family })).toBe(
      "The family's times (Tuesdays or Thursdays after 3pm) between 5 and 30 January fall only on dates or days they asked to avoid.",
    );
  });

  it("names the room features nobody has", () => {
    expect(
      explanation({
        roomFeatures: ["hearingLoop", "stepFree"],
        rooms: [room("hall", { features: ["stepFree"] })],
      }),
    ).toBe("No room has step-free access and a hearing loop with space for 3 people.");
  });

  it("says when the only suitable room is always booked", () => {
    const booked = room("Family Room", { busy: [busy("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z")] });
    expect(explanation({ rooms: [booked], family: request().family })).toBe(
      "Family Room, the only suitable room, is booked whenever everyone is free during the school day between 5 and 30 January.",
    );
  });

  it("uses plain dates across a month end", () => {
    expect(dateParts(d("2026-01-30")).month).toBe(1);
    const r = findSlots(
      request({
        search: range("2026-01-26", "2026-02-06"),
        family: tueThuAfterThree,
        attendees: [
          lee(
            everyWeek([2, 4], "15:00", "17:00").concat(busy("2026-02-01T00:00:00Z", "2026-02-07T00:00:00Z")),
          ),
        ],
      }),
      NOW,
    );
    expect(r.kind === "none" ? r.explanation : r.kind).toBe(
      "Mr Lee (class teacher) has no free time on Tuesdays or Thursdays after 3pm between 26 January and 6 February.",
    );
  });
});
