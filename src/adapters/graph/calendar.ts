import type * as G from "@microsoft/microsoft-graph-types";
import type {
  Attendee,
  Calendar,
  CalendarEvent,
  EventChanges,
  FileToAttach,
  NewEvent,
} from "../../domain/ports/calendar";
import { graphFromInstant, instantFromGraph } from "./graphTime";
import type { GraphTransport } from "./transport";

function eventFrom(e: G.Event): CalendarEvent {
  return {
    id: e.id ?? "",
    start: instantFromGraph(e.start),
    end: instantFromGraph(e.end),
    joinUrl: e.onlineMeeting?.joinUrl ?? undefined,
    attendees: (e.attendees ?? []).map((a) => ({
      name: a.emailAddress?.name ?? "",
      email: (a.emailAddress?.address ?? "").toLowerCase(),
      type: (a.type ?? "required") as Attendee["type"],
      response: a.status?.response ?? "none",
    })),
  };
}

function attendeesOf(list: readonly Attendee[]): G.Attendee[] {
  return list.map((a) => ({ type: a.type, emailAddress: { name: a.name, address: a.email } }));
}

/** Events in the signed-in organiser's calendar: always private, created once per transactionId. */
export class GraphCalendar implements Calendar {
  constructor(private readonly graph: GraphTransport) {}

  async create(event: NewEvent, transactionId: string): Promise<CalendarEvent> {
    const body: G.Event = {
      subject: event.subject,
      body: { contentType: "html", content: event.bodyHtml },
      start: graphFromInstant(event.start),
      end: graphFromInstant(event.end),
      attendees: attendeesOf(event.attendees),
      ...(event.location
        ? { location: { displayName: event.location.name, locationEmailAddress: event.location.email } }
        : {}),
      sensitivity: "private",
      showAs: event.hold ? "tentative" : "busy",
      isReminderOn: !event.hold,
      responseRequested: !event.hold,
      allowNewTimeProposals: false,
      hideAttendees: event.hideAttendees,
      transactionId,
      ...(event.online ? { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" } : {}),
    };
    // transactionId makes the create safe to repeat: Graph returns the first event, not a second.
    const res = await this.graph.request<G.Event>({
      method: "POST",
      path: "/me/events",
      body,
      safeToRepeat: true,
    });
    return eventFrom(res.body);
  }

  async get(id: string): Promise<CalendarEvent> {
    const res = await this.graph.request<G.Event>({
      method: "GET",
      path: `/me/events/${encodeURIComponent(id)}?$select=id,start,end,attendees,onlineMeeting`,
    });
    return eventFrom(res.body);
  }

  async update(id: string, changes: EventChanges): Promise<CalendarEvent> {
    const body: G.Event = {
      ...(changes.subject === undefined ? {} : { subject: changes.subject }),
      ...(changes.bodyHtml === undefined ? {} : { body: { contentType: "html", content: changes.bodyHtml } }),
      ...(changes.start === undefined ? {} : { start: graphFromInstant(changes.start) }),
      ...(changes.end === undefined ? {} : { end: graphFromInstant(changes.end) }),
      ...(changes.attendees === undefined ? {} : { attendees: attendeesOf(changes.attendees) }),
      ...(changes.location === undefined
        ? {}
        : {
            location: { displayName: changes.location.name, locationEmailAddress: changes.location.email },
          }),
      ...(changes.online ? { isOnlineMeeting: true, onlineMeetingProvider: "teamsForBusiness" } : {}),
    };
    const res = await this.graph.request<G.Event>({
      method: "PATCH",
      path: `/me/events/${encodeURIComponent(id)}`,
      body,
    });
    return eventFrom(res.body);
  }

  async cancel(id: string, comment: string): Promise<void> {
    // Cancelling twice finds nothing the second time; that is the outcome we wanted.
    await this.graph.request({
      method: "POST",
      path: `/me/events/${encodeURIComponent(id)}/cancel`,
      body: { comment },
      safeToRepeat: true,
    });
  }

  async attach(id: string, file: FileToAttach): Promise<void> {
    await this.graph.request({
      method: "POST",
      path: `/me/events/${encodeURIComponent(id)}/attachments`,
      body: {
        "@odata.type": "#microsoft.graph.fileAttachment",
        name: file.name,
        contentType: file.contentType,
        contentBytes: file.base64,
      },
    });
  }
}
