import { beforeEach, describe, expect, it } from "vitest";
import { TEST_NOW } from "../../../tests/support/demoTenantServer";
import { meetingWorld, SITE, SPLIT_FAMILY } from "../../../tests/support/meetingWorld";
import { GraphFamilyContacts } from "../../adapters/graph/records/familyImport";
import { GraphSchoolSettings } from "../../adapters/graph/records/schoolSettings";
import { SiteRef } from "../../adapters/graph/site";
import type { FamilyRow } from "../../domain/families/misCsv";
import { bookedMeeting } from "../../domain/meetings/testing/meetingFixture";
import { DAY_MS, instant } from "../../domain/time/instant";
import { cachedReads } from "../cachedReads";
import { childrenOverview } from "./childrenOverview";

/*
 * The children overview over the production Graph adapters, against the demo tenant (msw).
 */

const world = meetingWorld();
const { ctx } = world;
beforeEach(world.reset);

/** `n` more families of one carer each, one with a standing adjustment. */
function families(n: number): FamilyRow[] {
  return Array.from({ length: n }, (_, i) => ({
    ...(SPLIT_FAMILY[0] as FamilyRow),
    childId: `GP${7000 + i}`,
    childName: `Child ${String(i).padStart(3, "0")}`,
    carerName: `Carer ${i}`,
    carerEmail: `carer${i}@example.net`,
    household: "",
    standingAdjustments: i === 0 ? ["Hearing loop"] : [],
  }));
}

/** A review meeting, held (or booked) `daysAgo` days before the tenant's first day (tests move the clock on). */
function review(childId: string, daysAgo: number, status: "held" | "booked" | "cancelled" = "held") {
  const start = instant(TEST_NOW - daysAgo * DAY_MS);
  return bookedMeeting(start, { childId, status });
}

async function overviewWith(extra: readonly FamilyRow[]) {
  const w = await world.setUp([
    ...SPLIT_FAMILY.map((r) => ({
      ...r,
      keepHouseholdsApart: true,
      standingAdjustments: ["Interpreter (Polish)"],
    })),
    ...extra,
  ]);
  return {
    ...w,
    overview: childrenOverview({ directory: w.directory, records: w.records, clock: w.deps.clock }),
  };
}

/** Graph requests the demo tenant answered while `work` ran. */
async function requestsDuring<T>(work: () => Promise<T>): Promise<{ value: T; requests: number }> {
  ctx.tenant.resetRequestLog();
  const value = await work();
  return { value, requests: ctx.tenant.requestCount };
}

describe("children overview", () => {
  it("shows households kept apart, standing adjustments, an open offer and reviews due", {
    timeout: 30_000,
  }, async () => {
    const w = await overviewWith(families(2));
    ctx.now += 3 * DAY_MS + 3_600_000;
    await w.offers.send(w.draft);
    ctx.now += 2 * DAY_MS;
    await w.store.create(review("GP7000", 100));
    await w.store.create(review("GP7001", 200));
    await w.store.create(review("GP7001", 20, "cancelled"));
    const list = await w.overview.load();
    const shown = list.map((a) => ({
      id: a.child.id,
      households: a.households,
      apart: a.keptApart,
      adjustments: a.standingAdjustments,
      offerDays: a.openOffer?.waitingDays,
      due: a.reviewDue,
      since: a.daysSinceReview,
    }));
    expect(shown).toEqual([
      {
        id: "GP7000",
        households: 1,
        apart: false,
        adjustments: ["Hearing loop"],
        offerDays: undefined,
        due: false,
        since: 105,
      },
      {
        id: "GP7001",
        households: 1,
        apart: false,
        adjustments: [],
        offerDays: undefined,
        due: true,
        since: 205,
      },
      {
        id: "GP9001",
        households: 2,
        apart: true,
        adjustments: ["Interpreter (Polish)"],
        offerDays: 2,
        due: true,
        since: undefined,
      },
    ]);
  });

  it("reads every carer in one paged read: the same few requests for 3 children as for 300", {
    timeout: 60_000,
  }, async () => {
    const few = await overviewWith(families(2));
    const small = await requestsDuring(() => few.overview.load());
    expect(small.value).toHaveLength(3);
    await world.reset();
    const many = await overviewWith(families(299));
    const large = await requestsDuring(() => many.overview.load());
    expect(large.value).toHaveLength(300);
    expect(large.requests).toBe(small.requests);
    // The site once, then children, carers and meetings side by side in one `$batch`.
    expect(ctx.tenant.requestLog).toEqual([
      { method: "GET", path: "/sites/commonground.sharepoint.com:/sites/pastoral" },
      { method: "POST", path: "/$batch", batched: 3 },
    ]);
  });

  it("through the read cache, shows a carer added by import on the next load", async () => {
    const w = await overviewWith([]);
    const site = new SiteRef(w.graph, SITE);
    const reads = cachedReads(
      {
        directory: w.directory,
        schoolSettings: new GraphSchoolSettings(w.graph, site),
        families: new GraphFamilyContacts(w.graph, site),
        records: w.records,
      },
      { user: "aileen" },
    );
    const overview = childrenOverview({
      directory: reads.directory,
      records: w.records,
      clock: w.deps.clock,
    });
    expect((await overview.load()).map((a) => a.households)).toEqual([2]);
    await reads.families.importRows([
      {
        ...(SPLIT_FAMILY[0] as FamilyRow),
        carerName: "Omar Aziz",
        carerEmail: "omar@example.net",
        household: "3",
      },
    ]);
    expect((await overview.load()).map((a) => a.households)).toEqual([3]);
  });
});
