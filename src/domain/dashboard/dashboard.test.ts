import { describe, expect, it } from "vitest";
import type { ChildMeeting } from "../families/childAttention";
import type { Meeting } from "../meetings/meeting";
import { offeredMeeting } from "../meetings/testing/meetingFixture";
import type { Child } from "../school/people";
import { DAY_MS, instant } from "../time/instant";
import { localDateFromIso } from "../time/localDate";
import { wallTimeFromHhmm } from "../time/wallTime";
import { ianaZone } from "../time/zone";
import {
  adjustmentsNotArranged,
  meetingsThisWeek,
  openOffers,
  overdueActionsByOwner,
  transitionStage,
  transitionsWithoutPlanning,
  weekAround,
} from "./dashboard";
import { inScope, scopeFromToken, scopeToken } from "./scope";
import { sessionStart } from "./session";

const LONDON = ianaZone("Europe/London");
// Wednesday 25 November 2026, 10:00 in London.
const NOW = instant(Date.UTC(2026, 10, 25, 10));

const booked = (id: string, childId: string, start: number, changes: Partial<Meeting> = {}): ChildMeeting => {
  const base = offeredMeeting();
  return {
    id,
    meeting: {
      ...base,
      childId,
      status: "booked",
      booking: {
        slot: {
          start: instant(start),
          end: instant(start + 3_600_000),
          roomEmail: undefined,
          roomName: "Family Room",
        },
        eventId: "e1",
        joinUrl: undefined,
        households: ["1"],
        online: false,
      },
      ...changes,
    },
  };
};

const child = (id: string, yearGroup: string): Child => ({
  id,
  name: `Child ${id}`,
  yearGroup,
  classTeacherId: undefined,
  keepHouseholdsApart: false,
});

describe("dashboard sections", () => {
  it("a week runs Monday to Monday in the school's zone", () => {
    const week = weekAround(NOW, LONDON);
    expect(new Date(week.start).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(new Date(week.end).toISOString()).toBe("2026-11-30T00:00:00.000Z");
    // In summer time Monday starts at 23:00 UTC on Sunday.
    const june = weekAround(instant(Date.UTC(2026, 5, 10, 12)), LONDON);
    expect(new Date(june.start).toISOString()).toBe("2026-06-07T23:00:00.000Z");
  });

  it("lists this week's booked meetings in order, not last week's or next week's", () => {
    const list = meetingsThisWeek(
      [
        booked("a", "GP1", Date.UTC(2026, 10, 27, 15)),
        booked("b", "GP2", Date.UTC(2026, 10, 23, 8)),
        booked("c", "GP3", Date.UTC(2026, 10, 30, 9)),
        booked("d", "GP4", Date.UTC(2026, 10, 20, 9)),
      ],
      NOW,
      LONDON,
    );
    expect(list.map((m) => m.meetingId)).toEqual(["b", "a"]);
  });

  it("lists open offers longest-waiting first with whole days waited", () => {
    const sent = (days: number) => NOW - days * DAY_MS;
    const offer = (id: string, days: number): ChildMeeting => {
      const m = offeredMeeting();
      return { id, meeting: { ...m, offer: m.offer && { ...m.offer, sentAt: instant(sent(days)) } } };
    };
    expect(openOffers([offer("x", 2.5), offer("y", 9), booked("z", "GP1", NOW)], NOW)).toMatchObject([
      { meetingId: "y", waitingDays: 9 },
      { meetingId: "x", waitingDays: 2 },
    ]);
  });

  it("groups overdue open actions by owner, oldest first; done and not-yet-due ones are left out", () => {
    const a = (entryId: string, owner: string, dueDays: number, done = false) => ({
      childId: "GP1",
      entryId,
      owner,
      text: `do ${entryId}`,
      due: instant(NOW + dueDays * DAY_MS),
      done,
    });
    const out = overdueActionsByOwner(
      [
        a("1", "Sofia Rossi", -1),
        a("2", "Callum Reid", -3),
        a("3", "Sofia Rossi", -5),
        a("4", "Sofia Rossi", -9, true),
        a("5", "Callum Reid", 2),
        a("6", " ", -1),
      ],
      NOW,
    );
    expect(out.map((o) => [o.owner, o.actions.map((x) => x.entryId)])).toEqual([
      ["Callum Reid", ["2"]],
      ["No owner named", ["6"]],
      ["Sofia Rossi", ["3", "1"]],
    ]);
  });

  it("lists what families asked for meetings ahead, unless arranged", () => {
    const m = booked("m1", "GP9001", NOW + DAY_MS);
    const withReply: ChildMeeting = {
      id: "m1",
      meeting: {
        ...m.meeting,
        replies: [
          {
            carerId: "c2",
            round: 1,
            receivedAt: NOW,
            answer: {
              ref: "CG-BBBB-BBBB",
              choice: 1,
              availability: "",
              adjustments: ["interpreter", "stepFree"],
              interpreterLanguage: "Arabic",
              otherNeeds: "",
              supporter: null,
              speakingOrder: "noPreference",
              message: "",
            },
          },
        ],
      },
    };
    const past = {
      ...withReply,
      id: "old",
      meeting: { ...withReply.meeting, booking: booked("o", "GP9001", NOW - DAY_MS).meeting.booking },
    };
    const all = adjustmentsNotArranged([withReply, past], NOW);
    expect(all.map((x) => [x.meetingId, x.askedBy])).toEqual([
      ["m1", "Faisal Aziz"],
      ["m1", "Faisal Aziz"],
    ]);
    expect(all.map((x) => x.request).join(" | ")).toMatch(/Arabic/);
    const first = all[0]?.request ?? "";
    expect(adjustmentsNotArranged([withReply], NOW, (_, r) => r === first)).toHaveLength(1);
  });

  it("finds the children at a transition with no planning meeting this session", () => {
    expect(["N2", "Nursery", "P7", "Y6", "S4", "Y11", "P6", "S2"].map(transitionStage)).toEqual([
      "nurseryToPrimary",
      "nurseryToPrimary",
      "primaryToSecondary",
      "primaryToSecondary",
      "leaving",
      "leaving",
      undefined,
      undefined,
    ]);
    const start = sessionStart(NOW, LONDON, {
      zone: LONDON,
      terms: [{ first: localDateFromIso("2026-08-18"), last: localDateFromIso("2026-10-09") }],
      closures: [],
      weekdays: [1, 2, 3, 4, 5],
      day: { from: wallTimeFromHhmm("08:30"), to: wallTimeFromHhmm("17:00") },
    });
    expect(new Date(start).toISOString()).toBe("2026-08-17T23:00:00.000Z");
    const planned = booked("t", "A", Date.UTC(2026, 9, 1, 9), { typeId: "transitionPlanning" });
    const lastYear = booked("u", "B", Date.UTC(2026, 4, 1, 9), { typeId: "transitionPlanning" });
    const due = transitionsWithoutPlanning(
      [child("A", "P7"), child("B", "P7"), child("C", "P3")],
      [planned, lastYear],
      start,
    );
    expect(due.map((d) => [d.child.id, d.stage])).toEqual([["B", "primaryToSecondary"]]);
  });

  it("without a calendar, a session starts on 1 August", () => {
    expect(new Date(sessionStart(NOW, LONDON, undefined)).toISOString()).toBe("2026-07-31T23:00:00.000Z");
    expect(new Date(sessionStart(instant(Date.UTC(2027, 2, 1)), LONDON, undefined)).toISOString()).toBe(
      "2026-07-31T23:00:00.000Z",
    );
  });
});

describe("dashboard scope", () => {
  it("round-trips through a token and narrows children", () => {
    for (const s of [
      { kind: "caseload" },
      { kind: "year", yearGroup: "P7" },
      { kind: "child", childId: "GP:1" },
    ] as const)
      expect(scopeFromToken(scopeToken(s))).toEqual(s);
    expect(scopeFromToken("nonsense")).toEqual({ kind: "caseload" });
    expect(scopeFromToken("year:")).toEqual({ kind: "caseload" });
    expect(inScope({ kind: "year", yearGroup: "p7" }, { id: "x", yearGroup: "P7 " })).toBe(true);
    expect(inScope({ kind: "child", childId: "x" }, { id: "y", yearGroup: "P7" })).toBe(false);
  });
});
