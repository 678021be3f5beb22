import type * as G from "@microsoft/microsoft-graph-types";
import { graphFromMs, msFromGraph } from "../graphTime";
import { graphError, mailboxOf, ok, page, type Route, route, type TenantContext } from "../http";
import { newId } from "../state";
import { invite, removeCopies } from "./attendeeCopies";
import {
  addressOf,
  findEvent,
  isInTenant,
  isOrganizerCopy,
  notFound,
  onlineMeetingFor,
  overlaps,
} from "./eventStore";
import { updateEvent } from "./eventUpdate";
import { notifyAttendees } from "./meetingMessages";

const ATTACHMENT_LIMIT = 3 * 1024 * 1024;
/** Graph's documented answer to an attendee who calls cancel (event-cancel.md). */
const NOT_ORGANIZER = "Your request can't be completed. You need to be an organizer to cancel a meeting.";

/** Takes a meeting off every calendar and tells its attendees, as cancel and the organiser's delete do. */
function cancelMeeting(ctx: TenantContext, organizer: string, event: G.Event, comment: string): void {
  const attendees = event.attendees ?? [];
  notifyAttendees(
    ctx,
    organizer,
    event,
    { to: attendees, shown: attendees },
    { kind: "cancellation", comment },
  );
  removeCopies(ctx, event.iCalUId);
  if (event.id) delete ctx.state.roomAnswers?.[event.id];
  ctx.changed();
}

export const eventRoutes: Route[] = [
  route("POST", /^\/(?:me|users\/([^/]+))\/(?:calendar\/)?events$/, (req, [who], ctx) => {
    const organizer = mailboxOf(ctx, who);
    const calendar = organizer ? ctx.state.calendars[organizer] : undefined;
    if (!organizer || !calendar)
      return graphError(404, "ErrorInvalidUser", "The requested user is invalid.", ctx.now());
    const input = (req.body ?? {}) as G.Event;
    const txn = input.transactionId ? `${organizer}|${input.transactionId}` : undefined;
    const existingId = txn ? ctx.state.transactions[txn] : undefined;
    const existing = existingId ? calendar.find((e) => e.id === existingId) : undefined;
    // A repeated create with the same transactionId returns the event made the first time.
    if (existing) {
      const { attachments: _omitted, ...again } = existing;
      return ok(
        {
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/events/$entity",
          ...again,
        },
        201,
      );
    }
    let s: number;
    let f: number;
    try {
      s = msFromGraph(input.start);
      f = msFromGraph(input.end);
    } catch (e) {
      return graphError(400, "ErrorInvalidRequest", String(e), ctx.now());
    }
    if (f <= s)
      return graphError(400, "ErrorInvalidRequest", "The end time must be after the start time.", ctx.now());
    const id = newId(ctx.state, "ev-");
    const stamp = new Date(ctx.now()).toISOString();
    const me = ctx.state.users.find((u) => u.mail?.toLowerCase() === organizer);
    const event: G.Event = {
      ...input,
      id,
      createdDateTime: stamp,
      lastModifiedDateTime: stamp,
      changeKey: `ck-${id}-1`,
      iCalUId: `ical-${id}`,
      webLink: `https://outlook.office365.com/owa/?itemid=${id}&exvsurl=1&path=/calendar/item`,
      start: graphFromMs(s),
      end: graphFromMs(f),
      isOrganizer: true,
      isCancelled: false,
      isAllDay: input.isAllDay ?? false,
      showAs: input.showAs ?? "busy",
      sensitivity: input.sensitivity ?? "normal",
      hideAttendees: input.hideAttendees ?? false,
      allowNewTimeProposals: input.allowNewTimeProposals ?? true,
      responseRequested: input.responseRequested ?? true,
      isOnlineMeeting: input.isOnlineMeeting ?? false,
      // Common Ground makes single meetings; the fake keeps no series, as Graph shows for a single one.
      recurrence: null,
      responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
      organizer: { emailAddress: { name: me?.displayName ?? organizer, address: organizer } },
      attendees: (input.attendees ?? []).map((a) => ({
        ...a,
        status: { response: "none", time: "0001-01-01T00:00:00Z" },
      })),
      hasAttachments: false,
      attachments: [],
      onlineMeeting: input.isOnlineMeeting ? onlineMeetingFor(id) : null,
      onlineMeetingProvider: input.isOnlineMeeting
        ? (input.onlineMeetingProvider ?? "teamsForBusiness")
        : "unknown",
    };
    calendar.push(event);
    if (txn) ctx.state.transactions[txn] = id;
    invite(ctx, organizer, event);
    // Staff see the invitation as a copy on their calendar; families get the meeting request by email.
    const attendees = event.attendees ?? [];
    notifyAttendees(
      ctx,
      organizer,
      event,
      { to: attendees.filter((a) => !isInTenant(ctx, addressOf(a))), shown: attendees },
      { kind: "request", requestType: "newMeetingRequest" },
    );
    ctx.changed();
    const { attachments: _omitted, ...shown } = event;
    return ok(
      { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/events/$entity", ...shown },
      201,
      {
        Location: `https://graph.microsoft.com/v1.0/me/events('${id}')`,
      },
    );
  }),
  route("GET", /^\/(?:me|users\/([^/]+))\/calendarView$/, (req, [who], ctx) => {
    const address = mailboxOf(ctx, who);
    const events = address ? ctx.state.calendars[address] : undefined;
    if (!events) return graphError(404, "ErrorInvalidUser", "The requested user is invalid.", ctx.now());
    const s = Date.parse(req.url.searchParams.get("startDateTime") ?? "");
    const f = Date.parse(req.url.searchParams.get("endDateTime") ?? "");
    if (Number.isNaN(s) || Number.isNaN(f)) {
      return graphError(
        400,
        "ErrorInvalidParameter",
        "This request requires a time window specified by the query string parameters StartDateTime and EndDateTime.",
        ctx.now(),
      );
    }
    const inView = events
      .filter((e) => !e.isCancelled && overlaps(e, s, f))
      .sort((a, b) => msFromGraph(a.start) - msFromGraph(b.start));
    return page(
      req,
      inView.map(({ attachments: _a, ...e }) => e),
      10,
      1000,
    );
  }),
  route("GET", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)$/, (_req, [who, id], ctx) => {
    const { event } = findEvent(ctx, who, id);
    if (!event) return notFound(ctx);
    const answers = event.id ? ctx.state.roomAnswers?.[event.id] : undefined;
    if (answers && event.id) {
      for (const a of event.attendees ?? []) {
        const answer = answers[a.emailAddress?.address?.toLowerCase() ?? ""];
        if (answer) a.status = { response: answer, time: new Date(ctx.now()).toISOString() };
      }
      delete ctx.state.roomAnswers?.[event.id];
      ctx.changed();
    }
    const { attachments: _a, ...shown } = event;
    return ok(shown);
  }),
  route("PATCH", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)$/, (req, [who, id], ctx) => {
    const { address, event } = findEvent(ctx, who, id);
    if (!event || !address) return notFound(ctx);
    const response = updateEvent(ctx, address, event, (req.body ?? {}) as G.Event);
    if (response.status >= 400) return response;
    const { attachments: _a, ...shown } = event;
    return ok(shown);
  }),
  route("DELETE", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)$/, (_req, [who, id], ctx) => {
    const { address, event, events } = findEvent(ctx, who, id);
    if (!event || !address) return notFound(ctx);
    // Graph: "deleting the event on the organizer's calendar sends a cancellation message to the
    // meeting attendees"; an attendee deleting their copy removes only that copy.
    if (isOrganizerCopy(event, address)) cancelMeeting(ctx, address, event, "");
    else ctx.state.calendars[address] = (events ?? []).filter((e) => e !== event);
    ctx.changed();
    return { status: 204 };
  }),
  route("POST", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)\/cancel$/, (req, [who, id], ctx) => {
    const { address, event } = findEvent(ctx, who, id);
    if (!event || !address) return notFound(ctx);
    if (!isOrganizerCopy(event, address))
      return graphError(400, "ErrorCalendarIsNotOrganizer", NOT_ORGANIZER, ctx.now());
    // Documented as `comment`; Microsoft's own example spells it `Comment`.
    const body = (req.body ?? {}) as { comment?: unknown; Comment?: unknown };
    const comment = [body.comment, body.Comment].find((c): c is string => typeof c === "string") ?? "";
    cancelMeeting(ctx, address, event, comment);
    return { status: 202 };
  }),
  route("POST", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)\/attachments$/, (req, [who, id], ctx) => {
    const { event } = findEvent(ctx, who, id);
    if (!event) return notFound(ctx);
    const input = (req.body ?? {}) as G.FileAttachment & { "@odata.type"?: string };
    const bytes = Math.floor(((input.contentBytes ?? "").length * 3) / 4);
    if (input["@odata.type"] !== "#microsoft.graph.fileAttachment" || !input.name) {
      return graphError(
        400,
        "ErrorInvalidRequest",
        "A fileAttachment needs @odata.type, name and contentBytes.",
        ctx.now(),
      );
    }
    if (bytes > ATTACHMENT_LIMIT) {
      return graphError(
        413,
        "ErrorRequestEntityTooLarge",
        "The attachment is too large; use an upload session.",
        ctx.now(),
      );
    }
    const attachment: G.FileAttachment & { "@odata.type": string } = {
      "@odata.type": "#microsoft.graph.fileAttachment",
      id: newId(ctx.state, "att-"),
      name: input.name,
      contentType: input.contentType ?? "application/octet-stream",
      size: bytes,
      isInline: false,
      lastModifiedDateTime: new Date(ctx.now()).toISOString(),
      contentBytes: input.contentBytes ?? "",
    };
    event.attachments = [...(event.attachments ?? []), attachment];
    event.hasAttachments = true;
    ctx.changed();
    return ok(attachment, 201);
  }),
  route("GET", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)\/attachments$/, (req, [who, id], ctx) => {
    const { event } = findEvent(ctx, who, id);
    return event ? page(req, event.attachments ?? [], 100) : notFound(ctx);
  }),
];
