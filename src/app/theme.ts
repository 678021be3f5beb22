import {
  type Theme,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { HostKind, ThemeName } from "../domain/ports/host";

/** Teams gets Teams' own palette; Outlook and the browser get the web palette. */
export function fluentTheme(kind: HostKind, theme: ThemeName): Theme {
  if (theme === "contrast") return teamsHighContrastTheme;
  if (kind === "teams") return theme === "dark" ? teamsDarkTheme : teamsLightTheme;
  return theme === "dark" ? webDarkTheme : webLightTheme;
}
