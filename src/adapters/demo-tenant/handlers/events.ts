import type * as G from "@microsoft/microsoft-graph-types";
import { graphFromMs, msFromGraph } from "../graphTime";
import { graphError, mailboxOf, ok, page, type Route, route, type TenantContext } from "../http";
import { newId } from "../state";

const ATTACHMENT_LIMIT = 3 * 1024 * 1024;

function isBusy(e: G.Event): boolean {
  return !e.isCancelled && e.showAs !== "free";
}

function overlaps(a: G.Event, s: number, f: number): boolean {
  return msFromGraph(a.start) < f && msFromGraph(a.end) > s;
}

function findEvent(ctx: TenantContext, who: string | undefined, id: string | undefined) {
  const address = mailboxOf(ctx, who);
  const events = address ? ctx.state.calendars[address] : undefined;
  const event = events?.find((e) => e.id === id);
  return { address, events, event };
}

function notFound(ctx: TenantContext) {
  return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.", ctx.now());
}

/** Puts a copy on each internal attendee's calendar; a room that is already booked declines. */
function invite(ctx: TenantContext, organizer: string, event: G.Event): void {
  const s = msFromGraph(event.start);
  const f = msFromGraph(event.end);
  for (const attendee of event.attendees ?? []) {
    const address = attendee.emailAddress?.address?.toLowerCase();
    const calendar = address ? ctx.state.calendars[address] : undefined;
    if (!address || !calendar || address === organizer) continue;
    const isRoom = ctx.state.rooms.some((r) => r.emailAddress?.toLowerCase() === address);
    const clash = calendar.some((e) => isBusy(e) && e.iCalUId !== event.iCalUId && overlaps(e, s, f));
    const response = isRoom ? (clash ? "declined" : "accepted") : "none";
    attendee.status = { response: "none", time: new Date(ctx.now()).toISOString() };
    if (isRoom && event.id) {
      ctx.state.roomAnswers ??= {};
      ctx.state.roomAnswers[event.id] = {
        ...ctx.state.roomAnswers[event.id],
        [address]: response as "accepted" | "declined",
      };
    }
    if (response !== "declined") {
      calendar.push({
        ...event,
        id: newId(ctx.state, "ev-"),
        isOrganizer: false,
        responseStatus: { response: isRoom ? "accepted" : "notResponded" },
      });
    }
  }
}

function removeCopies(ctx: TenantContext, iCalUId: string | null | undefined): void {
  for (const [address, events] of Object.entries(ctx.state.calendars)) {
    ctx.state.calendars[address] = events.filter((e) => e.iCalUId !== iCalUId);
  }
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
    if (existing)
      return ok(
        {
          "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#users('me')/events/$entity",
          ...existing,
        },
        201,
      );
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
      responseStatus: { response: "organizer", time: "0001-01-01T00:00:00Z" },
      organizer: { emailAddress: { name: me?.displayName ?? organizer, address: organizer } },
      attendees: (input.attendees ?? []).map((a) => ({
        ...a,
        status: { response: "none", time: "0001-01-01T00:00:00Z" },
      })),
      hasAttachments: false,
      attachments: [],
      onlineMeeting: input.isOnlineMeeting
        ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0` }
        : null,
      onlineMeetingProvider: input.isOnlineMeeting
        ? (input.onlineMeetingProvider ?? "teamsForBusiness")
        : "unknown",
    };
    calendar.push(event);
    if (txn) ctx.state.transactions[txn] = id;
    invite(ctx, organizer, event);
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
    const changes = (req.body ?? {}) as G.Event;
    Object.assign(event, changes, {
      lastModifiedDateTime: new Date(ctx.now()).toISOString(),
      changeKey: `${event.changeKey}+`,
      ...(changes.start ? { start: graphFromMs(msFromGraph(changes.start)) } : {}),
      ...(changes.end ? { end: graphFromMs(msFromGraph(changes.end)) } : {}),
    });
    removeCopies(ctx, event.iCalUId);
    ctx.state.calendars[address]?.push(event);
    invite(ctx, address, event);
    ctx.changed();
    const { attachments: _a, ...shown } = event;
    return ok(shown);
  }),
  route("DELETE", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)$/, (_req, [who, id], ctx) => {
    const { event } = findEvent(ctx, who, id);
    if (!event) return notFound(ctx);
    removeCopies(ctx, event.iCalUId);
    ctx.changed();
    return { status: 204 };
  }),
  route("POST", /^\/(?:me|users\/([^/]+))\/events\/([^/]+)\/cancel$/, (_req, [who, id], ctx) => {
    const { event } = findEvent(ctx, who, id);
    if (!event) return notFound(ctx);
    removeCopies(ctx, event.iCalUId);
    ctx.changed();
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
