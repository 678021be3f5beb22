import { beforeEach, describe, expect, it, vi } from "vitest";
import { type CachedReads, cachedReads, type KeyValueStorage } from "../../src/app/cachedReads";
import { prepareDemoRecords } from "../../src/app/demoRecords";
import { type GraphServices, graphServices } from "../../src/app/graphServices";
import type { FamilyRow } from "../../src/domain/families/misCsv";
import { serveDemoTenant } from "../support/demoTenantServer";
import { SITE, SPLIT_FAMILY } from "../support/meetingWorld";

const { ctx, reset } = serveDemoTenant();

/** IndexedDB's part, in memory: what the browser would keep between visits. */
function memoryStorage(): KeyValueStorage & { readonly items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: async (key) => items.get(key),
    setItem: async (key, value) => {
      items.set(key, value);
    },
    removeItem: async (key) => {
      items.delete(key);
    },
  };
}

let g: GraphServices;
let disk: ReturnType<typeof memoryStorage>;

beforeEach(async () => {
  await reset();
  g = graphServices(
    { token: async () => "test", user: () => "aileen", signOut: async () => "signedOut" },
    SITE,
    {
      sleep: async () => undefined,
    },
  );
  await prepareDemoRecords(g);
  disk = memoryStorage();
});

const open = (user = "aileen", freshMs?: number) =>
  cachedReads(g, { user, storage: disk, saveEveryMs: 5, freshMs });

/** Graph requests the demo tenant answered while `work` ran. */
async function requestsDuring(work: () => Promise<unknown>): Promise<number> {
  ctx.tenant.resetRequestLog();
  await work();
  return ctx.tenant.requestCount;
}

/** Waits until `user`'s copy on disk holds `text` (saves are gathered and happen a moment later). */
async function saved(user: string, text: string): Promise<void> {
  await vi.waitFor(() => expect(disk.items.get(`common-ground.reads.${user}`) ?? "").toContain(text));
}

describe("cached reads", () => {
  it("asks Graph once for staff, rooms and children, then answers from memory", async () => {
    const reads = open();
    const first = await requestsDuring(() =>
      Promise.all([reads.directory.staff(), reads.directory.rooms(), reads.directory.children()]),
    );
    expect(first).toBeGreaterThan(0);
    const again = await requestsDuring(() =>
      Promise.all([reads.directory.staff(), reads.directory.rooms(), reads.directory.children()]),
    );
    expect(again).toBe(0);
    expect((await reads.directory.staff()).map((s) => s.name)).toContain("Aileen MacRae");
  });

  it("shows the last visit's copy at once on the next open, and refreshes it behind the scenes", async () => {
    const before = await open().directory.children();
    await saved("aileen", before[0]?.name ?? "?");
    let children: Awaited<ReturnType<CachedReads["directory"]["children"]>> = [];
    const onOpen = await requestsDuring(async () => {
      children = await open().directory.children();
    });
    expect(onOpen).toBe(0);
    expect(children).toEqual(before);
    // A copy older than `freshMs` is still shown at once, and Graph is asked again for next time.
    ctx.tenant.resetRequestLog();
    expect(await open("aileen", 0).directory.children()).toEqual(before);
    await vi.waitFor(() => expect(ctx.tenant.requestCount).toBeGreaterThan(0));
  });

  it("keeps each member of staff's copy apart, and forgets it on clear", async () => {
    await open("aileen").directory.staff();
    await saved("aileen", "Aileen MacRae");
    const other = open("morag");
    expect(await requestsDuring(() => other.directory.staff())).toBeGreaterThan(0);
    const aileen = open("aileen");
    await aileen.clear();
    expect(disk.items.get("common-ground.reads.aileen") ?? "").not.toContain("Aileen MacRae");
    expect(await requestsDuring(() => aileen.directory.staff())).toBeGreaterThan(0);
  });

  it("never keeps carers' addresses on disk, and reads them afresh in a new visit", async () => {
    const reads = open();
    const [child] = await reads.directory.children();
    if (!child) throw new Error("The demo school has children");
    const carers = await reads.directory.carers(child.id);
    expect(carers.length).toBeGreaterThan(0);
    await reads.directory.staff();
    await saved("aileen", "Aileen MacRae");
    const kept = disk.items.get("common-ground.reads.aileen") ?? "";
    expect(kept).toContain(child.name);
    for (const carer of carers) expect(kept).not.toContain(carer.email);
    expect(await requestsDuring(() => open().directory.carers(child.id))).toBeGreaterThan(0);
  });

  it("shows a change at once after keeping households apart, and after an MIS import", async () => {
    const reads = open();
    const [child] = await reads.directory.children();
    if (!child) throw new Error("The demo school has children");
    await reads.families.setKeepHouseholdsApart(child.id, !child.keepHouseholdsApart);
    const changed = (await reads.directory.children()).find((c) => c.id === child.id);
    expect(changed?.keepHouseholdsApart).toBe(!child.keepHouseholdsApart);

    const [carer] = await reads.directory.carers(child.id);
    if (!carer) throw new Error("The child has carers");
    const result = await reads.families.importRows([
      ...SPLIT_FAMILY,
      {
        ...SPLIT_FAMILY[0],
        childId: child.id,
        childName: child.name,
        yearGroup: child.yearGroup,
        carerName: "Another Carer",
        relationship: "Aunt",
        carerEmail: "another.carer@example.net",
        household: carer.household,
      } as FamilyRow,
    ]);
    expect(result.failed).toEqual([]);
    expect((await reads.directory.children()).map((c) => c.name)).toContain("Noor Aziz");
    expect((await reads.directory.carers(child.id)).map((c) => c.email)).toContain(
      "another.carer@example.net",
    );
  });

  it("reads the school's profile afresh once saved, and the calendar from the copy", async () => {
    const reads = open();
    const profile = await reads.schoolSettings.profile();
    if (!profile) throw new Error("The demo school has a profile");
    await reads.schoolSettings.saveProfile({ ...profile, phone: "0131 000 0000" });
    expect((await reads.schoolSettings.profile())?.phone).toBe("0131 000 0000");
    const calendar = await reads.schoolSettings.calendar();
    expect(await requestsDuring(() => reads.schoolSettings.calendar())).toBe(0);
    expect(await reads.schoolSettings.calendar()).toEqual(calendar);
  });

  it("carries on from Graph when the copy on disk cannot be read", async () => {
    disk.items.set("common-ground.reads.aileen", "{not json");
    const reads = open();
    expect((await reads.directory.staff()).length).toBeGreaterThan(0);
  });
});
