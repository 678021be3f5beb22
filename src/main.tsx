import { createRoot } from "react-dom/client";
import { AppShell } from "./app/AppShell";
import { compose } from "./app/compose";
import { readConfig } from "./app/config";
import { realHostStarters } from "./app/hostStarters";
import { prefetchPageFor } from "./app/pages";
import { currentPath } from "./app/router";
import { StartupError } from "./app/StartupError";
import { hostHint, startHost } from "./app/startHost";

const rootElement = document.getElementById("root");
if (!rootElement) throw new Error("index.html has no #root");
const root = createRoot(rootElement);

async function start(): Promise<void> {
  prefetchPageFor(currentPath());
  const config = readConfig(import.meta.env);
  const host = await startHost(hostHint(window.location.search), realHostStarters, config.hostTimeoutMs);
  const services = await compose(config, host);
  root.render(<AppShell services={services} />);
  // Offers that ran out and meetings that have happened are settled once, at start, never in render.
  services.meetings
    .housekeeping()
    .catch((error: unknown) => console.warn("Housekeeping did not finish", error));
}

start().catch((error: unknown) => {
  console.error(error);
  root.render(<StartupError error={error} />);
});
