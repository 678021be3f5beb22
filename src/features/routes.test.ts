import { describe, expect, it } from "vitest";
import { deepLink, parseRoute, routes, subPagePath } from "./routes";

const path = (href: string) => href.replace(/^#/, "");

describe("routes", () => {
  it("parses every address it builds back to the same page", () => {
    expect(parseRoute(path(routes.meetings()))).toEqual({ page: "meetings" });
    expect(parseRoute(path(routes.child("GP 10/01")))).toEqual({ page: "child", childId: "GP 10/01" });
    expect(parseRoute(path(routes.findTimes()))).toEqual({
      page: "findTimes",
      childId: undefined,
      reschedule: undefined,
    });
    expect(parseRoute(path(routes.findTimes("GP1001", { reschedule: "42" })))).toEqual({
      page: "findTimes",
      childId: "GP1001",
      reschedule: "42",
    });
    expect(parseRoute(path(routes.children()))).toEqual({ page: "children" });
    expect(parseRoute(path(routes.settings()))).toEqual({ page: "settings" });
    expect(parseRoute(path(routes.demoInbox()))).toEqual({ page: "demoInbox" });
  });

  it("sends unknown or broken addresses to a page that exists", () => {
    expect(parseRoute("/nowhere")).toEqual({ page: "meetings" });
    expect(parseRoute("/children/%E0%A4%A")).toEqual({ page: "children" });
  });
});

describe("routes for the timeline, dashboard and Teams", () => {
  it("parses the new addresses back to their pages", () => {
    expect(parseRoute(path(routes.timelineEntry("GP1001", "42")))).toEqual({
      page: "child",
      childId: "GP1001",
      entryId: "42",
    });
    expect(
      parseRoute(path(routes.timelinePrint("GP1001", { from: "2026-09-01", to: "2026-12-01" }))),
    ).toEqual({
      page: "timelinePrint",
      childId: "GP1001",
      from: "2026-09-01",
      to: "2026-12-01",
    });
    expect(parseRoute("/children/GP1001/print?from=yesterday")).toMatchObject({ from: undefined });
    expect(parseRoute(path(routes.dashboard()))).toEqual({ page: "dashboard", scope: { kind: "caseload" } });
    expect(routes.dashboard({ kind: "year", yearGroup: "P7" })).toBe("#/dashboard/year%3AP7");
    expect(parseRoute(path(routes.dashboard({ kind: "child", childId: "GP1001" })))).toEqual({
      page: "dashboard",
      scope: { kind: "child", childId: "GP1001" },
    });
    expect(parseRoute(path(routes.tabConfig()))).toEqual({ page: "tabConfig" });
  });

  it("opens a deep link's sub-page only when it is one of the app's pages", () => {
    expect(subPagePath("/children/GP1001/timeline/42")).toBe("/children/GP1001/timeline/42");
    expect(subPagePath("/meetings")).toBe("/meetings");
    expect(subPagePath("/nowhere")).toBeUndefined();
    expect(subPagePath("https://evil.example")).toBeUndefined();
    expect(subPagePath(undefined)).toBeUndefined();
  });

  it("links into the Teams tab when in Teams, and to the app's own address in a browser", () => {
    const path = "/children/GP1001/timeline/42";
    expect(
      deepLink(path, {
        teamsAppId: "app-1",
        entityId: "year:P7",
        appUrl: "https://cg.example/index.html#/x",
      }),
    ).toBe(
      `https://teams.microsoft.com/l/entity/app-1/year%3AP7?context=${encodeURIComponent('{"subEntityId":"/children/GP1001/timeline/42"}')}`,
    );
    expect(
      deepLink(path, {
        teamsAppId: undefined,
        entityId: undefined,
        appUrl: "https://cg.example/index.html#/x",
      }),
    ).toBe("https://cg.example/index.html#/children/GP1001/timeline/42");
  });
});
