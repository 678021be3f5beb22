import { beforeEach, describe, expect, it } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { parseFamiliesCsv } from "../../../domain/families/misCsv";
import { instant } from "../../../domain/time/instant";
import { misExportCsv } from "../../demo-tenant/seed/families";
import { prng } from "../../demo-tenant/seed/prng";
import { GraphDirectory } from "../directory";
import { SiteRef } from "../site";
import { GraphFamilyContacts } from "./familyImport";
import { GraphRecords } from "./records";
import { LISTS, SCHEMA_VERSION } from "./schema";
import { GraphRecordsSetup } from "./setup";

const SITE = "commonground.sharepoint.com:/sites/pastoral";
const { ctx, reset } = serveDemoTenant();

function services() {
  const graph = ctx.transport();
  const site = new SiteRef(graph, SITE);
  return {
    graph,
    site,
    setup: new GraphRecordsSetup(graph, site),
    records: new GraphRecords(graph, site),
    families: new GraphFamilyContacts(graph, site),
    directory: new GraphDirectory(graph, site),
  };
}

beforeEach(reset);

describe("records set-up", () => {
  it("creates every list with its indexed columns on an empty site, records the version, and is safe to run again", async () => {
    const { setup } = services();
    const before = await setup.status();
    expect(before.ready).toBe(false);
    expect(before.missing).toContain("Create the list CG Timeline");
    const steps: string[] = [];
    const after = await setup.provision((s) => steps.push(s));
    expect(after).toEqual({ ready: true, schemaVersion: SCHEMA_VERSION, missing: [] });
    expect(steps).toEqual([
      "Creating CG Family Contacts…",
      "Creating CG Timeline…",
      "Creating CG Meetings…",
      "Creating CG Summaries…",
      "Creating CG Settings…",
      `Recording schema version ${SCHEMA_VERSION}…`,
    ]);
    const site = ctx.tenant.snapshot.sites[0];
    const timeline = site?.lists.find((l) => l.list.displayName === "CG Timeline");
    expect(timeline?.columns.filter((c) => c.indexed).map((c) => c.name)).toEqual([
      "ChildId",
      "EntryDate",
      "MeetingRef",
      "EntryKey",
      "WriteKey",
    ]);
    const again: string[] = [];
    await setup.provision((s) => again.push(s));
    expect(again).toEqual([]);
    expect(site?.lists).toHaveLength(LISTS.length);
  });

  it("indexes a column someone un-indexed by hand", async () => {
    const { setup } = services();
    await setup.provision(() => undefined);
    const column = ctx.tenant.snapshot.sites[0]?.lists
      .find((l) => l.list.displayName === "CG Timeline")
      ?.columns.find((c) => c.name === "ChildId");
    if (!column) throw new Error("no column");
    column.indexed = false;
    expect((await setup.status()).missing).toEqual(["Index the column ChildId of CG Timeline"]);
    const steps: string[] = [];
    expect((await setup.provision((s) => steps.push(s))).ready).toBe(true);
    expect(steps).toEqual(["Indexing ChildId in CG Timeline…"]);
  });
});

describe("family contacts import", () => {
  it("imports the MIS export through $batch and then updates in place", async () => {
    const { setup, families, directory } = services();
    await setup.provision(() => undefined);
    const { rows, problems } = parseFamiliesCsv(misExportCsv(prng(7)));
    expect(problems).toEqual([]);
    const first = await families.importRows(rows);
    expect(first).toEqual({ added: rows.length, updated: 0, unchanged: 0, failed: [] });
    const children = await directory.children();
    expect(children).toHaveLength(44);
    const changed = rows.map((r, i) => (i === 0 ? { ...r, preferredLanguage: "gd" } : r));
    expect(await families.importRows(changed)).toEqual({
      added: 0,
      updated: 1,
      unchanged: rows.length - 1,
      failed: [],
    });
    const carers = await directory.carers(rows[0]?.childId ?? "");
    expect(carers.find((c) => c.email === rows[0]?.carerEmail)?.preferredLanguage).toBe("gd");
  });
});

describe("timeline and meeting records", () => {
  it("keeps entries per child in time order", async () => {
    const { setup, records } = services();
    await setup.provision(() => undefined);
    await records.addTimelineEntry({
      childId: "GP1001",
      at: instant(2_000),
      kind: "offer",
      summary: "Times offered",
      details: "",
      meetingRef: "m1",
      key: "m1:offer",
    });
    await records.addTimelineEntry({
      childId: "GP1002",
      at: instant(1_500),
      kind: "note",
      summary: "Other child",
      details: "",
      meetingRef: "",
      key: "",
    });
    await records.addTimelineEntry({
      childId: "GP1001",
      at: instant(1_000),
      kind: "request",
      summary: "Requested",
      details: "",
      meetingRef: "m1",
      key: "m1:request",
    });
    expect((await records.timeline("GP1001")).map((e) => [e.kind, e.at])).toEqual([
      ["request", 1000],
      ["offer", 2000],
    ]);
    expect([...(await records.timelineKeys("m1"))].sort()).toEqual(["m1:offer", "m1:request"]);
    expect(await records.timelineKeys("m2")).toEqual(new Set());
  });

  it("finds meetings in any of several states with one indexed query", async () => {
    const { setup, records } = services();
    await setup.provision(() => undefined);
    const save = (status: "offered" | "booked" | "cancelled") =>
      records.saveMeeting(
        { id: "", childId: "GP1001", status, updatedAt: instant(1_000), data: "{}" },
        undefined,
      );
    const [a, b] = [await save("offered"), await save("booked"), await save("cancelled")];
    const found = await records.meetingsWithStatus(["offered", "booked"]);
    expect(found.map((m) => [m.id, m.status])).toEqual([
      [a.id, "offered"],
      [b.id, "booked"],
    ]);
    expect(await records.meetingsWithStatus([])).toEqual([]);
  });

  it("saving a meeting with a stale version is a conflict, never an overwrite", async () => {
    const { setup, records } = services();
    await setup.provision(() => undefined);
    const created = await records.saveMeeting(
      { id: "", childId: "GP1001", status: "offering", updatedAt: instant(1_000), data: '{"v":1}' },
      undefined,
    );
    const base = { id: created.id, childId: "GP1001", updatedAt: instant(2_000) };
    const mine = await records.saveMeeting({ ...base, status: "offered", data: '{"v":2}' }, created.version);
    const stale = records.saveMeeting({ ...base, status: "cancelled", data: '{"v":3}' }, created.version);
    await expect(stale).rejects.toMatchObject({ code: "conflict", status: 412 });
    const stored = await records.meeting(created.id);
    expect(stored).toMatchObject({ status: "offered", data: '{"v":2}' });
    expect(stored.version).toBe(mine.version);
  });
});
