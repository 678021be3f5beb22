import { type DashboardScope, scopeFromToken, scopeToken } from "../domain/dashboard/scope";
import { shellText } from "../domain/i18n/shellText";

/**
 * Every page's address, built in one place so links cannot drift from what the shell parses.
 * Paths live after `#` (Office.js removes `history.pushState` in Outlook).
 */
export type Route =
  | { readonly page: "meetings" }
  | {
      readonly page: "findTimes";
      readonly childId: string | undefined;
      readonly reschedule: string | undefined;
      /** A new meeting with the same people as this one (the next meeting, from its summary). */
      readonly like?: string | undefined;
    }
  | { readonly page: "children" }
  | {
      readonly page: "child";
      readonly childId: string;
      /** One timeline entry to open (a deep link to it). */
      readonly entryId: string | undefined;
    }
  | {
      readonly page: "timelinePrint";
      readonly childId: string;
      /** Inclusive ISO dates (`2026-09-01`), in the school's zone; absent: from the start / to today. */
      readonly from: string | undefined;
      readonly to: string | undefined;
    }
  | { readonly page: "dashboard"; readonly scope: DashboardScope }
  | { readonly page: "tabConfig" }
  | { readonly page: "summary"; readonly meetingId: string }
  | { readonly page: "myActions" }
  | { readonly page: "settings" }
  | { readonly page: "demoInbox" }
  /** Outlook's task pane: what the open appointment or email needs. */
  | { readonly page: "outlook" }
  | { readonly page: "agenda"; readonly meetingId: string };

const enc = encodeURIComponent;

export const routes = {
  meetings: () => "#/meetings",
  findTimes: (childId?: string, options: { reschedule?: string; like?: string } = {}) =>
    `#/meetings/find${childId ? `/${enc(childId)}` : ""}${options.reschedule ? `?reschedule=${enc(options.reschedule)}` : options.like ? `?like=${enc(options.like)}` : ""}`,
  summary: (meetingId: string) => `#/meetings/${enc(meetingId)}/summary`,
  myActions: () => "#/actions",
  children: () => "#/children",
  child: (childId: string) => `#/children/${enc(childId)}`,
  timelineEntry: (childId: string, entryId: string) => `#/children/${enc(childId)}/timeline/${enc(entryId)}`,
  timelinePrint: (childId: string, range: { from?: string | undefined; to?: string | undefined } = {}) => {
    const q = new URLSearchParams();
    if (range.from) q.set("from", range.from);
    if (range.to) q.set("to", range.to);
    const query = q.toString();
    return `#/children/${enc(childId)}/print${query ? `?${query}` : ""}`;
  },
  dashboard: (scope?: DashboardScope) =>
    `#/dashboard${scope && scope.kind !== "caseload" ? `/${enc(scopeToken(scope))}` : ""}`,
  tabConfig: () => "#/teams/configure",
  settings: () => "#/settings",
  demoInbox: () => "#/demo/inbox",
  outlook: () => "#/outlook",
  agenda: (meetingId: string) => `#/meetings/${enc(meetingId)}/agenda`,
};

function decode(part: string | undefined): string | undefined {
  if (!part) return undefined;
  try {
    return decodeURIComponent(part);
  } catch (cause) {
    // A hand-edited address with a broken escape: treat it as no value rather than crash the shell.
    if (cause instanceof URIError) return undefined;
    throw cause;
  }
}

/** The page a path (`/meetings/find/GP1001?reschedule=12`) asks for; unknown paths go to Meetings. */
export function parseRoute(path: string): Route {
  const [pathname = "", query = ""] = path.split("?", 2);
  const params = new URLSearchParams(query);
  const find = /^\/meetings\/find(?:\/([^/]+))?$/.exec(pathname);
  if (find)
    return {
      page: "findTimes",
      childId: decode(find[1]),
      reschedule: params.get("reschedule") ?? undefined,
      ...(params.get("like") ? { like: params.get("like") ?? undefined } : {}),
    };
  const summary = decode(/^\/meetings\/([^/]+)\/summary$/.exec(pathname)?.[1]);
  if (summary) return { page: "summary", meetingId: summary };
  if (pathname.startsWith("/actions")) return { page: "myActions" };
  const agenda = /^\/meetings\/([^/]+)\/agenda$/.exec(pathname);
  const meetingId = decode(agenda?.[1]);
  if (meetingId) return { page: "agenda", meetingId };
  const print = /^\/children\/([^/]+)\/print$/.exec(pathname);
  const printId = decode(print?.[1]);
  if (printId) {
    const date = (v: string | null) => (v && /^\d{4}-\d\d-\d\d$/.test(v) ? v : undefined);
    return {
      page: "timelinePrint",
      childId: printId,
      from: date(params.get("from")),
      to: date(params.get("to")),
    };
  }
  const child = /^\/children\/([^/]+)(?:\/timeline\/([^/]+))?$/.exec(pathname);
  const childId = decode(child?.[1]);
  if (childId) return { page: "child", childId, entryId: decode(child?.[2]) };
  const board = /^\/dashboard(?:\/([^/]+))?$/.exec(pathname);
  if (board) return { page: "dashboard", scope: scopeFromToken(decode(board[1])) };
  if (pathname === "/teams/configure") return { page: "tabConfig" };
  if (pathname.startsWith("/children")) return { page: "children" };
  if (pathname.startsWith("/settings")) return { page: "settings" };
  if (pathname.startsWith("/demo/inbox")) return { page: "demoInbox" };
  if (pathname === "/outlook") return { page: "outlook" };
  return { page: "meetings" };
}

/** Each page's heading, known before its data: the shell shows it over the skeleton while the page loads. */
export function routeTitle(route: Route): string | undefined {
  switch (route.page) {
    case "meetings":
      return shellText("shell.area.meetings");
    case "findTimes":
      return shellText("shell.title.findTimes");
    case "children":
      return shellText("shell.title.children");
    case "child":
    case "timelinePrint":
      return undefined;
    case "dashboard":
      return shellText("shell.title.dashboard");
    case "tabConfig":
      return shellText("shell.title.tabConfig");
    case "summary":
      return shellText("shell.title.summary");
    case "myActions":
      return shellText("shell.title.myActions");
    case "settings":
      return shellText("shell.area.settings");
    case "demoInbox":
      return shellText("shell.title.demoInbox");
    case "outlook":
    case "agenda":
      return undefined;
  }
}

/**
 * The page a Teams deep link's sub-page id asks for. The app's own deep links carry a route path
 * (`/children/GP1001/timeline/42`: opaque ids only); anything else opens nothing in particular.
 */
export function subPagePath(subPageId: string | undefined): string | undefined {
  if (!subPageId?.startsWith("/")) return undefined;
  const route = parseRoute(subPageId);
  return route.page === "meetings" && !subPageId.startsWith("/meetings") ? undefined : subPageId;
}

/**
 * A link to a page that opens it where the reader is: inside Teams, a Teams deep link to the app's
 * tab carrying the page as its sub-page id; in a browser, the app's own address.
 */
export function deepLink(
  path: string,
  where: {
    readonly teamsAppId: string | undefined;
    readonly entityId: string | undefined;
    readonly appUrl: string;
  },
): string {
  if (where.teamsAppId && where.entityId) {
    const context = encodeURIComponent(JSON.stringify({ subEntityId: path }));
    return `https://teams.microsoft.com/l/entity/${enc(where.teamsAppId)}/${enc(where.entityId)}?context=${context}`;
  }
  return `${where.appUrl.split("#")[0]}#${path}`;
}
