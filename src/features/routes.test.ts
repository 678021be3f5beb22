import { describe, expect, it } from "vitest";
import { parseRoute, routes } from "./routes";

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
