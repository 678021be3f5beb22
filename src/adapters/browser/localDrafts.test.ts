import { describe, expect, it } from "vitest";
import { localDrafts } from "./localDrafts";
import { MemoryStorage } from "./testing/memoryStorage";

describe("localDrafts", () => {
  it("keeps drafts in web storage across a reload", () => {
    const storage = new MemoryStorage();
    localDrafts(storage).save("find-times.GP1001", { childId: "GP1001", zone: "Europe/London" });
    expect(storage.keys()).toEqual(["common-ground.draft.find-times.GP1001"]);
    expect(localDrafts(storage).load("find-times.GP1001")).toEqual({
      childId: "GP1001",
      zone: "Europe/London",
    });
  });

  it("clearAll forgets the drafts under a prefix and nothing else in storage", () => {
    const storage = new MemoryStorage();
    storage.setItem("msal.account.keys", "[]");
    const drafts = localDrafts(storage);
    drafts.save("aileen/find-times.GP1001", { childId: "GP1001" });
    drafts.save("aileen/offer-in-progress.GP1001", "meeting-7");
    drafts.save("callum/find-times.GP1002", { childId: "GP1002" });
    drafts.clearAll("aileen/");
    expect(drafts.load("aileen/find-times.GP1001")).toBeUndefined();
    expect(storage.keys()).toEqual(["msal.account.keys", "common-ground.draft.callum/find-times.GP1002"]);
    drafts.clearAll();
    expect(storage.keys()).toEqual(["msal.account.keys"]);
  });

  it("keeps drafts in memory when the browser refuses storage", () => {
    const refusing = new MemoryStorage();
    refusing.setItem = () => {
      throw new DOMException("blocked", "SecurityError");
    };
    const drafts = localDrafts(refusing);
    drafts.save("find-times.GP1001", { childId: "GP1001" });
    expect(drafts.load("find-times.GP1001")).toEqual({ childId: "GP1001" });
  });
});
