import { describe, expect, it } from "vitest";
import { localDrafts } from "../adapters/browser/localDrafts";
import { MemoryStorage } from "../adapters/browser/testing/memoryStorage";
import { userDrafts } from "./userDrafts";

describe("userDrafts on a shared PC", () => {
  it("keeps each member of staff's drafts apart", () => {
    const storage = new MemoryStorage();
    let user: string | undefined = "Aileen.MacRae@glenmore.sch.uk";
    const drafts = userDrafts(localDrafts(storage), () => user);
    drafts.save("find-times.GP1001", { childId: "GP1001", adjustments: ["interpreter"] });
    expect(storage.keys()).toEqual(["common-ground.draft.aileen.macrae%40glenmore.sch.uk/find-times.GP1001"]);

    // The next person at the same PC, in a fresh app, sees nothing of the last one's.
    user = "callum.reid@glenmore.sch.uk";
    expect(userDrafts(localDrafts(storage), () => user).load("find-times.GP1001")).toBeUndefined();
    user = "aileen.macrae@glenmore.sch.uk";
    expect(userDrafts(localDrafts(storage), () => user).load("find-times.GP1001")).toEqual({
      childId: "GP1001",
      adjustments: ["interpreter"],
    });
  });

  it("writes nothing to storage until it knows who is signed in", () => {
    const storage = new MemoryStorage();
    let user: string | undefined;
    const drafts = userDrafts(localDrafts(storage), () => user);
    drafts.save("find-times.GP1001", { childId: "GP1001" });
    expect(storage.length).toBe(0);
    expect(drafts.load("find-times.GP1001")).toEqual({ childId: "GP1001" });
    user = "aileen@glenmore.sch.uk";
    drafts.save("find-times.GP1001", { childId: "GP1001", minutes: 60 });
    expect(storage.keys()).toEqual(["common-ground.draft.aileen%40glenmore.sch.uk/find-times.GP1001"]);
  });

  it("clearAll forgets every draft of the signed-in user and no one else's", () => {
    const storage = new MemoryStorage();
    const device = localDrafts(storage);
    userDrafts(device, () => "callum@glenmore.sch.uk").save("find-times.GP1002", { childId: "GP1002" });
    const aileen = userDrafts(device, () => "aileen@glenmore.sch.uk");
    aileen.save("find-times.GP1001", { childId: "GP1001" });
    aileen.save("offer-in-progress.GP1001", "meeting-7");
    aileen.clearAll();
    expect(aileen.load("find-times.GP1001")).toBeUndefined();
    expect(aileen.load("offer-in-progress.GP1001")).toBeUndefined();
    expect(storage.keys()).toEqual(["common-ground.draft.callum%40glenmore.sch.uk/find-times.GP1002"]);
  });
});
