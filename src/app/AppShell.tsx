import {
  FluentProvider,
  makeStaticStyles,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from "@fluentui/react-components";
import { BoardRegular, CalendarLtrRegular, PeopleRegular, SettingsRegular } from "@fluentui/react-icons";
import { type ReactNode, Suspense, use, useEffect, useState } from "react";
import { shellText } from "../domain/i18n/shellText";
import type { Host } from "../domain/ports/host";
import type { SignOutOutcome } from "../domain/ports/session";
import { parseRoute, routeTitle } from "../features/routes";
import { type Services, ServicesProvider } from "../features/services";
import { SignedOutContext, SignedOutPage } from "../features/signedOut";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { PageSkeleton } from "../ui/PageSkeleton";
import {
  AgendaPage,
  ChildPage,
  ChildrenPage,
  DashboardPage,
  DemoInboxPage,
  FindTimesPage,
  MeetingsPage,
  MyActionsPage,
  OutlookPane,
  type PageName,
  prefetchPages,
  SettingsPage,
  SummaryPage,
  TabConfigPage,
  TimelinePrintPage,
} from "./pages";
import { navigate, useRoutePath } from "./router";
import { fluentTheme } from "./theme";
import { whenIdle } from "./whenIdle";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    "@media print": { display: "none" },
  },
  main: { padding: tokens.spacingHorizontalL, maxWidth: "1100px", "@media print": { padding: 0 } },
  pane: { padding: tokens.spacingHorizontalM },
  // In a narrow pane (or the contrast theme's wider tabs) the areas wrap rather than run off the side.
  tabs: { flexWrap: "wrap" },
  demo: { color: tokens.colorPaletteMarigoldForeground2 },
});

/**
 * Rules for the whole page. Fluent's own motion already follows `prefers-reduced-motion`; this
 * stops every other transition and animation too. Links get a ring as plain as a button's when
 * focused from the keyboard, rather than only a doubled underline, and under Windows' contrast
 * themes say outright that they are in the system's link colour (the contrast palette's yellow is
 * not what such a theme shows).
 */
const useGlobalStyles = makeStaticStyles(`
  @media (prefers-reduced-motion: reduce) {
    *, *::before, *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      transition-delay: 0s !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    a[href]:not(.fui-Button) { color: LinkText; }
  }
  a[href]:focus-visible {
    outline: 2px solid ${tokens.colorStrokeFocus2};
    outline-offset: 2px;
    border-radius: ${tokens.borderRadiusSmall};
  }
`);

const areas = [
  { path: "/meetings", label: "shell.area.meetings", icon: <CalendarLtrRegular /> },
  { path: "/dashboard", label: "shell.area.dashboard", icon: <BoardRegular /> },
  { path: "/children", label: "shell.area.children", icon: <PeopleRegular /> },
  { path: "/settings", label: "shell.area.settings", icon: <SettingsRegular /> },
] as const;

function Page({ path, host }: { path: string; host: Host }) {
  const route = parseRoute(path);
  switch (route.page) {
    case "outlook":
      return (
        <OutlookPane
          item={host.mailItem ?? { kind: "none", reason: shellText("shell.notInOutlook") }}
          follow={host.onMailItemChange?.bind(host)}
        />
      );
    case "findTimes":
      return <FindTimesPage childId={route.childId} reschedule={route.reschedule} like={route.like} />;
    case "summary":
      return <SummaryPage meetingId={route.meetingId} />;
    case "myActions":
      return <MyActionsPage />;
    case "child":
      return <ChildPage childId={route.childId} entryId={route.entryId} />;
    case "timelinePrint":
      return <TimelinePrintPage childId={route.childId} from={route.from} to={route.to} />;
    case "dashboard":
      return <DashboardPage scope={route.scope} />;
    case "tabConfig":
      return <TabConfigPage />;
    case "children":
      return <ChildrenPage />;
    case "settings":
      return <SettingsPage />;
    case "demoInbox":
      return <DemoInboxPage />;
    case "agenda":
      return <AgendaPage meetingId={route.meetingId} />;
    case "meetings":
      return <MeetingsPage />;
  }
}

/** The page's services, once composed: until then the page's skeleton shows in their place. */
function WithServices({ services, children }: { services: Promise<Services>; children: ReactNode }) {
  return <ServicesProvider services={use(services)}>{children}</ServicesProvider>;
}

/** Tells the shell once the page inside its `Suspense` has rendered: its effects run only then. */
function PageShown({ onShown }: { onShown: (shown: true) => void }) {
  useEffect(() => onShown(true), [onShown]);
  return null;
}

const AREA_PAGES: readonly PageName[] = [
  "meetings",
  "findTimes",
  "children",
  "child",
  "dashboard",
  "settings",
];

interface ShellProps {
  readonly host: Host;
  /** Whether this is the demo school, known from the configuration before anything is loaded. */
  readonly demo: boolean;
  /**
   * The ports and use cases, still on their way: the shell and the page's skeleton are drawn
   * before them, so the first screen never waits for Graph, MSAL or the demo tenant.
   */
  readonly services: Promise<Services>;
}

/** The frame every host shows: the host's theme, navigation between areas, and one error boundary per page. */
export function AppShell({ host, demo, services }: ShellProps) {
  useGlobalStyles();
  const styles = useStyles();
  const routePath = useRoutePath();
  // In Outlook the first screen is what the open item needs, not the app's navigation.
  const pane = host.mailItem !== undefined && host.mailItem.kind !== "none";
  const path = pane && window.location.hash === "" ? "/outlook" : routePath;
  const inPane = path === "/outlook";
  const [theme, setTheme] = useState(host.context.theme);
  useEffect(() => host.onThemeChange(setTheme), [host]);
  // A pinned pane whose item changes goes back to the first screen, for the new item.
  useEffect(() => host.onMailItemChange?.(() => navigate("/outlook")), [host]);
  const area = areas.find((a) => path.startsWith(a.path))?.path ?? "/meetings";
  // The other pages are fetched once the first one is on screen and the browser is idle.
  const [firstPageShown, setFirstPageShown] = useState(false);
  useEffect(() => {
    if (!firstPageShown) return;
    return whenIdle(() => prefetchPages(demo ? [...AREA_PAGES, "demoInbox"] : AREA_PAGES));
  }, [firstPageShown, demo]);
  // Once signed out, nothing of the member of staff's stays on screen.
  const [signedOut, setSignedOut] = useState<SignOutOutcome>();
  if (signedOut) {
    return (
      <FluentProvider
        theme={fluentTheme(host.context.kind, theme)}
        className={styles.root}
        data-theme={theme}
      >
        <Suspense fallback={null}>
          <WithServices services={services}>
            <SignedOutPage outcome={signedOut} />
          </WithServices>
        </Suspense>
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={fluentTheme(host.context.kind, theme)} className={styles.root} data-theme={theme}>
      <header className={styles.header}>
        <Text as="h1" size={500} weight="semibold">
          {shellText("shell.productName")}
        </Text>
        {!inPane && (
          <nav aria-label={shellText("shell.areas")}>
            <TabList
              className={styles.tabs}
              selectedValue={area}
              onTabSelect={(_, d) => navigate(String(d.value))}
              size="small"
            >
              {areas.map((a) => (
                <Tab key={a.path} value={a.path} icon={a.icon}>
                  {shellText(a.label)}
                </Tab>
              ))}
            </TabList>
          </nav>
        )}
        {demo && (
          <Text size={200} className={styles.demo}>
            {shellText("shell.demoSchool")}
          </Text>
        )}
      </header>
      <main className={inPane ? styles.pane : styles.main}>
        <ErrorBoundary key={path}>
          <Suspense fallback={<PageSkeleton title={routeTitle(parseRoute(path))} />}>
            <WithServices services={services}>
              <SignedOutContext.Provider value={setSignedOut}>
                <Page path={path} host={host} />
              </SignedOutContext.Provider>
              <PageShown onShown={setFirstPageShown} />
            </WithServices>
          </Suspense>
        </ErrorBoundary>
      </main>
    </FluentProvider>
  );
}
