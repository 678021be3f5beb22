import { browserZone, startStandaloneHost } from "../adapters/browser/standaloneHost";
import type { OfficeSdk } from "../adapters/office/officeHost";
import type { HostStarters } from "./startHost";

/** The real starters: each SDK is loaded only for its own host, so the others never load. */
export const realHostStarters: HostStarters = {
  async teams() {
    const [{ app, pages }, { startTeamsHost }] = await Promise.all([
      import("@microsoft/teams-js"),
      import("../adapters/teams/teamsHost"),
    ]);
    return startTeamsHost(app, browserZone(), pages.config);
  },
  async outlook() {
    const office = (globalThis as { Office?: OfficeSdk }).Office;
    if (!office) throw new Error("Office.js did not load. Check the connection and reopen the add-in.");
    const { startOutlookHost } = await import("../adapters/office/officeHost");
    return startOutlookHost(office);
  },
  standalone: () => startStandaloneHost(window),
};
