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
  | { readonly page: "child"; readonly childId: string }
  | { readonly page: "summary"; readonly meetingId: string }
  | { readonly page: "myActions" }
  | { readonly page: "settings" }
  | { readonly page: "demoInbox" };

const enc = encodeURIComponent;

export const routes = {
  meetings: () => "#/meetings",
  findTimes: (childId?: string, options: { reschedule?: string; like?: string } = {}) =>
    `#/meetings/find${childId ? `/${enc(childId)}` : ""}${options.reschedule ? `?reschedule=${enc(options.reschedule)}` : options.like ? `?like=${enc(options.like)}` : ""}`,
  summary: (meetingId: string) => `#/meetings/${enc(meetingId)}/summary`,
  myActions: () => "#/actions",
  children: () => "#/children",
  child: (childId: string) => `#/children/${enc(childId)}`,
  settings: () => "#/settings",
  demoInbox: () => "#/demo/inbox",
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
  const child = /^\/children\/([^/]+)$/.exec(pathname);
  const childId = decode(child?.[1]);
  if (childId) return { page: "child", childId };
  if (pathname.startsWith("/children")) return { page: "children" };
  if (pathname.startsWith("/settings")) return { page: "settings" };
  if (pathname.startsWith("/demo/inbox")) return { page: "demoInbox" };
  return { page: "meetings" };
}

/** Each page's heading, known before its data: the shell shows it over the skeleton while the page loads. */
export function routeTitle(route: Route): string | undefined {
  switch (route.page) {
    case "meetings":
      return "Meetings";
    case "findTimes":
      return "Find times";
    case "children":
      return "Children";
    case "child":
      return undefined;
    case "summary":
      return "Meeting summary";
    case "myActions":
      return "My actions";
    case "settings":
      return "Settings";
    case "demoInbox":
      return "Families' inboxes (demo)";
  }
}
