import { FluentProvider, makeStyles, Tab, TabList, Text, tokens } from "@fluentui/react-components";
import { CalendarLtrRegular, PeopleRegular, SettingsRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { ChildPage } from "../features/children/ChildPage";
import { ChildrenPage } from "../features/children/ChildrenPage";
import { DemoInboxPage } from "../features/demo-inbox/DemoInboxPage";
import { FindTimesPage } from "../features/find-times/FindTimesPage";
import { MeetingsPage } from "../features/meetings/MeetingsPage";
import { parseRoute } from "../features/routes";
import { type Services, ServicesProvider } from "../features/services";
import { SettingsPage } from "../features/settings/SettingsPage";
import { ErrorBoundary } from "../ui/ErrorBoundary";
import { navigate, useRoutePath } from "./router";
import { fluentTheme } from "./theme";

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

/** The frame every host shows: the host's theme, navigation between areas, and one error boundary per page. */
export function AppShell({ services }: { services: Services }) {
  const styles = useStyles();
  const path = useRoutePath();
  const [theme, setTheme] = useState(services.host.context.theme);
  useEffect(() => services.host.onThemeChange(setTheme), [services.host]);
  const area = areas.find((a) => path.startsWith(a.path))?.path ?? "/meetings";
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
            <Page path={path} />
          </ErrorBoundary>
        </main>
      </ServicesProvider>
    </FluentProvider>
  );
}
