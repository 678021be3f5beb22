import { localDrafts } from "../../src/adapters/browser/localDrafts";
import { docxRenderer } from "../../src/adapters/docx/docxRenderer";
import { GraphFamilyContacts } from "../../src/adapters/graph/records/familyImport";
import { GraphSchoolSettings } from "../../src/adapters/graph/records/schoolSettings";
import { GraphRecordsSetup } from "../../src/adapters/graph/records/setup";
import { SiteRef } from "../../src/adapters/graph/site";
import { cachedReads } from "../../src/app/cachedReads";
import { childrenOverview } from "../../src/app/children/childrenOverview";
import { dashboard } from "../../src/app/dashboard/dashboard";
import { outlookActions } from "../../src/app/outlook/outlookActions";
import { ianaZone } from "../../src/domain/time/zone";
import type { Services } from "../../src/features/services";
import { type meetingWorld, SITE } from "./meetingWorld";

type Built = Awaited<ReturnType<ReturnType<typeof meetingWorld>["build"]>>;

/** What the screens get, over a meeting world's production Graph adapters, in a plain browser host. */
export function staffServices(w: Built): Services {
  const site = new SiteRef(w.graph, SITE);
  const schoolSettings = new GraphSchoolSettings(w.graph, site);
  const families = new GraphFamilyContacts(w.graph, site);
  const reads = cachedReads(
    { directory: w.directory, schoolSettings, families, records: w.records },
    { user: "aileen" },
  );
  const schoolZone = ianaZone("Europe/London");
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
    schoolZone,
    directory: w.directory,
    records: reads.records,
    timelines: reads.timelines,
    documents: docxRenderer,
    schoolSettings,
    setup: new GraphRecordsSetup(w.graph, site),
    families,
    drafts: localDrafts(undefined),
    offers: w.offers,
    meetings: w.meetings,
    outlook: outlookActions({
      ...w.deps,
      schoolZone: ianaZone("Europe/London"),
      directory: w.directory,
      records: reads.records,
      families,
      meetings: w.meetings,
      store: w.store,
      deps: async () => w.deps,
      summaries: w.summaries,
    }),
    agendas: w.agendas,
    summaries: w.summaries,
    childrenOverview: childrenOverview({ directory: w.directory, records: w.records, clock: w.deps.clock }),
    dashboard: dashboard({
      directory: w.directory,
      records: w.records,
      schoolSettings,
      clock: w.deps.clock,
      schoolZone,
    }),
    session: { user: () => "aileen.macrae@glenmore.example.org", signOut: async () => "signedOut" },
    demo: undefined,
  };
}
