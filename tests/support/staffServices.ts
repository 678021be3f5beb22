import { localDrafts } from "../../src/adapters/browser/localDrafts";
import { GraphFamilyContacts } from "../../src/adapters/graph/records/familyImport";
import { GraphSchoolSettings } from "../../src/adapters/graph/records/schoolSettings";
import { GraphRecordsSetup } from "../../src/adapters/graph/records/setup";
import { SiteRef } from "../../src/adapters/graph/site";
import { childrenOverview } from "../../src/app/children/childrenOverview";
import { ianaZone } from "../../src/domain/time/zone";
import type { Services } from "../../src/features/services";
import { type meetingWorld, SITE } from "./meetingWorld";

type Built = Awaited<ReturnType<ReturnType<typeof meetingWorld>["build"]>>;

/** What the screens get, over a meeting world's production Graph adapters, in a plain browser host. */
export function staffServices(w: Built): Services {
  const site = new SiteRef(w.graph, SITE);
  return {
    ...w.deps,
    host: {
      context: {
        kind: "standalone",
        theme: "light",
        locale: "en-GB",
        timeZone: undefined,
        loginHint: undefined,
      },
      onThemeChange: () => () => undefined,
    },
    schoolZone: ianaZone("Europe/London"),
    directory: w.directory,
    records: w.records,
    schoolSettings: new GraphSchoolSettings(w.graph, site),
    setup: new GraphRecordsSetup(w.graph, site),
    families: new GraphFamilyContacts(w.graph, site),
    drafts: localDrafts(undefined),
    offers: w.offers,
    meetings: w.meetings,
    summaries: w.summaries,
    childrenOverview: childrenOverview({ directory: w.directory, records: w.records, clock: w.deps.clock }),
    session: { user: () => "aileen.macrae@glenmore.example.org", signOut: async () => "signedOut" },
    demo: undefined,
  };
}
