import { describe, expect, it } from "vitest";
import { localDrafts } from "./localDrafts";
import { MemoryStorage } from "./testing/memoryStorage";

describe("localDrafts on a shared PC", () => {
  it("keeps each member of staff's drafts apart", () => {
    const storage = new MemoryStorage();
    let user: string | undefined = "Aileen.MacRae@glenmore.sch.uk";
    const drafts = localDrafts(storage, () => user);
    drafts.save("find-times.GP1001", { childId: "GP1001", zone: "Europe/London" });
    expect(storage.keys()).toEqual(["common-ground.draft.aileen.macrae%40glenmore.sch.uk.find-times.GP1001"]);

    user = "callum.reid@glenmore.sch.uk";
    // A fresh app for the next person at the same PC sees nothing of the last one's.
    expect(localDrafts(storage, () => user).load("find-times.GP1001")).toBeUndefined();
    user = "aileen.macrae@glenmore.sch.uk";
    expect(localDrafts(storage, () => user).load("find-times.GP1001")).toEqual({
      childId: "GP1001",
      zone: "Europe/London",
    });
  });

  it("keeps drafts in memory only until it knows who is signed in", () => {
    const storage = new MemoryStorage();
    const drafts = localDrafts(storage, () => undefined);
    drafts.save("find-times.GP1001", { childId: "GP1001" });
    expect(storage.length).toBe(0);
    expect(drafts.load("find-times.GP1001")).toEqual({ childId: "GP1001" });
  });

  it("clearAll forgets every draft of the signed-in user and no one else's", () => {
    const storage = new MemoryStorage();
    storage.setItem("msal.account.keys", "[]");
    const callum = localDrafts(storage, () => "callum.reid@glenmore.sch.uk");
    callum.save("find-times.GP1002", { childId: "GP1002" });
    const aileen = localDrafts(storage, () => "aileen.macrae@glenmore.sch.uk");
    aileen.save("find-times.GP1001", { childId: "GP1001" });
    aileen.save("offer-in-progress.GP1001", "meeting-7");
    aileen.clearAll();
    expect(aileen.load("find-times.GP1001")).toBeUndefined();
    expect(aileen.load("offer-in-progress.GP1001")).toBeUndefined();
    expect(storage.keys()).toEqual([
      "msal.account.keys",
      "common-ground.draft.callum.reid%40glenmore.sch.uk.find-times.GP1002",
    ]);
  });
});
