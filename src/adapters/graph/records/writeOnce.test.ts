import type * as G from "@microsoft/microsoft-graph-types";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { settle, useFakeTimeouts } from "../../../../tests/support/fakeTime";
import { instant } from "../../../domain/time/instant";
import { SiteRef } from "../site";
import { GraphRecords } from "./records";
import { GraphSchoolSettings } from "./schoolSettings";
import { GraphRecordsSetup } from "./setup";

const { ctx, reset } = serveDemoTenant();
beforeEach(async () => {
  useFakeTimeouts();
  await reset();
});
afterEach(() => {
  vi.useRealTimers();
});

async function records() {
  const graph = ctx.transport({ timeoutMs: 5_000 });
  const site = new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral");
  await new GraphRecordsSetup(graph, site).provision(() => undefined);
  return new GraphRecords(graph, site);
}

const items = (list: string): G.ListItem[] =>
  ctx.tenant.snapshot.sites[0]?.lists.find((l) => l.list.displayName === list)?.items ?? [];
const fieldsOf = (item: G.ListItem | undefined) => (item?.fields ?? {}) as Record<string, unknown>;

const entry = {
  childId: "GP1001",
  at: instant(1_000),
  kind: "note" as const,
  summary: "Phoned home",
  details: "",
  meetingRef: "m1",
  key: "m1:note",
};

describe("list writes whose answer is lost", () => {
  it("a timeline POST that committed and timed out is found by its WriteKey, not written again", async () => {
    const r = await records();
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /CG Timeline\/items$/ });
    const written = await settle(r.addTimelineEntry(entry), 1000);
    const stored = items("CG Timeline");
    expect(stored).toHaveLength(1);
    expect(written.id).toBe(stored[0]?.id);
    expect(fieldsOf(stored[0]).WriteKey).toMatch(/^[0-9a-f-]{36}$/);
    // The POST, then one look-up (filtered on the indexed WriteKey column), and nothing more.
    expect(ctx.tenant.requestLog.slice(-2).map((q) => q.method)).toEqual(["POST", "GET"]);
  });

  it("a POST refused with 503 before it ran is looked up, not found, and sent once more", async () => {
    const r = await records();
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /CG Timeline\/items$/ });
    await r.addTimelineEntry(entry);
    expect(items("CG Timeline")).toHaveLength(1);
    expect(ctx.sleeps).toEqual([]);
  });

  it("a record create that timed out after committing is adopted: no orphan", async () => {
    const r = await records();
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /CG Meetings\/items$/ });
    const made = await settle(
      r.saveMeeting({ id: "", childId: "GP1001", status: "offering", updatedAt: instant(1), data: "{}" }, ""),
      1000,
    );
    expect(items("CG Meetings").map((i) => [i.id, i.eTag])).toEqual([[made.id, made.version]]);
  });

  it("a conditional PATCH that committed and timed out is our own save, not someone else's change", async () => {
    const r = await records();
    const made = await r.saveMeeting(
      { id: "", childId: "GP1001", status: "offering", updatedAt: instant(1), data: '{"v":1}' },
      undefined,
    );
    ctx.tenant.injectFault({
      kind: "timeoutAfterCommit",
      method: "PATCH",
      path: /CG Meetings\/items\/\d+\/fields$/,
    });
    const saved = await settle(
      r.saveMeeting(
        { id: made.id, childId: "GP1001", status: "offered", updatedAt: instant(2), data: '{"v":2}' },
        made.version,
      ),
      1000,
    );
    const [item] = items("CG Meetings");
    expect(saved.version).toBe(item?.eTag);
    expect(saved.version).not.toBe(made.version);
    expect(fieldsOf(item)).toMatchObject({ Status: "offered", Data: '{"v":2}' });
    // Not repeated: one PATCH, then one read back.
    expect(ctx.tenant.requestLog.filter((q) => q.method === "PATCH")).toHaveLength(1);
  });

  it("a timed-out PATCH whose item someone else changed meanwhile is reported as a conflict", async () => {
    const r = await records();
    const made = await r.saveMeeting(
      { id: "", childId: "GP1001", status: "offering", updatedAt: instant(1), data: '{"v":1}' },
      undefined,
    );
    ctx.tenant.injectFault({
      kind: "timeoutAfterCommit",
      method: "PATCH",
      path: /CG Meetings\/items\/\d+\/fields$/,
    });
    const saving = r.saveMeeting(
      { id: made.id, childId: "GP1001", status: "offered", updatedAt: instant(2), data: '{"v":2}' },
      made.version,
    );
    // A colleague saves over it while our answer is held back.
    await vi.advanceTimersByTimeAsync(1000);
    const [item] = items("CG Meetings");
    if (!item) throw new Error("no item");
    item.fields = { ...item.fields, Status: "cancelled", WriteKey: "theirs" } as G.FieldValueSet;
    item.eTag = `${item.eTag}-theirs`;
    await expect(settle(saving, 1000)).rejects.toMatchObject({ code: "conflict", status: 412 });
  });

  it("a PATCH refused with 503 before it ran is read back unchanged and sent again once", async () => {
    const r = await records();
    const made = await r.saveMeeting(
      { id: "", childId: "GP1001", status: "offering", updatedAt: instant(1), data: '{"v":1}' },
      undefined,
    );
    ctx.tenant.injectFault({
      kind: "unavailable",
      method: "PATCH",
      path: /CG Meetings\/items\/\d+\/fields$/,
    });
    const saved = await r.saveMeeting(
      { id: made.id, childId: "GP1001", status: "offered", updatedAt: instant(2), data: '{"v":2}' },
      made.version,
    );
    const [item] = items("CG Meetings");
    expect(fieldsOf(item).Status).toBe("offered");
    expect(saved.version).toBe(item?.eTag);
    expect(ctx.tenant.requestLog.map((q) => q.method).slice(-3)).toEqual(["PATCH", "GET", "PATCH"]);
  });

  it("a school setting saved twice, each answer lost after it committed, is one item with the last value", async () => {
    await records();
    const graph = ctx.transport({ timeoutMs: 5_000 });
    const settings = new GraphSchoolSettings(
      graph,
      new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral"),
    );
    const profile = {
      name: "Glenmore Primary School",
      phone: "01234 567890",
      jurisdiction: "scotland" as const,
    };
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /CG Settings\/items$/ });
    await settle(settings.saveProfile(profile), 1000);
    ctx.tenant.injectFault({
      kind: "timeoutAfterCommit",
      method: "PATCH",
      path: /CG Settings\/items\/\d+\/fields$/,
    });
    await settle(settings.saveProfile({ ...profile, phone: "01234 000000" }), 1000);
    const saved = items("CG Settings").filter((i) => fieldsOf(i).Key === "SchoolProfile");
    expect(saved).toHaveLength(1);
    expect(await settings.profile()).toEqual({ ...profile, phone: "01234 000000" });
  });
});
