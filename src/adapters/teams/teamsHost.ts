import type { app, pages } from "@microsoft/teams-js";
import type { Host, ThemeName } from "../../domain/ports/host";
import type { TabConfig } from "../../domain/ports/tab-config";
import type { IanaZone } from "../../domain/time/zone";

/** The slice of teams-js `app` this adapter uses, so tests can hand in a fake. */
export type TeamsAppSdk = Pick<
  typeof app,
  "initialize" | "getContext" | "registerOnThemeChangeHandler" | "notifySuccess"
>;

/** The slice of teams-js `pages.config` a channel tab's configuration page uses. */
export type TeamsConfigSdk = Pick<
  typeof pages.config,
  "isSupported" | "setValidityState" | "registerOnSaveHandler" | "registerOnRemoveHandler" | "setConfig"
>;

/** Maps Teams' theme names ("default", "dark", "contrast") onto ours. */
export function teamsTheme(name: string | undefined): ThemeName {
  if (name === "dark") return "dark";
  if (name === "contrast") return "contrast";
  return "light";
}

/**
 * `pages.config` behind our port: Save runs `setConfig` with what the page chose, then tells Teams
 * it succeeded (or failed, with why), which is when Teams closes the dialog and adds the tab.
 */
export function teamsTabConfig(config: TeamsConfigSdk): TabConfig {
  return {
    setValid: (valid) => config.setValidityState(valid),
    onSave(settings) {
      config.registerOnSaveHandler((event) => {
        Promise.resolve()
          .then(() => config.setConfig(settings()))
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(error instanceof Error ? error.message : String(error)),
          );
      });
    },
    onRemove(handler) {
      config.registerOnRemoveHandler((event) => {
        handler();
        event.notifySuccess();
      });
    },
  };
}

/**
 * Starts inside Teams. `app.initialize()` never settles outside Teams, so the caller races this
 * against a timeout. Teams' context carries no time zone, so the caller passes the browser's.
 * On a tab's configuration (or removal) page, `config` becomes the host's `tabConfig`.
 */
export async function startTeamsHost(
  sdk: TeamsAppSdk,
  timeZone: IanaZone | undefined,
  config?: TeamsConfigSdk,
): Promise<Host> {
  await sdk.initialize();
  const ctx = await sdk.getContext();
  const listeners = new Set<(theme: ThemeName) => void>();
  sdk.registerOnThemeChangeHandler((name) => {
    for (const listener of listeners) listener(teamsTheme(name));
  });
  const frame = ctx.page?.frameContext;
  const configuring = (frame === "settings" || frame === "remove") && config?.isSupported();
  sdk.notifySuccess();
  return {
    context: {
      kind: "teams",
      theme: teamsTheme(ctx.app.theme),
      locale: ctx.app.locale || "en-GB",
      timeZone,
      loginHint: ctx.user?.loginHint ?? ctx.user?.userPrincipalName,
      entityId: ctx.page?.id || undefined,
      subPageId: ctx.page?.subPageId || undefined,
      teamsAppId: ctx.app.appId?.toString(),
    },
    onThemeChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    tabConfig: configuring && config ? teamsTabConfig(config) : undefined,
  };
}
