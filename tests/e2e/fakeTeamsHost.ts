import { type BrowserContext, expect, type FrameLocator, type Page } from "@playwright/test";

/**
 * Teams, faked: a page on the app's own origin that frames the app (`?host=teams`, so the app runs
 * production teams-js and our Teams adapter) and answers teams-js 2.x's postMessage protocol as the
 * Teams web client does. Requests arrive as `{ id, uuidAsString, func, args }`; answers go back as
 * `{ id, uuidAsString, args }`; host events (Save, a theme change) are `{ func, args }` with no id.
 *   initialize           → [frameContext, "web", runtime config (JSON, apiVersion 4), "2.58.0"]
 *   getContext           → [legacy context: locale, theme, entityId, subEntityId, frameContext, …]
 *   settings.setValidityState, settings.setSettings (→ [true]), settings.save.success / failure
 * What the app told it is kept on `window.teams` for the test to read.
 */
const HOST_HTML = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Microsoft Teams (test host)</title>
<style>body{margin:0;font-family:sans-serif}header{padding:4px 8px;background:#464775;color:#fff}iframe{display:block;width:100%;height:calc(100vh - 28px);border:0}</style>
</head><body><header>Teams</header><script>
const params = new URLSearchParams(location.search);
const RUNTIME = { apiVersion: 4, isLegacyTeams: false, hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: { app: {}, appInstallDialog: {}, pages: { appButton: {}, tabs: {}, config: {}, backStack: {} }, teamsCore: {} } };
const teams = window.teams = { frame: params.get("frame") || "content", entityId: params.get("entityId") || "",
  subEntityId: params.get("subEntityId") || "", theme: params.get("theme") || "default",
  valid: false, config: null, saved: false, saveError: null, calls: [] };
const frame = document.createElement("iframe");
frame.title = "Common Ground";
frame.src = params.get("url");
document.body.append(frame);
const send = (data) => frame.contentWindow.postMessage(data, location.origin);
const reply = (msg, args) => send({ id: msg.id, uuidAsString: msg.uuidAsString, args });
window.addEventListener("message", (event) => {
  if (event.source !== frame.contentWindow) return;
  const msg = event.data;
  if (!msg || typeof msg.func !== "string") return;
  teams.calls.push(msg.func);
  switch (msg.func) {
    case "initialize": reply(msg, [teams.frame, "web", JSON.stringify(RUNTIME), "2.58.0"]); break;
    case "getContext": reply(msg, [{ locale: "en-GB", theme: teams.theme, entityId: teams.entityId,
      subEntityId: teams.subEntityId, frameContext: teams.frame, hostName: "Teams", hostClientType: "web",
      appId: "9d97a3a5-dc19-4956-b958-807a41f975b7", loginHint: "aileen.macrae@glenmore.example.org",
      userPrincipalName: "aileen.macrae@glenmore.example.org", appSessionId: "s1", sessionId: "s2" }]); break;
    case "settings.setValidityState": teams.valid = msg.args[0] === true; break;
    case "settings.setSettings": teams.config = msg.args[0]; reply(msg, [true]); break;
    case "settings.save.success": teams.saved = true; break;
    case "settings.save.failure": teams.saveError = msg.args[0] ?? "failed"; break;
  }
});
window.pressSave = () => send({ func: "settings.save", args: [{}] });
window.changeTheme = (name) => send({ func: "themeChange", args: [name] });
</script></body></html>`;

export interface TeamsOpen {
  readonly frame: "content" | "settings";
  readonly url: string;
  readonly entityId?: string;
  readonly subEntityId?: string;
  readonly theme?: "default" | "dark" | "contrast";
}

interface HostState {
  valid: boolean;
  config: { entityId: string; contentUrl: string; websiteUrl: string; suggestedDisplayName: string } | null;
  saved: boolean;
  saveError: string | null;
  calls: string[];
}

/**
 * A second tab playing Teams, served on the app's origin (teams-js trusts a parent on its own
 * origin). The app's own tab stays open beside it: the demo tenant's service worker (msw) removes
 * itself when the last page using it closes, so navigating that page away would take the demo
 * school with it.
 */
export async function teamsTab(context: BrowserContext, now: Date): Promise<Page> {
  const page = await context.newPage();
  await page.clock.install({ time: now });
  await page.route("**/teams-host.html*", (route) =>
    route.fulfill({ status: 200, contentType: "text/html", body: HOST_HTML }),
  );
  return page;
}

/** Opens the app inside the fake Teams, in a tab's content or configuration frame. */
export async function openInTeams(page: Page, open: TeamsOpen): Promise<FrameLocator> {
  const q = new URLSearchParams({ frame: open.frame, url: open.url, theme: open.theme ?? "default" });
  if (open.entityId) q.set("entityId", open.entityId);
  if (open.subEntityId) q.set("subEntityId", open.subEntityId);
  await page.goto(`/teams-host.html?${q}`);
  const app = page.frameLocator('iframe[title="Common Ground"]');
  await expect(app.getByRole("heading", { level: 1, name: "Common Ground" })).toBeVisible({
    timeout: 45_000,
  });
  return app;
}

export function hostState(page: Page): Promise<HostState> {
  return page.evaluate(() => (window as unknown as { teams: HostState }).teams);
}

export async function pressSave(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { pressSave: () => void }).pressSave());
}
