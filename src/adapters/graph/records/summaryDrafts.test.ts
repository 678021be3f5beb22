import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { isServiceError } from "../../../domain/errors";
import { instant } from "../../../domain/time/instant";
import { SiteRef } from "../site";
import { GraphRecordsSetup } from "./setup";
import { GraphSummaryDrafts } from "./summaryDrafts";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

async function drafts() {
  const graph = ctx.transport({ timeoutMs: 5_000 });
  const site = new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral");
  await new GraphRecordsSetup(graph, site).provision(() => undefined);
  return new GraphSummaryDrafts(graph, site);
}

const write = (data: string, savedBy: string) => ({
  id: "",
  meetingRef: "m1",
  childId: "GP1001",
  data,
  savedBy,
  savedAt: instant(1_000),
});

describe("summary drafts saved from two pages", () => {
  it("a first save from a page opened before another page's first save is a conflict, not a second draft", async () => {
    const a = await drafts();
    const b = await drafts();
    const first = await a.save(write("A", "Aileen"), undefined);
    const second = await b.save(write("B", "Jamie"), undefined).catch((e: unknown) => e);
    expect(isServiceError(second, "conflict")).toBe(true);
    const stored = await b.load("m1");
    expect(stored).toMatchObject({ id: first.id, version: first.version, data: "A", savedBy: "Aileen" });
  });

  it("a save over a stale version is a conflict; over the current one it goes through", async () => {
    const a = await drafts();
    const first = await a.save(write("A", "Aileen"), undefined);
    const next = await a.save({ ...write("A2", "Aileen"), id: first.id }, first.version);
    const stale = await a
      .save({ ...write("B", "Jamie"), id: first.id }, first.version)
      .catch((e: unknown) => e);
    expect(isServiceError(stale, "conflict")).toBe(true);
    await a.save({ ...write("B", "Jamie"), id: first.id }, next.version);
    expect((await a.load("m1"))?.data).toBe("B");
  });
});
