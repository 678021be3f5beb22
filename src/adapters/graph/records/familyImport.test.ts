import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { serveDemoTenant } from "../../../../tests/support/demoTenantServer";
import { settle, useFakeTimeouts } from "../../../../tests/support/fakeTime";
import { forgotten, remembered } from "../../../domain/adjustments/standing";
import { type FamilyRow, parseFamiliesCsv } from "../../../domain/families/misCsv";
import { instant } from "../../../domain/time/instant";
import { misExportCsv } from "../../demo-tenant/seed/families";
import { prng } from "../../demo-tenant/seed/prng";
import { GraphDirectory } from "../directory";
import { SiteRef } from "../site";
import { GraphFamilyContacts } from "./familyImport";
import { GraphRecordsSetup } from "./setup";

const { ctx, reset } = serveDemoTenant();
beforeEach(reset);

async function services() {
  const graph = ctx.transport();
  const site = new SiteRef(graph, "commonground.sharepoint.com:/sites/pastoral");
  await new GraphRecordsSetup(graph, site).provision(() => undefined);
  return { families: new GraphFamilyContacts(graph, site), directory: new GraphDirectory(graph, site) };
}

const carer = (childId: string, name: string, household: string, apart?: boolean): FamilyRow => ({
  childId,
  childName: `Child ${childId}`,
  yearGroup: "P3",
  classTeacherEmail: "",
  carerName: name,
  relationship: "Parent",
  carerEmail: `${name.toLowerCase()}@example.net`,
  preferredLanguage: "en",
  timeZone: "",
  household,
  standingAdjustments: [],
  keepHouseholdsApart: apart,
});

/** The stored KeepHouseholdsApart of each carer row, by carer name. */
function stored(): Record<string, unknown> {
  const list = ctx.tenant.snapshot.sites[0]?.lists.find((l) => l.list.displayName === "CG Family Contacts");
  return Object.fromEntries(
    (list?.items ?? []).map((i) => {
      const f = i.fields as Record<string, unknown>;
      return [f.CarerName, f.KeepHouseholdsApart];
    }),
  );
}

const apartOf = async (directory: GraphDirectory) =>
  Object.fromEntries((await directory.children()).map((c) => [c.id, c.keepHouseholdsApart]));

describe("keep households apart, through the demo tenant", () => {
  it("imports the demo MIS export with two split families kept apart and the rest not", async () => {
    const { families, directory } = await services();
    const { rows, problems } = parseFamiliesCsv(misExportCsv(prng(20_261_122)));
    expect(problems).toEqual([]);
    expect((await families.importRows(rows)).failed).toEqual([]);
    const apart = (await directory.children()).filter((c) => c.keepHouseholdsApart).map((c) => c.id);
    expect(apart).toEqual(["GP1013", "GP1038"]);
    const households = new Set((await directory.carers("GP1003")).map((c) => c.household));
    expect(households.size).toBe(2);
    expect((await directory.children()).find((c) => c.id === "GP1003")?.keepHouseholdsApart).toBe(false);
  });

  it("import, then setKeepHouseholdsApart on every row of the child, then children() reads it back", async () => {
    const { families, directory } = await services();
    await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2"), carer("GP2", "Bea", "1")]);
    expect(await apartOf(directory)).toEqual({ GP1: false, GP2: false });
    expect(stored()).toEqual({ Ann: false, Rob: false, Bea: false });

    ctx.tenant.resetRequestLog();
    await families.setKeepHouseholdsApart("GP1", true);
    // One read of the child's rows (filtered on the indexed ChildId), one $batch with both updates.
    expect(ctx.tenant.requestLog.map((r) => `${r.method} ${r.path} ${r.batched ?? ""}`.trim())).toEqual([
      expect.stringMatching(/^GET \/sites\/.+\/lists\/CG Family Contacts\/items$/),
      "POST /$batch 2",
    ]);
    expect(stored()).toEqual({ Ann: true, Rob: true, Bea: false });
    expect(await apartOf(directory)).toEqual({ GP1: true, GP2: false });

    await families.setKeepHouseholdsApart("GP1", false);
    expect(await apartOf(directory)).toEqual({ GP1: false, GP2: false });
  });

  it("sends If-Match, so a concurrent edit of a row is a conflict", async () => {
    const { families, directory } = await services();
    await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2")]);
    ctx.tenant.injectFault({ kind: "conflict", path: /\/items\/1\/fields$/ });
    await expect(families.setKeepHouseholdsApart("GP1", true)).rejects.toMatchObject({ code: "conflict" });
    // The row that saved stays saved; the child reads as kept apart (the safe side) until fixed.
    expect(stored()).toEqual({ Ann: false, Rob: true });
    expect(await apartOf(directory)).toEqual({ GP1: true });
    await families.setKeepHouseholdsApart("GP1", true);
    expect(stored()).toEqual({ Ann: true, Rob: true });
  });

  it("an import that does not say leaves the flag alone; one that says no clears it on every row", async () => {
    const { families, directory } = await services();
    await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2")]);
    await families.setKeepHouseholdsApart("GP1", true);
    const again = await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2")]);
    expect(again).toEqual({ added: 0, updated: 0, unchanged: 2, failed: [] });
    // A new carer of a child kept apart is kept apart too.
    await families.importRows([carer("GP1", "Gran", "3")]);
    expect(stored()).toEqual({ Ann: true, Rob: true, Gran: true });
    // "no" for the child on one row clears every row, also the carers not in this file.
    const cleared = await families.importRows([carer("GP1", "Ann", "1", false)]);
    expect(cleared).toEqual({ added: 0, updated: 3, unchanged: 0, failed: [] });
    expect(stored()).toEqual({ Ann: false, Rob: false, Gran: false });
    expect(await apartOf(directory)).toEqual({ GP1: false });
  });

  it("stores a carer listed twice once and never stores a formula, whoever hands it the rows", async () => {
    const { families } = await services();
    const ann = carer("GP1", "Ann", "1");
    const result = await families.importRows([
      ann,
      { ...ann, carerEmail: "ANN@example.net" },
      { ...carer("GP2", "Bea", "1"), relationship: '=HYPERLINK("http://x.example","Bea")' },
    ]);
    expect(result).toEqual({
      added: 1,
      updated: 0,
      unchanged: 0,
      failed: [
        "Ann (Child GP1): listed twice; saved once",
        "Bea (Child GP2): Relationship starts like a spreadsheet formula",
      ],
    });
    expect(stored()).toEqual({ Ann: false });
  });
});

describe("an import whose answer is lost", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("a $batch that committed and timed out: every row counted once, none written twice", async () => {
    useFakeTimeouts();
    const { families } = await services();
    await families.importRows([carer("GP1", "Ann", "1")]);
    ctx.tenant.injectFault({ kind: "timeoutAfterCommit", method: "POST", path: /^\/\$batch$/ });
    const result = await settle(
      families.importRows([carer("GP1", "Ann", "2"), carer("GP1", "Rob", "2"), carer("GP2", "Bea", "1")]),
      1000,
    );
    expect(result).toEqual({ added: 2, updated: 1, unchanged: 0, failed: [] });
    expect(Object.keys(stored()).sort()).toEqual(["Ann", "Bea", "Rob"]);
  });

  it("a row left out of the $batch's answer is found by its WriteKey, not added again", async () => {
    const { families } = await services();
    ctx.tenant.injectFault({ kind: "missingFromBatch", method: "POST", path: /CG Family Contacts\/items$/ });
    const result = await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2")]);
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0, failed: [] });
    const list = ctx.tenant.snapshot.sites[0]?.lists.find((l) => l.list.displayName === "CG Family Contacts");
    expect(list?.items).toHaveLength(2);
  });

  it("a row refused with 503 before it ran is sent once more", async () => {
    const { families } = await services();
    ctx.tenant.injectFault({ kind: "unavailable", method: "POST", path: /CG Family Contacts\/items$/ });
    const result = await families.importRows([carer("GP1", "Ann", "1"), carer("GP1", "Rob", "2")]);
    expect(result).toEqual({ added: 2, updated: 0, unchanged: 0, failed: [] });
    expect(Object.keys(stored()).sort()).toEqual(["Ann", "Rob"]);
  });
});

describe("standing adjustments and the MIS import", () => {
  it("one removed at the family's request stays removed when the same export is imported again", async () => {
    const { families, directory } = await services();
    const row = {
      ...carer("GP1", "Ann", "1"),
      standingAdjustments: ["Interpreter (Polish)", "Step-free access"],
    };
    await families.importRows([row]);
    const [ann] = await directory.carers("GP1");
    if (!ann) throw new Error("Ann was not imported");
    expect(ann.standing?.map((s) => s.kind)).toEqual(["interpreter", "stepFree"]);

    const at = instant(Date.UTC(2026, 10, 24, 10));
    await families.updateStandingAdjustments("GP1", ann.id, (r) =>
      forgotten(r, "stepFree", { removedBy: "Aileen MacRae", at }),
    );
    const result = await families.importRows([row]);
    expect(result.failed).toEqual([]);
    const [after] = await directory.carers("GP1");
    expect(after?.standing?.map((s) => s.kind)).toEqual(["interpreter"]);
    expect(after?.standingRemoved).toEqual([{ kind: "stepFree", removedBy: "Aileen MacRae", at }]);

    // Asked for again (with consent), it is kept again and no longer listed as removed.
    await families.updateStandingAdjustments("GP1", ann.id, (r) =>
      remembered(r, {
        kind: "stepFree",
        detail: "",
        consent: { givenBy: "Ann", at, how: "phone", recordedBy: "Aileen MacRae" },
      }),
    );
    await families.importRows([row]);
    const [again] = await directory.carers("GP1");
    expect(again?.standing?.map((s) => s.kind)).toEqual(["interpreter", "stepFree"]);
    expect(again?.standingRemoved).toEqual([]);
  });

  it("removing the only one leaves the removal on record, so the import does not bring it back", async () => {
    const { families, directory } = await services();
    const row = { ...carer("GP2", "Bea", "1"), standingAdjustments: ["Hearing loop"] };
    await families.importRows([row]);
    const [bea] = await directory.carers("GP2");
    if (!bea) throw new Error("Bea was not imported");
    await families.updateStandingAdjustments("GP2", bea.id, (r) =>
      forgotten(r, "hearingLoop", { removedBy: "Jamie Campbell", at: instant(5_000) }),
    );
    await families.importRows([row]);
    const [after] = await directory.carers("GP2");
    expect(after?.standing).toEqual([]);
    expect(after?.standingAdjustments).toEqual([]);
    expect(after?.standingRemoved?.map((r) => [r.kind, r.removedBy])).toEqual([
      ["hearingLoop", "Jamie Campbell"],
    ]);
  });
});
