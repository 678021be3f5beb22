import type * as G from "@microsoft/microsoft-graph-types";
import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { LIST_MESSAGES } from "../../demo-tenant/handlers/listMessages";
import { SiteRef } from "../site";
import { GraphRecords } from "./records";
import { GraphRecordsSetup } from "./setup";

const { ctx, reset } = serveDemoTenant();
const SITE = "commonground.sharepoint.com:/sites/pastoral";

/** Fills CG Timeline with 10,000 entries across 400 children, as a school's list grows over years. */
async function largeTimeline() {
  const graph = ctx.transport();
  const site = new SiteRef(graph, SITE);
  await new GraphRecordsSetup(graph, site).provision(() => undefined);
  const list = ctx.tenant.snapshot.sites[0]?.lists.find((l) => l.list.displayName === "CG Timeline");
  if (!list) throw new Error("no timeline list");
  for (let i = 0; i < 10_000; i++) {
    const id = String(list.nextItemId++);
    const fields = {
      ChildId: `GP${2000 + (i % 400)}`,
      EntryDate: new Date(Date.UTC(2020, 0, 1) + i * 3_600_000).toISOString(),
      Kind: i % 3 ? "note" : "offer",
      Summary: `Entry ${i}`,
      Details: "",
      MeetingRef: "",
    };
    list.items.push({ id, eTag: `"x,${id}"`, fields: fields as G.FieldValueSet });
  }
  return { graph, site, listPath: await site.listPath("CG Timeline") };
}

beforeEach(reset);

describe("the 5,000-item list view threshold", () => {
  it("refuses a filter on an unindexed column exactly as Graph does", async () => {
    const { graph, listPath } = await largeTimeline();
    const filter = encodeURIComponent("fields/Kind eq 'note'");
    const plain = graph.request({
      method: "GET",
      path: `${listPath}/items?$expand=fields&$filter=${filter}`,
    });
    await expect(plain).rejects.toMatchObject({
      code: "listThreshold",
      status: 400,
      message: `400 invalidRequest: ${LIST_MESSAGES.notIndexed("Kind")}`,
    });
    const forced = graph.request({
      method: "GET",
      path: `${listPath}/items?$expand=fields&$filter=${filter}`,
      headers: { Prefer: "HonorNonIndexedQueriesWarningMayFailRandomly" },
    });
    // Graph reports the threshold as throttling; retrying cannot help, and the attempts are bounded.
    await expect(forced).rejects.toMatchObject({
      code: "throttled",
      status: LIST_MESSAGES.thresholdStatus,
    });
  });

  it("our timeline query filters on the indexed ChildId and reads one child's 25 entries from 10,000", async () => {
    const { graph, site } = await largeTimeline();
    const entries = await new GraphRecords(graph, site).timeline("GP2007");
    expect(entries).toHaveLength(25);
    expect(entries.every((e) => e.childId === "GP2007")).toBe(true);
    expect(entries.map((e) => e.at)).toEqual([...entries.map((e) => e.at)].sort((a, b) => a - b));
  });
});
