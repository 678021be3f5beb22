import type { app } from "@microsoft/teams-js";
import type { Host, ThemeName } from "../../domain/ports/host";
import type { IanaZone } from "../../domain/time/zone";

/** The slice of teams-js `app` this adapter uses, so tests can hand in a fake. */
export type TeamsAppSdk = Pick<
  typeof app,
  "initialize" | "getContext" | "registerOnThemeChangeHandler" | "notifySuccess"
>;

/** Maps Teams' theme names ("default", "dark", "contrast") onto ours. */
export function teamsTheme(name: string | undefined): ThemeName {
  if (name === "dark") return "dark";
  if (name === "contrast") return "contrast";
  return "light";
}

/**
 * Starts inside Teams. `app.initialize()` never settles outside Teams, so the caller races this
 * against a timeout. Teams' context carries no time zone, so the caller passes the browser's.
 */
export async function startTeamsHost(sdk: TeamsAppSdk, timeZone: IanaZone | undefined): Promise<Host> {
  await sdk.initialize();
  const ctx = await sdk.getContext();
  const listeners = new Set<(theme: ThemeName) => void>();
  sdk.registerOnThemeChangeHandler((name) => {
    for (const listener of listeners) listener(teamsTheme(name));
  });
  sdk.notifySuccess();
  return {
    context: {
      kind: "teams",
      theme: teamsTheme(ctx.app.theme),
      locale: ctx.app.locale || "en-GB",
      timeZone,
      loginHint: ctx.user?.loginHint ?? ctx.user?.userPrincipalName,
    },
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
