import { describe, expect, it } from "vitest";
import { localDrafts } from "../adapters/browser/localDrafts";
import { MemoryStorage } from "../adapters/browser/testing/memoryStorage";
import type { SignOutOutcome } from "../domain/ports/session";
import { readConfig } from "./config";
import { draftStorage, storageKind } from "./deviceStorage";
import { signOutWithDrafts } from "./signOut";
import { type SignIn, tokensOnFirstUse } from "./tokensOnFirstUse";
import { userDrafts } from "./userDrafts";

/** The sign-in library's side, as the app sees it: whose it is, and whether it was asked to end. */
function signInAs(user: string, outcome: SignOutOutcome) {
  const state = { signedIn: true as boolean };
  const signIn: SignIn = {
    token: async () => "token",
    user: () => (state.signedIn ? user : undefined),
    signOut: async () => {
      state.signedIn = false;
      return outcome;
    },
  };
  return { signIn, state };
}

describe("sign-out", () => {
  it("forgets the user's drafts on this device, then their sign-in, and says what the host keeps", async () => {
    const storage = new MemoryStorage();
    const { signIn, state } = signInAs("aileen.macrae@glenmore.sch.uk", "hostKeepsSignIn");
    const tokens = tokensOnFirstUse(async () => signIn);
    await tokens.token(["User.Read"]);
    const drafts = userDrafts(localDrafts(storage), () => tokens.user());
    drafts.save("find-times.GP1001", { childId: "GP1001", adjustments: ["interpreter"] });
    expect(storage.length).toBe(1);

    const session = signOutWithDrafts(tokens, drafts);
    await expect(session.signOut()).resolves.toBe("hostKeepsSignIn");
    expect(storage.length).toBe(0);
    expect(state.signedIn).toBe(false);
    expect(session.user()).toBeUndefined();
  });

  it("puts drafts in sessionStorage when the school shares computers", () => {
    const win = { localStorage: new MemoryStorage(), sessionStorage: new MemoryStorage() };
    const shared = readConfig({ VITE_SHARED_COMPUTERS: "true" });
    const own = readConfig({});
    expect([shared.sharedComputers, own.sharedComputers]).toEqual([true, false]);
    expect(storageKind(shared)).toBe("sessionStorage");
    expect(draftStorage(shared, win)).toBe(win.sessionStorage);
    expect(draftStorage(own, win)).toBe(win.localStorage);
    expect(() => readConfig({ VITE_SHARED_COMPUTERS: "sometimes" })).toThrow(/VITE_SHARED_COMPUTERS/);
  });
});
