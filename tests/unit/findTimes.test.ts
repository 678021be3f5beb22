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
import { toFindTimesInput } from "../../src/features/find-times/findTimesForm";
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
  };
}

const baseForm = {
  childId: "GP1001",
  typeId: "supportPlanReview" as const,
  minutes: 60,
  format: "inPerson" as const,
  from: "2026-11-24",
  to: "2027-01-04",
  picks: ["afterSchool" as const],
  days: [2 as const, 4 as const],
  dates: [],
  avoidDates: [],
  adjustments: ["stepFree" as const],
  familyZone: "Europe/London",
  partySize: 2,
  staff: {
    "aileen.macrae@glenmore.example.org": "required" as const,
    "jamie.campbell@glenmore.example.org": "required" as const,
    "tom.okafor@glenmore.example.org": "required" as const,
    "nadia.haddad@glenmore.example.org": "optional" as const,
  },
};

describe("findTimes over the demo school through the Graph layer", () => {
  it("offers only Tuesday or Thursday times after 3pm, in step-free rooms, with every required person free", async () => {
    const c = await context();
    const input = toFindTimesInput(baseForm, c);
    if (typeof input === "string") throw new Error(input);
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

  it("asks for what to fix before searching", async () => {
    const c = await context();
    expect(toFindTimesInput({ ...baseForm, staff: {} }, c)).toBe(
      "Choose at least one member of staff who must be there.",
    );
    expect(toFindTimesInput({ ...baseForm, to: "2026-11-01" }, c)).toBe(
      "Choose the dates to search, with the last date on or after the first.",
    );
    expect(toFindTimesInput({ ...baseForm, familyZone: "Mars/Olympus" }, c)).toBe(
      '"Mars/Olympus" is not a time zone name like Europe/London.',
    );
  });

  it("adds interpreting time and makes an online need hybrid", async () => {
    const c = await context();
    const input = toFindTimesInput({ ...baseForm, adjustments: ["interpreter", "online", "hearingLoop"] }, c);
    if (typeof input === "string") throw new Error(input);
    expect(input.meeting).toEqual({ format: "hybrid", minutes: 60, extraMinutes: 30 });
    expect(input.roomFeatures).toEqual(["hearingLoop"]);
    expect(input.search).toEqual({
      first: localDateFromIso("2026-11-24"),
      last: localDateFromIso("2027-01-04"),
    });
  });

  it("offers a specific date the family gave, at any school time", async () => {
    const c = await context();
    const input = toFindTimesInput(
      {
        ...baseForm,
        staff: { [ME_TEST]: "required" as const },
        picks: [],
        days: [],
        dates: ["2026-12-09"],
        adjustments: [],
      },
      c,
    );
    if (typeof input === "string") throw new Error(input);
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
