import { describe, expect, it } from "vitest";
import { browserAddress, openedOutsideHost } from "./StartupError";
import { HostStartError } from "./startHost";

describe("a page opened for Outlook or Teams in a plain browser", () => {
  it("is told apart from a host that failed to start inside its frame", () => {
    const outlook = new HostStartError("outlook", "Office.js did not load.");
    expect(openedOutsideHost(outlook, false)).toBe("outlook");
    expect(openedOutsideHost(new HostStartError("teams", "no answer"), false)).toBe("teams");
    // Inside Outlook's or Teams' frame the failure is real, and is shown as an error.
    expect(openedOutsideHost(outlook, true)).toBeUndefined();
    expect(openedOutsideHost(new Error("something else"), false)).toBeUndefined();
  });

  it("offers the same page without ?host, keeping the rest of the address", () => {
    expect(
      browserAddress({
        origin: "https://cg.school.org",
        pathname: "/index.html",
        search: "?host=outlook&lang=en",
        hash: "#/children",
      }),
    ).toBe("https://cg.school.org/index.html?lang=en#/children");
    expect(
      browserAddress({ origin: "https://cg.school.org", pathname: "/", search: "?host=teams", hash: "" }),
    ).toBe("https://cg.school.org/");
  });
});
