import { describe, expect, it, vi } from "vitest";
import type { AccessTokenProvider } from "../domain/ports/access-token";
import { tokensOnFirstUse } from "./tokensOnFirstUse";

const provider = (prefix: string): AccessTokenProvider => ({
  token: async (scopes) => `${prefix}:${scopes.join(" ")}`,
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
      .fn<() => Promise<AccessTokenProvider>>()
      .mockRejectedValueOnce(new Error("chunk did not load"))
      .mockResolvedValueOnce(provider("second"));
    const tokens = tokensOnFirstUse(load);
    await expect(tokens.token(["User.Read"])).rejects.toThrow("chunk did not load");
    await expect(tokens.token(["User.Read"])).resolves.toBe("second:User.Read");
    expect(load).toHaveBeenCalledTimes(2);
  });
});
