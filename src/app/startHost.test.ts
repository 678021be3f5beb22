import { describe, expect, it } from "vitest";
import { type OfficeSdk, officeTheme, officeZone, startOutlookHost } from "../adapters/office/officeHost";
import { startTeamsHost, type TeamsAppSdk } from "../adapters/teams/teamsHost";
import type { Host } from "../domain/ports/host";
import { ianaZone } from "../domain/time/zone";
import { HostStartError, type HostStarters, hostHint, startHost } from "./startHost";

function fakeTeams(theme: string, options: { hang?: boolean } = {}) {
  let onTheme: ((t: string) => void) | undefined;
  let succeeded = false;
  const sdk = {
    initialize: () => (options.hang ? new Promise<void>(() => undefined) : Promise.resolve()),
    getContext: async () => ({
      app: { theme, locale: "cy-GB" },
      user: { loginHint: "aileen@school.example" },
    }),
    registerOnThemeChangeHandler: (h: (t: string) => void) => {
      onTheme = h;
    },
    notifySuccess: () => {
      succeeded = true;
    },
  } as unknown as TeamsAppSdk;
  return { sdk, switchTheme: (t: string) => onTheme?.(t), succeeded: () => succeeded };
}

function fakeOffice(background: string, timeZone: string, host = "Outlook", hang = false): OfficeSdk {
  return {
    onReady: () =>
      hang
        ? new Promise(() => undefined)
        : Promise.resolve({ host: host as unknown as Office.HostType, platform: null }),
    context: {
      displayLanguage: "pl-PL",
      officeTheme: { bodyBackgroundColor: background },
      mailbox: { userProfile: { timeZone, emailAddress: "tom@school.example" } },
    },
  };
}

const standalone: Host = {
  context: { kind: "standalone", theme: "light", locale: "en-GB", timeZone: undefined, loginHint: undefined },
  onThemeChange: () => () => undefined,
};

function starters(overrides: Partial<HostStarters>): HostStarters {
  return {
    teams: () => Promise.reject(new Error("teams not expected")),
    outlook: () => Promise.reject(new Error("outlook not expected")),
    standalone: () => standalone,
    ...overrides,
  };
}

describe("hostHint", () => {
  it("reads the host the manifest put on the URL", () => {
    expect(hostHint("?host=teams")).toBe("teams");
    expect(hostHint("?x=1&host=outlook")).toBe("outlook");
    expect(hostHint("")).toBe("standalone");
    expect(hostHint("?host=word")).toBe("standalone");
  });
});

describe("Teams", () => {
  it("starts with Teams' theme, locale and login hint, and follows theme changes", async () => {
    const teams = fakeTeams("dark");
    const host = await startHost(
      "teams",
      starters({ teams: () => startTeamsHost(teams.sdk, ianaZone("Europe/London")) }),
      1000,
    );
    expect(host.context).toEqual({
      kind: "teams",
      theme: "dark",
      locale: "cy-GB",
      timeZone: "Europe/London",
      loginHint: "aileen@school.example",
    });
    expect(teams.succeeded()).toBe(true);
    const seen: string[] = [];
    const stop = host.onThemeChange((t) => seen.push(t));
    teams.switchTheme("contrast");
    teams.switchTheme("default");
    stop();
    teams.switchTheme("dark");
    expect(seen).toEqual(["contrast", "light"]);
  });

  it("fails with a clear message when teams-js never answers", async () => {
    const teams = fakeTeams("default", { hang: true });
    const started = startHost("teams", starters({ teams: () => startTeamsHost(teams.sdk, undefined) }), 30);
    await expect(started).rejects.toBeInstanceOf(HostStartError);
    await expect(started).rejects.toThrow("Microsoft Teams did not answer within 0 seconds");
  });
});

describe("Outlook", () => {
  it("starts with Office's language, a dark theme from the pane colour and the mailbox's zone", async () => {
    const host = await startHost(
      "outlook",
      starters({ outlook: () => startOutlookHost(fakeOffice("#1f1f1f", "GMT Standard Time")) }),
      1000,
    );
    expect(host.context).toEqual({
      kind: "outlook",
      theme: "dark",
      locale: "pl-PL",
      timeZone: "Europe/London",
      loginHint: "tom@school.example",
    });
  });

  it("fails with a clear message when Office.onReady never settles", async () => {
    const started = startHost(
      "outlook",
      starters({ outlook: () => startOutlookHost(fakeOffice("#ffffff", "UTC", "Outlook", true)) }),
      20,
    );
    await expect(started).rejects.toThrow("Outlook did not answer");
  });

  it("refuses to run in another Office app, saying where it runs", async () => {
    await expect(
      startHost(
        "outlook",
        starters({ outlook: () => startOutlookHost(fakeOffice("#ffffff", "UTC", "Excel")) }),
        1000,
      ),
    ).rejects.toThrow("Common Ground could not start in Outlook: Opened in Excel");
  });

  it("maps Office colours and zone names", () => {
    expect(officeTheme("#ffffff")).toBe("light");
    expect(officeTheme("#292929")).toBe("dark");
    expect(officeTheme("#000000")).toBe("contrast");
    expect(officeTheme(undefined)).toBe("light");
    expect(officeZone("Pacific Standard Time")).toBe("America/Los_Angeles");
    expect(officeZone("Europe/Warsaw")).toBe("Europe/Warsaw");
    expect(officeZone("Nowhere Standard Time")).toBeUndefined();
  });
});

describe("standalone", () => {
  it("needs no SDK and never waits", async () => {
    await expect(startHost("standalone", starters({}), 1)).resolves.toBe(standalone);
  });
});
