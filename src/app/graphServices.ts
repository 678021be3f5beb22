import { GraphCalendar } from "../adapters/graph/calendar";
import { GraphDirectory } from "../adapters/graph/directory";
import { GraphDocumentLibrary } from "../adapters/graph/documentLibrary";
import { GraphFreeBusy } from "../adapters/graph/freeBusy";
import { GraphMail } from "../adapters/graph/mail";
import { GraphAgendaTemplates } from "../adapters/graph/records/agendaTemplates";
import { GraphFamilyContacts } from "../adapters/graph/records/familyImport";
import { GraphRecords } from "../adapters/graph/records/records";
import { GraphSchoolSettings } from "../adapters/graph/records/schoolSettings";
import { GraphRecordsSetup } from "../adapters/graph/records/setup";
import { GraphSummaryDrafts } from "../adapters/graph/records/summaryDrafts";
import { GraphScheduledMail } from "../adapters/graph/scheduledMail";
import { GRAPH_SCOPES, SETUP_SCOPES } from "../adapters/graph/scopes";
import { SiteRef } from "../adapters/graph/site";
import { GraphTransport, type GraphTransportOptions } from "../adapters/graph/transport";
import type { DocumentRenderer } from "../domain/ports/documents";
import type { ReplyReader } from "../domain/ports/reply-reader";
import type { Services } from "../features/services";
import { agendaActions } from "./agendas/agendaActions";
import { withAgendas } from "./agendas/withAgendas";
import type { CachedReads } from "./cachedReads";
import { childrenOverview } from "./children/childrenOverview";
import { dashboard } from "./dashboard/dashboard";
import { flowContext } from "./meetings/flowContext";
import { meetingActions } from "./meetings/meetingActions";
import { MeetingStore } from "./meetings/meetingStore";
import { offerActions } from "./meetings/offerActions";
import { outlookActions } from "./outlook/outlookActions";
import { signOutWithDrafts } from "./signOut";
import { summaryActions } from "./summaries/summaryActions";
import type { SignIn } from "./tokensOnFirstUse";
import { userDrafts } from "./userDrafts";

/** The production Graph code, over whichever sign-in the mode gives it. */
export function graphServices(tokens: SignIn, site: string, options: Partial<GraphTransportOptions> = {}) {
  const graph = new GraphTransport({ tokens, scopes: GRAPH_SCOPES, ...options });
  const siteRef = new SiteRef(graph, site);
  const schoolSettings = new GraphSchoolSettings(graph, siteRef);
  return {
    graph,
    session: tokens,
    directory: new GraphDirectory(graph, siteRef),
    records: new GraphRecords(graph, siteRef),
    setup: new GraphRecordsSetup(
      graph,
      siteRef,
      new GraphTransport({ tokens, scopes: SETUP_SCOPES, ...options }),
    ),
    families: new GraphFamilyContacts(graph, siteRef),
    freeBusy: new GraphFreeBusy(graph),
    mail: new GraphMail(graph),
    scheduledMail: new GraphScheduledMail(graph),
    calendar: new GraphCalendar(graph),
    schoolSettings,
    agendaTemplates: new GraphAgendaTemplates(schoolSettings),
    library: new GraphDocumentLibrary(graph, siteRef),
    summaryDrafts: new GraphSummaryDrafts(graph, siteRef),
  };
}

export type GraphServices = ReturnType<typeof graphServices>;

export type Base = Pick<
  Services,
  "clock" | "schoolZone" | "schoolLocale" | "drafts" | "parentPageUrl" | "random"
> & {
  readonly replyReader: ReplyReader;
  readonly documents: DocumentRenderer;
};

/**
 * The ports features use, and the meeting use cases built once over them; directory, settings and
 * family reads go through `reads`, the cache over `g`'s own.
 */
export function pick(g: GraphServices, base: Base, reads: CachedReads) {
  const { session, setup, freeBusy, mail, calendar, scheduledMail, library, summaryDrafts } = g;
  const { directory, schoolSettings, families, records, timelines } = reads;
  // Replaces the device's drafts in Services: each signed-in user's are kept apart.
  const drafts = userDrafts(base.drafts, () => session.user());
  const ports = {
    ...base,
    drafts,
    directory,
    records,
    freeBusy,
    schoolSettings,
    mail,
    scheduledMail,
    calendar,
    families,
    library,
  };
  const store = new MeetingStore(records, base.clock);
  const deps = flowContext(ports);
  const agendas = agendaActions({ ...ports, agendaTemplates: g.agendaTemplates }, store, deps);
  // Booking through here also sends an agenda that is already due.
  const meetings = withAgendas(meetingActions(ports, store, deps), agendas);
  const summaries = summaryActions({ ...ports, summaryDrafts }, store, deps, drafts);
  return {
    session: signOutWithDrafts(session, drafts, reads.clear),
    drafts,
    directory,
    records,
    timelines,
    documents: base.documents,
    setup,
    families,
    freeBusy,
    schoolSettings,
    mail,
    calendar,
    meetings,
    agendas,
    outlook: outlookActions({ ...base, directory, records, families, meetings, store, deps, summaries }),
    offers: offerActions(ports, store, deps, drafts),
    summaries,
    childrenOverview: childrenOverview({ directory, records, clock: base.clock, schoolSettings }),
    dashboard: dashboard({
      directory,
      records,
      schoolSettings,
      clock: base.clock,
      schoolZone: base.schoolZone,
    }),
  };
}
