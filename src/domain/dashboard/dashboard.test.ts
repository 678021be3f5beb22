import { describe, expect, it } from "vitest";
import { marked, requestedIn } from "../adjustments/followUp";
import type { ChildMeeting } from "../families/childAttention";
import type { Meeting } from "../meetings/meeting";
import { offeredMeeting } from "../meetings/testing/meetingFixture";
import type { Child } from "../school/people";
import { emptySections, type SummaryAction, type SummaryDraft } from "../summaries/summary";
import { DAY_MS, instant } from "../time/instant";
import { localDateFromIso } from "../time/localDate";
import { wallTimeFromHhmm } from "../time/wallTime";
import { ianaZone } from "../time/zone";
import {
  adjustmentsNotArranged,
  meetingsThisWeek,
  openOffers,
  overdueActionsByOwner,
  overdueSummaryActions,
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

  it("takes overdue open actions from the summaries, by owner, oldest first; done, dateless and due-today ones are left out", () => {
    const action = (id: string, owner: string, due: string): SummaryAction => ({
      id,
      what: `do ${id}`,
      owner: { name: owner, email: "", carerId: "" },
      due,
    });
    const withSummary = (id: string, actions: SummaryAction[], done: string[]): ChildMeeting => {
      const m = booked(id, "GP9001", NOW - 30 * DAY_MS, { status: "summarised" });
      const draft: SummaryDraft = {
        meetingId: id,
        childId: "GP9001",
        people: [],
        sections: emptySections(),
        actions,
        next: { kind: "toArrange" },
        subject: "Meeting summary",
        changes: "",
      };
      return {
        id,
        meeting: {
          ...m.meeting,
          summary: {
            current: { version: 1, draft, sentAt: instant(NOW - 29 * DAY_MS) },
            earlier: [],
            done: done.map((actionId) => ({ actionId, by: "Sofia Rossi", at: instant(NOW - DAY_MS) })),
          },
        },
      };
    };
    const meetings = [
      withSummary(
        "m1",
        [
          action("1", "Sofia Rossi", "2026-11-24"),
          action("2", "Callum Reid", "2026-11-20"),
          action("3", "Sofia Rossi", "2026-11-02"),
          action("4", "Sofia Rossi", "2026-10-01"),
        ],
        ["4"],
      ),
      withSummary(
        "m2",
        [
          action("5", "Callum Reid", "2026-11-25"),
          action("6", " ", "2026-11-24"),
          action("7", "Ann Roe", ""),
        ],
        [],
      ),
      booked("m3", "GP9001", NOW - DAY_MS),
    ];
    const overdue = overdueSummaryActions(meetings, "2026-11-25");
    expect(overdue.map((a) => [a.meetingId, a.actionId, a.due])).toEqual([
      ["m1", "1", "2026-11-24"],
      ["m1", "2", "2026-11-20"],
      ["m1", "3", "2026-11-02"],
      ["m2", "6", "2026-11-24"],
    ]);
    const out = overdueActionsByOwner(overdue);
    expect(out.map((o) => [o.owner, o.actions.map((x) => `${x.meetingId}/${x.actionId}`)])).toEqual([
      ["Callum Reid", ["m1/2"]],
      ["No owner named", ["m2/6"]],
      ["Sofia Rossi", ["m1/3", "m1/1"]],
    ]);
    expect(out[0]?.actions[0]?.text).toBe("do 2");
  });

  it("lists adjustments still requested for booked meetings ahead, not arranged or not-possible ones", () => {
    const answer = {
      ref: "CG-BBBB-BBBB",
      choice: 1,
      availability: "",
      adjustments: ["interpreter", "stepFree"],
      interpreterLanguage: "Arabic",
      otherNeeds: "Somewhere quiet to wait",
      supporter: null,
      speakingOrder: "noPreference",
      message: "",
    } as const;
    const asked = requestedIn("h2", "c2", { ...answer, adjustments: [...answer.adjustments] });
    const followed = asked.map((f) =>
      f.kind === "stepFree" ? marked(f, { state: "arranged" }, "Sofia Rossi", NOW) : f,
    );
    const ahead = booked("m1", "GP9001", NOW + DAY_MS, { adjustments: followed });
    const later = booked("m2", "GP9001", NOW + 5 * DAY_MS, {
      adjustments: asked
        .filter((f) => f.kind === "stepFree")
        .map((f) => ({ ...f, id: "h1:stepFree", carerId: "c1" })),
    });
    const past = booked("old", "GP9001", NOW - DAY_MS, { adjustments: asked });
    const held = booked("held", "GP9001", NOW + 2 * DAY_MS, { adjustments: asked, status: "held" });
    const refused = booked("m4", "GP9001", NOW + 3 * DAY_MS, {
      adjustments: asked.map((f) =>
        marked(f, { state: "notPossible", reason: "No room" }, "Sofia Rossi", NOW),
      ),
    });
    const all = adjustmentsNotArranged([later, past, held, refused, ahead], NOW);
    expect(all.map((x) => [x.meetingId, x.followUpId, x.askedBy, x.request])).toEqual([
      ["m1", "h2:interpreter", "Faisal Aziz", "An interpreter (Arabic)"],
      ["m1", "h2:other", "Faisal Aziz", "Something else: Somewhere quiet to wait"],
      ["m2", "h1:stepFree", "Samira Aziz", "Step-free access (no stairs)"],
    ]);
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
