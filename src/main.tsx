import { createRoot } from "react-dom/client";
import { AppShell } from "./app/AppShell";
import { afterFirstPaint } from "./app/afterFirstPaint";
import { readConfig } from "./app/config";
import { realHostStarters } from "./app/hostStarters";
import { prefetchPageFor } from "./app/pages";
import { currentPath, navigate } from "./app/router";
import { StartupError } from "./app/StartupError";
import { hostHint, startHost } from "./app/startHost";
import { subPagePath } from "./features/routes";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root");
const root = createRoot(rootElement);

async function start(): Promise<void> {
  const config = readConfig(import.meta.env);
  const host = await startHost(hostHint(window.location.search), realHostStarters, config.hostTimeoutMs);
  // A Teams deep link names its page as the tab's sub-page: open that page rather than the tab's own.
  const deepLinked = subPagePath(host.context.subPageId);
  if (deepLinked) navigate(deepLinked);
  // The shell and the page's skeleton are painted first; then the page and the services (the Graph
  // code, the use cases and the read cache, a chunk of their own) are fetched side by side.
  const painted = afterFirstPaint();
  painted.then(() => prefetchPageFor(currentPath()));
  const services = painted.then(() => import("./app/compose")).then(({ compose }) => compose(config, host));
  root.render(<AppShell host={host} demo={config.mode === "demo"} services={services} />);
  // Offers that ran out and meetings that have happened are settled once, at start, never in render.
  const { meetings } = await services;
  meetings.housekeeping().catch((error: unknown) => console.warn("Housekeeping did not finish", error));
}

start().catch((error: unknown) => {
  console.error(error);
  root.render(<StartupError error={error} />);
});
