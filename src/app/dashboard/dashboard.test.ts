import { beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../../../tests/support/demoTenantServer";
import { meetingWorld, SITE, SPLIT_FAMILY } from "../../../tests/support/meetingWorld";
import { GraphSchoolSettings } from "../../adapters/graph/records/schoolSettings";
import { SiteRef } from "../../adapters/graph/site";
import type { FamilyRow } from "../../domain/families/misCsv";
import { bookedMeeting } from "../../domain/meetings/testing/meetingFixture";
import { DAY_MS, instant } from "../../domain/time/instant";
import { ianaZone } from "../../domain/time/zone";
import { dashboard } from "./dashboard";

/*
 * The team's dashboard over the production Graph adapters, against the demo tenant (msw).
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

const other: FamilyRow = {
  ...(SPLIT_FAMILY[0] as FamilyRow),
  childId: "GP7000",
  childName: "Rowan Moss",
  yearGroup: "P7",
  carerName: "Kim Moss",
  carerEmail: "kim.moss@example.net",
  household: "",
};

async function built() {
  const w = await world.setUp([...SPLIT_FAMILY, other]);
  const schoolSettings = new GraphSchoolSettings(w.graph, new SiteRef(w.graph, SITE));
  const board = dashboard({
    directory: w.directory,
    records: w.records,
    schoolSettings,
    clock: w.deps.clock,
    schoolZone: ianaZone("Europe/London"),
  });
  return { w, board, schoolSettings };
}

describe("the dashboard", () => {
  it("shows an open offer with its wait, reviews due, and a P7 child with no transition planning", {
    timeout: 30_000,
  }, async () => {
    const { w, board } = await built();
    await w.offers.send(w.draft);
    ctx.now += 4 * DAY_MS;
    const view = await board.load({ kind: "caseload" });
    expect(view.openOffers.map((o) => [o.childId, o.waitingDays])).toEqual([[w.draft.childId, 4]]);
    expect(view.reviewsDue.map((a) => a.child.id).sort()).toEqual([w.draft.childId, "GP7000"].sort());
    expect(view.transitions.map((t) => [t.child.id, t.stage])).toEqual([["GP7000", "primaryToSecondary"]]);
    expect(view.overdueActions).toBeUndefined();
    expect(view.reviewEveryDays).toBe(122);
  });

  it("narrows to a year group, and reads the review cadence from the school's profile", {
    timeout: 30_000,
  }, async () => {
    const { w, board, schoolSettings } = await built();
    const profile = await schoolSettings.profile();
    if (!profile) throw new Error("The world has no school profile");
    await schoolSettings.saveProfile({ ...profile, reviewsPerYear: 6 });
    await w.store.create(
      bookedMeeting(instant(TEST_NOW - 80 * DAY_MS), { childId: "GP7000", status: "held" }),
    );
    const view = await board.load({ kind: "year", yearGroup: "P7" });
    expect([...view.children.keys()]).toEqual(["GP7000"]);
    expect(view.reviewEveryDays).toBe(61);
    // Held 80 days ago: due every 61 days, so due; three a year would not be.
    expect(view.reviewsDue.map((a) => [a.child.id, a.daysSinceReview])).toEqual([["GP7000", 80]]);
  });
});
