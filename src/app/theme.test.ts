import {
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import { describe, expect, it } from "vitest";
import { teamsTheme } from "../adapters/teams/teamsHost";
import { fluentTheme } from "./theme";

describe("the host's theme", () => {
  it("Teams' default, dark and contrast themes become the app's light, dark and contrast", () => {
    expect(["default", "dark", "contrast", undefined].map(teamsTheme)).toEqual([
      "light",
      "dark",
      "contrast",
      "light",
    ]);
    expect(fluentTheme("teams", teamsTheme("contrast"))).toBe(teamsHighContrastTheme);
    expect(fluentTheme("teams", "dark")).toBe(teamsDarkTheme);
    expect(fluentTheme("teams", "light")).toBe(teamsLightTheme);
  });

  it("every host's contrast theme is the high-contrast palette; light and dark are the web's outside Teams", () => {
    expect(fluentTheme("outlook", "contrast")).toBe(teamsHighContrastTheme);
    expect(fluentTheme("standalone", "contrast")).toBe(teamsHighContrastTheme);
    expect(fluentTheme("standalone", "dark")).toBe(webDarkTheme);
    expect(fluentTheme("outlook", "light")).toBe(webLightTheme);
  });
});
