import { GraphCalendar } from "../adapters/graph/calendar";
import { GraphDirectory } from "../adapters/graph/directory";
import { GraphFreeBusy } from "../adapters/graph/freeBusy";
import { GraphMail } from "../adapters/graph/mail";
import { GraphFamilyContacts } from "../adapters/graph/records/familyImport";
import { GraphRecords } from "../adapters/graph/records/records";
import { GraphSchoolSettings } from "../adapters/graph/records/schoolSettings";
import { GraphRecordsSetup } from "../adapters/graph/records/setup";
import { GRAPH_SCOPES } from "../adapters/graph/scopes";
import { SiteRef } from "../adapters/graph/site";
import { GraphTransport, type GraphTransportOptions } from "../adapters/graph/transport";
import type { AccessTokenProvider } from "../domain/ports/access-token";
import type { ReplyReader } from "../domain/ports/reply-reader";
import type { Services } from "../features/services";
import { flowContext } from "./meetings/flowContext";
import { meetingActions } from "./meetings/meetingActions";
import { MeetingStore } from "./meetings/meetingStore";
import { offerActions } from "./meetings/offerActions";

/** The production Graph code, over whichever token provider the mode gives it. */
export function graphServices(
  tokens: AccessTokenProvider,
  site: string,
  options: Partial<GraphTransportOptions> = {},
) {
  const graph = new GraphTransport({ tokens, scopes: GRAPH_SCOPES, ...options });
  const siteRef = new SiteRef(graph, site);
  return {
    graph,
    directory: new GraphDirectory(graph, siteRef),
    records: new GraphRecords(graph, siteRef),
    setup: new GraphRecordsSetup(graph, siteRef),
    families: new GraphFamilyContacts(graph, siteRef),
    freeBusy: new GraphFreeBusy(graph),
    mail: new GraphMail(graph),
    calendar: new GraphCalendar(graph),
    schoolSettings: new GraphSchoolSettings(graph, siteRef),
  };
}

export type GraphServices = ReturnType<typeof graphServices>;

export type Base = Pick<Services, "clock" | "schoolZone" | "drafts" | "parentPageUrl" | "random"> & {
  readonly replyReader: ReplyReader;
};

/** The ports features use, and the meeting use cases built once over them. */
export function pick(g: GraphServices, base: Base) {
  const { directory, records, setup, families, freeBusy, schoolSettings, mail, calendar } = g;
  const ports = { ...base, directory, records, freeBusy, schoolSettings, mail, calendar };
  const store = new MeetingStore(records, base.clock);
  const deps = flowContext(ports);
  return {
    directory,
    records,
    setup,
    families,
    freeBusy,
    schoolSettings,
    mail,
    calendar,
    meetings: meetingActions(ports, store, deps),
    offers: offerActions(ports, store, deps, base.drafts),
  };
}
