import { beforeEach, describe, expect, it } from "vitest";
import { DEMO_SIGN_IN, prepareDemoRecords, resetDemoSchool } from "../../src/app/demoRecords";
import { graphServices } from "../../src/app/graphServices";
import { instant } from "../../src/domain/time/instant";
import { serveDemoTenant } from "../support/demoTenantServer";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

const SITE = "commonground.sharepoint.com:/sites/pastoral";

describe("Reset demo", () => {
  it("never leaves a screen reading meanwhile without its lists, and ends with the seeded school", async () => {
    const g = graphServices(DEMO_SIGN_IN, SITE, { sleep: async () => undefined });
    await prepareDemoRecords(g);
    await g.records.addTimelineEntry({
      childId: "GP1001",
      at: instant(ctx.now),
      kind: "note",
      summary: "Made before the reset",
      details: "",
      meetingRef: "",
      key: "",
    });
    let resetting = true;
    const resetDone = resetDemoSchool(ctx.tenant, SITE).finally(() => {
      resetting = false;
    });
    // Settings, open meanwhile, keeps checking the lists and reading the school's profile.
    const seen: string[] = [];
    while (resetting) {
      const [status, profile] = await Promise.all([g.setup.status(), g.schoolSettings.profile()]);
      seen.push(`${status.ready} ${profile?.name}`);
    }
    await resetDone;
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(new Set(seen)).toEqual(new Set(["true Glenmore Primary School"]));
    expect(await g.records.timeline("GP1001")).toEqual([]);
    expect((await g.setup.status()).ready).toBe(true);
    expect(await g.directory.children()).toHaveLength(44);
  });
});
