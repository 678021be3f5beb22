import { FluentProvider, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { CalendarLtrRegular, PeopleRegular, SettingsRegular } from "@fluentui/react-icons";
import { Suspense, useEffect, useState } from "react";
import { parseRoute } from "../features/routes";
import { type Services, ServicesProvider } from "../features/services";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { Loading } from "../ui/Loading";
import {
  ChildPage,
  ChildrenPage,
  DemoInboxPage,
  FindTimesPage,
  MeetingsPage,
  type PageName,
  prefetchPages,
  SettingsPage,
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
  },
  main: { padding: tokens.spacingHorizontalL, maxWidth: "1100px" },
  demo: { color: tokens.colorPaletteMarigoldForeground2 },
});

const areas = [
  { path: "/meetings", label: "Meetings", icon: <CalendarLtrRegular /> },
  { path: "/children", label: "Children", icon: <PeopleRegular /> },
  { path: "/settings", label: "Settings", icon: <SettingsRegular /> },
] as const;

function Page({ path }: { path: string }) {
  const route = parseRoute(path);
  switch (route.page) {
    case "findTimes":
      return <FindTimesPage childId={route.childId} reschedule={route.reschedule} />;
    case "child":
      return <ChildPage childId={route.childId} />;
    case "children":
      return <ChildrenPage />;
    case "settings":
      return <SettingsPage />;
    case "demoInbox":
      return <DemoInboxPage />;
    case "meetings":
      return <MeetingsPage />;
  }
}

/** Tells the shell once the page inside its `Suspense` has rendered: its effects run only then. */
function PageShown({ onShown }: { onShown: (shown: true) => void }) {
  useEffect(() => onShown(true), [onShown]);
  return null;
}

const AREA_PAGES: readonly PageName[] = ["meetings", "findTimes", "children", "child", "settings"];

/** The frame every host shows: the host's theme, navigation between areas, and one error boundary per page. */
export function AppShell({ services }: { services: Services }) {
  const styles = useStyles();
  const path = useRoutePath();
  const [theme, setTheme] = useState(services.host.context.theme);
  useEffect(() => services.host.onThemeChange(setTheme), [services.host]);
  const area = areas.find((a) => path.startsWith(a.path))?.path ?? "/meetings";
  // The other pages are fetched once the first one is on screen and the browser is idle.
  const [firstPageShown, setFirstPageShown] = useState(false);
  const demo = services.demo !== undefined;
  useEffect(() => {
    if (!firstPageShown) return;
    return whenIdle(() => prefetchPages(demo ? [...AREA_PAGES, "demoInbox"] : AREA_PAGES));
  }, [firstPageShown, demo]);
  return (
    <FluentProvider theme={fluentTheme(services.host.context.kind, theme)} className={styles.root}>
      <ServicesProvider services={services}>
        <header className={styles.header}>
          <Text as="h1" size={500} weight="semibold">
            Common Ground
          </Text>
          <nav aria-label="Areas">
            <TabList selectedValue={area} onTabSelect={(_, d) => navigate(String(d.value))} size="small">
              {areas.map((a) => (
                <Tab key={a.path} value={a.path} icon={a.icon}>
                  {a.label}
                </Tab>
              ))}
            </TabList>
          </nav>
          {services.demo && (
            <Text size={200} className={styles.demo}>
              Demo school
            </Text>
          )}
        </header>
        <main className={styles.main}>
          <ErrorBoundary key={path}>
            <Suspense fallback={<Loading label="Opening…" />}>
              <Page path={path} />
              <PageShown onShown={setFirstPageShown} />
            </Suspense>
          </ErrorBoundary>
        </main>
      </ServicesProvider>
    </FluentProvider>
  );
}
