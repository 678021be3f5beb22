import { describe, expect, it, vi } from "vitest";
import { type SignIn, tokensOnFirstUse } from "./tokensOnFirstUse";

const provider = (prefix: string): SignIn => ({
  token: async (scopes) => `${prefix}:${scopes.join(" ")}`,
  user: () => `${prefix}@school.org`,
  signOut: async () => "hostKeepsSignIn",
});

describe("tokensOnFirstUse", () => {
  it("loads nothing until a token is asked for", () => {
    const load = vi.fn(async () => provider("t"));
    tokensOnFirstUse(load);
    expect(load).not.toHaveBeenCalled();
  });

  it("loads once for calls made together and after", async () => {
    const load = vi.fn(async () => provider("t"));
    const tokens = tokensOnFirstUse(load);
    const [a, b] = await Promise.all([tokens.token(["User.Read"]), tokens.token(["Mail.Send"])]);
    const c = await tokens.token(["Calendars.ReadWrite"]);
    expect([a, b, c]).toEqual(["t:User.Read", "t:Mail.Send", "t:Calendars.ReadWrite"]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it("passes on a failed load and tries again on the next call", async () => {
    const load = vi
      .fn<() => Promise<SignIn>>()
      .mockRejectedValueOnce(new Error("chunk did not load"))
      .mockResolvedValueOnce(provider("second"));
    const tokens = tokensOnFirstUse(load);
    await expect(tokens.token(["User.Read"])).rejects.toThrow("chunk did not load");
    await expect(tokens.token(["User.Read"])).resolves.toBe("second:User.Read");
    expect(load).toHaveBeenCalledTimes(2);
  });

  it("knows the user only once loaded, and signing out loads a sign-in cached by an earlier visit", async () => {
    const load = vi.fn(async () => provider("t"));
    const tokens = tokensOnFirstUse(load);
    expect(tokens.user()).toBeUndefined();
    await expect(tokens.signOut()).resolves.toBe("hostKeepsSignIn");
    expect(load).toHaveBeenCalledTimes(1);
    expect(tokens.user()).toBe("t@school.org");
  });

  it("names the user by the host's hint until the sign-in library has loaded", async () => {
    const tokens = tokensOnFirstUse(
      async () => provider("t"),
      () => "Aileen@glenmore.sch.uk",
    );
    expect(tokens.user()).toBe("Aileen@glenmore.sch.uk");
    await tokens.token(["User.Read"]);
    expect(tokens.user()).toBe("t@school.org");
  });
});
