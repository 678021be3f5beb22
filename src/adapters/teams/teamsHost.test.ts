import { describe, expect, it } from "vitest";
import { startTeamsHost, type TeamsAppSdk, type TeamsConfigSdk } from "./teamsHost";

function teams(page: { id?: string; subPageId?: string; frameContext?: string }) {
  const sdk = {
    initialize: async () => undefined,
    getContext: async () => ({
      app: {
        theme: "dark",
        locale: "en-GB",
        appId: { toString: () => "9d97a3a5-dc19-4956-b958-807a41f975b7" },
      },
      page,
      user: { loginHint: "aileen@school.example" },
    }),
    registerOnThemeChangeHandler: () => undefined,
    notifySuccess: () => undefined,
  } as unknown as TeamsAppSdk;
  return sdk;
}

function fakeConfig(supported = true) {
  const seen = {
    valid: [] as boolean[],
    saved: [] as unknown[],
    outcome: [] as string[],
    save: undefined as undefined | ((e: unknown) => void),
    remove: undefined as undefined | ((e: unknown) => void),
  };
  const config = {
    isSupported: () => supported,
    setValidityState: (v: boolean) => seen.valid.push(v),
    registerOnSaveHandler: (h: (e: unknown) => void) => {
      seen.save = h;
    },
    registerOnRemoveHandler: (h: (e: unknown) => void) => {
      seen.remove = h;
    },
    setConfig: async (c: unknown) => {
      seen.saved.push(c);
    },
  } as unknown as TeamsConfigSdk;
  const event = {
    notifySuccess: () => seen.outcome.push("success"),
    notifyFailure: (why: string) => seen.outcome.push(`failure: ${why}`),
  };
  return { config, seen, event };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe("the Teams host", () => {
  it("passes the tab's entity id, sub-page and the app's id to the app", async () => {
    const host = await startTeamsHost(
      teams({ id: "year:P7", subPageId: "/children/GP1001/timeline/42", frameContext: "content" }),
      undefined,
      fakeConfig().config,
    );
    expect(host.context).toMatchObject({
      theme: "dark",
      entityId: "year:P7",
      subPageId: "/children/GP1001/timeline/42",
      teamsAppId: "9d97a3a5-dc19-4956-b958-807a41f975b7",
    });
    // A content frame is not a configuration page.
    expect(host.tabConfig).toBeUndefined();
  });

  it("on the configuration page, saves what the page chose with pages.config, then tells Teams", async () => {
    const { config, seen, event } = fakeConfig();
    const host = await startTeamsHost(teams({ frameContext: "settings" }), undefined, config);
    const tab = host.tabConfig;
    expect(tab).toBeDefined();
    tab?.setValid(true);
    tab?.onSave(() => ({
      entityId: "year:P7",
      contentUrl: "https://cg.example/index.html?host=teams#/dashboard/year%3AP7",
      websiteUrl: "https://cg.example/index.html#/dashboard/year%3AP7",
      suggestedDisplayName: "Pastoral: P7",
    }));
    seen.save?.(event);
    await settle();
    expect(seen.valid).toEqual([true]);
    expect(seen.saved).toEqual([
      expect.objectContaining({ entityId: "year:P7", suggestedDisplayName: "Pastoral: P7" }),
    ]);
    expect(seen.outcome).toEqual(["success"]);
  });

  it("fails the save, with why, when the page has nothing to save", async () => {
    const { config, seen, event } = fakeConfig();
    const host = await startTeamsHost(teams({ frameContext: "settings" }), undefined, config);
    host.tabConfig?.onSave(() => {
      throw new Error("Choose what the tab shows first.");
    });
    seen.save?.(event);
    await settle();
    expect(seen.saved).toEqual([]);
    expect(seen.outcome).toEqual(["failure: Choose what the tab shows first."]);
  });

  it("offers no tab configuration where Teams does not support pages.config", async () => {
    const host = await startTeamsHost(
      teams({ frameContext: "settings" }),
      undefined,
      fakeConfig(false).config,
    );
    expect(host.tabConfig).toBeUndefined();
  });
});
