import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_SCHOOL_CALENDAR } from "../../src/adapters/demo-tenant/seed/schoolCalendar";
import { GraphDirectory } from "../../src/adapters/graph/directory";
import { GraphFreeBusy } from "../../src/adapters/graph/freeBusy";
import { SiteRef } from "../../src/adapters/graph/site";
import { findTimes } from "../../src/domain/meetings/findTimes";
import { schoolCalendarFromJson } from "../../src/domain/school/schoolCalendarJson";
import { instant } from "../../src/domain/time/instant";
import { localDateFromIso } from "../../src/domain/time/localDate";
import { ianaZone } from "../../src/domain/time/zone";
import { localParts } from "../../src/domain/time/zonedTime";
import {
  type FindTimesCheck,
  type FindTimesForm,
  toFindTimesInput,
} from "../../src/features/find-times/findTimesForm";
import { serveDemoTenant, TEST_NOW } from "../support/demoTenantServer";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);
const london = ianaZone("Europe/London");
const ME_TEST = "aileen.macrae@glenmore.example.org";

async function context() {
  const graph = ctx.transport();
  const directory = new GraphDirectory(
    graph,
    new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral"),
  );
  return {
    graph,
    staff: await directory.staff(),
    rooms: await directory.rooms(),
    school: schoolCalendarFromJson(DEMO_SCHOOL_CALENDAR),
    now: instant(TEST_NOW),
  };
}

/** The engine's input, failing the test with the problems when the form was refused. */
function inputOf(check: FindTimesCheck) {
  if (!check.ok) throw new Error(JSON.stringify(check.problems));
  return check.input;
}

/** The problems with a form that must be refused. */
function problemsOf(check: FindTimesCheck) {
  if (check.ok) throw new Error("The form was accepted");
  return check.problems;
}

const baseForm: FindTimesForm = {
  childId: "GP1001",
  typeId: "supportPlanReview",
  minutes: 60,
  format: "inPerson",
  from: "2026-11-24",
  to: "2027-01-04",
  picks: ["afterSchool"],
  days: [2, 4],
  dates: [],
  avoidDates: [],
  adjustments: ["stepFree"],
  familyZone: "Europe/London",
  partySize: 2,
  staff: {
    "aileen.macrae@glenmore.example.org": "required",
    "jamie.campbell@glenmore.example.org": "required",
    "tom.okafor@glenmore.example.org": "required",
    "nadia.haddad@glenmore.example.org": "optional",
  },
};

describe("findTimes over the demo school through the Graph layer", () => {
  it("offers only Tuesday or Thursday times after 3pm, in step-free rooms, with every required person free", async () => {
    const c = await context();
    const input = inputOf(toFindTimesInput(baseForm, c));
    const { result, schedules } = await findTimes(
      { freeBusy: new GraphFreeBusy(c.graph), clock: { now: () => instant(TEST_NOW) } },
      input,
    );
    expect(schedules.map((s) => s.address)).toContain("family-room@glenmore.example.org");
    if (result.kind !== "found") throw new Error(JSON.stringify(result));
    expect(result.slots.length).toBeGreaterThanOrEqual(3);
    const stepFree = new Set(c.rooms.filter((r) => r.features.includes("stepFree")).map((r) => r.email));
    for (const slot of result.slots) {
      const local = localParts(slot.start, london);
      expect([2, 4]).toContain(local.weekday);
      expect(local.minutes).toBeGreaterThanOrEqual(15 * 60);
      expect(stepFree.has(slot.room?.id ?? "")).toBe(true);
      expect(slot.end - slot.start).toBe(60 * 60_000);
      for (const address of [
        "aileen.macrae@glenmore.example.org",
        "jamie.campbell@glenmore.example.org",
        "tom.okafor@glenmore.example.org",
      ]) {
        const busy = schedules.find((s) => s.address === address)?.busy ?? [];
        expect(busy.some((b) => b.status !== "free" && b.start < slot.end && b.end > slot.start)).toBe(false);
      }
    }
  });

  it("adds interpreting time, says why, and makes an online need hybrid", async () => {
    const c = await context();
    const check = toFindTimesInput({ ...baseForm, adjustments: ["interpreter", "online", "hearingLoop"] }, c);
    const input = inputOf(check);
    expect(input.meeting).toEqual({ format: "hybrid", minutes: 60, extraMinutes: 30 });
    expect(check.ok && check.needs.extraTime).toEqual([{ reason: "interpreting", minutes: 30 }]);
    expect(input.roomFeatures).toEqual(["hearingLoop"]);
    expect(input.search).toEqual({
      first: localDateFromIso("2026-11-24"),
      last: localDateFromIso("2027-01-04"),
    });
  });

  it("keeps an online meeting online when the family asks to join online", async () => {
    const c = await context();
    const input = inputOf(toFindTimesInput({ ...baseForm, format: "online", adjustments: ["online"] }, c));
    expect(input.meeting.format).toBe("online");
  });

  it("offers a specific date the family gave, at any school time", async () => {
    const c = await context();
    const input = inputOf(
      toFindTimesInput(
        {
          ...baseForm,
          staff: { [ME_TEST]: "required" },
          picks: [],
          days: [],
          dates: ["2026-12-09"],
          adjustments: [],
        },
        c,
      ),
    );
    const { result } = await findTimes(
      { freeBusy: new GraphFreeBusy(c.graph), clock: { now: () => instant(TEST_NOW) } },
      input,
    );
    if (result.kind !== "found") throw new Error(JSON.stringify(result));
    expect(new Set(result.slots.map((s) => localParts(s.start, london).date))).toEqual(
      new Set([localDateFromIso("2026-12-09")]),
    );
  });
});

describe("what the find-times form asks staff to fix, next to each field", () => {
  it("says the child is missing on an empty form, with every other missing thing at its own field", async () => {
    const c = await context();
    expect(
      problemsOf(
        toFindTimesInput(
          { ...baseForm, childId: "", staff: {}, minutes: null, from: "", to: "", partySize: null },
          c,
        ),
      ),
    ).toEqual({
      child: "Choose the child this meeting is about.",
      minutes: "Give the meeting's length in minutes.",
      from: "Choose the first date to search.",
      to: "Choose the last date to search.",
      staff: "Choose at least one member of staff who must be there.",
      partySize: "Say how many people come for the family.",
    });
  });

  it("names only the field that is wrong", async () => {
    const c = await context();
    expect(problemsOf(toFindTimesInput({ ...baseForm, childId: "" }, c))).toEqual({
      child: "Choose the child this meeting is about.",
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, staff: {} }, c))).toEqual({
      staff: "Choose at least one member of staff who must be there.",
    });
    // Optional staff alone cannot make a meeting.
    expect(problemsOf(toFindTimesInput({ ...baseForm, staff: { [ME_TEST]: "optional" } }, c))).toEqual({
      staff: "Choose at least one member of staff who must be there.",
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, familyZone: "Mars/Olympus" }, c))).toEqual({
      familyZone: '"Mars/Olympus" is not a time zone name like Europe/London.',
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, familyZone: " " }, c))).toEqual({
      familyZone: "Give the family's time zone, like Europe/London.",
    });
  });

  it("refuses a length of 0, -5, 1.5 or 500 minutes instead of changing it", async () => {
    const c = await context();
    const lengthProblem = (minutes: number) =>
      problemsOf(toFindTimesInput({ ...baseForm, minutes }, c)).minutes;
    expect(lengthProblem(0)).toBe("A meeting must last at least 5 minutes.");
    expect(lengthProblem(-5)).toBe("A meeting must last at least 5 minutes.");
    expect(lengthProblem(1.5)).toBe("Give the length in whole minutes, such as 45 or 60.");
    expect(lengthProblem(500)).toBe("A meeting can last at most 240 minutes (4 hours).");
    expect(lengthProblem(241)).toBe("A meeting can last at most 240 minutes (4 hours).");
    expect(inputOf(toFindTimesInput({ ...baseForm, minutes: 240 }, c)).meeting.minutes).toBe(240);
    expect(inputOf(toFindTimesInput({ ...baseForm, minutes: 5 }, c)).meeting.minutes).toBe(5);
  });

  it("refuses a party of 0, -1, 2.5 or 21 people instead of changing it", async () => {
    const c = await context();
    const partyProblem = (partySize: number) =>
      problemsOf(toFindTimesInput({ ...baseForm, partySize }, c)).partySize;
    expect(partyProblem(0)).toBe("At least 1 person comes for the family.");
    expect(partyProblem(-1)).toBe("At least 1 person comes for the family.");
    expect(partyProblem(2.5)).toBe("Give the number of people as a whole number.");
    expect(partyProblem(21)).toBe("Count at most 20 people for the family.");
    expect(inputOf(toFindTimesInput({ ...baseForm, partySize: 1 }, c)).family.partySize).toBe(1);
  });

  it("says dates in the past are in the past, instead of blaming holidays", async () => {
    const c = await context(); // today at the school is Monday 23 November 2026
    expect(problemsOf(toFindTimesInput({ ...baseForm, from: "2026-11-02", to: "2026-11-20" }, c))).toEqual({
      from: "The dates to search are in the past: choose dates from tomorrow on.",
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, from: "2026-11-23", to: "2026-11-23" }, c))).toEqual({
      from: "The dates to search are in the past: choose dates from tomorrow on.",
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, from: "2026-11-20", to: "2026-12-04" }, c))).toEqual({
      from: "The first date is in the past: choose a date from tomorrow on.",
    });
    expect(
      inputOf(toFindTimesInput({ ...baseForm, from: "2026-11-24", to: "2026-11-24" }, c)).search,
    ).toEqual({
      first: localDateFromIso("2026-11-24"),
      last: localDateFromIso("2026-11-24"),
    });
  });

  it("asks for a last date on or after the first, and at most 62 days of searching", async () => {
    const c = await context();
    expect(problemsOf(toFindTimesInput({ ...baseForm, from: "2026-12-01", to: "2026-11-30" }, c))).toEqual({
      to: "The last date must be on or after the first date.",
    });
    expect(problemsOf(toFindTimesInput({ ...baseForm, from: "2026-11-24", to: "2027-01-25" }, c))).toEqual({
      to: "Search at most 62 days at a time: choose an earlier last date.",
    });
    expect(
      inputOf(toFindTimesInput({ ...baseForm, from: "2026-11-24", to: "2027-01-24" }, c)).search.last,
    ).toBe(localDateFromIso("2027-01-24"));
    expect(problemsOf(toFindTimesInput({ ...baseForm, to: "2026-02-31" }, c))).toEqual({
      to: "Choose the last date to search.",
    });
  });
});
