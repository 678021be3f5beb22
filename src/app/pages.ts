import { lazy } from "react";
import { parseRoute } from "../features/routes";

/**
 * Each area's page is a chunk of its own, fetched when it is first shown (or earlier, by
 * `prefetchPages` once the first screen is up), so opening the pane downloads one page, not all.
 */
const loaders = {
  meetings: () => import("../features/meetings/MeetingsPage").then((m) => ({ default: m.MeetingsPage })),
  findTimes: () => import("../features/find-times/FindTimesPage").then((m) => ({ default: m.FindTimesPage })),
  children: () => import("../features/children/ChildrenPage").then((m) => ({ default: m.ChildrenPage })),
  child: () => import("../features/children/ChildPage").then((m) => ({ default: m.ChildPage })),
  timelinePrint: () =>
    import("../features/children/TimelinePrintPage").then((m) => ({ default: m.TimelinePrintPage })),
  dashboard: () => import("../features/dashboard/DashboardPage").then((m) => ({ default: m.DashboardPage })),
  tabConfig: () => import("../features/teams/TabConfigPage").then((m) => ({ default: m.TabConfigPage })),
  settings: () => import("../features/settings/SettingsPage").then((m) => ({ default: m.SettingsPage })),
  summary: () => import("../features/summary/SummaryPage").then((m) => ({ default: m.SummaryPage })),
  myActions: () => import("../features/summary/MyActionsPage").then((m) => ({ default: m.MyActionsPage })),
  demoInbox: () => import("../features/demo-inbox/DemoInboxPage").then((m) => ({ default: m.DemoInboxPage })),
  outlook: () => import("../features/outlook/OutlookPane").then((m) => ({ default: m.OutlookPane })),
  agenda: () => import("../features/agenda/AgendaPage").then((m) => ({ default: m.AgendaPage })),
};

export type PageName = keyof typeof loaders;

export const MeetingsPage = lazy(loaders.meetings);
export const FindTimesPage = lazy(loaders.findTimes);
export const ChildrenPage = lazy(loaders.children);
export const ChildPage = lazy(loaders.child);
export const SettingsPage = lazy(loaders.settings);
export const TimelinePrintPage = lazy(loaders.timelinePrint);
export const DashboardPage = lazy(loaders.dashboard);
export const TabConfigPage = lazy(loaders.tabConfig);
export const SummaryPage = lazy(loaders.summary);
export const MyActionsPage = lazy(loaders.myActions);
export const DemoInboxPage = lazy(loaders.demoInbox);
export const OutlookPane = lazy(loaders.outlook);
export const AgendaPage = lazy(loaders.agenda);

/**
 * Starts downloading these pages; the browser keeps each module once fetched, so `lazy` then finds
 * it ready. A failed prefetch costs nothing: the page is fetched again when it is opened.
 */
export function prefetchPages(names: readonly PageName[]): void {
  for (const name of names) {
    loaders[name]().catch((error: unknown) => console.warn(`Could not prefetch the ${name} page`, error));
  }
}

/** Starts fetching the page an address opens, so it downloads while the host and services start. */
export function prefetchPageFor(path: string): void {
  prefetchPages([parseRoute(path).page]);
}
