import type * as G from "@microsoft/microsoft-graph-types";
import { graphFromMs, msFromGraph } from "../graphTime";
import { type FakeResponse, graphError, ok, type TenantContext } from "../http";
import { invite, removeCopies } from "./attendeeCopies";
import { addressOf, isInTenant, isOrganizerCopy, onlineMeetingFor } from "./eventStore";
import { notifyAttendees } from "./meetingMessages";

/** Set by the service, or fixed once set (transactionId, the online meeting): a PATCH leaves them be. */
const NOT_WRITABLE = new Set([
  "id",
  "iCalUId",
  "changeKey",
  "createdDateTime",
  "lastModifiedDateTime",
  "organizer",
  "isOrganizer",
  "responseStatus",
  "isCancelled",
  "hasAttachments",
  "attachments",
  "webLink",
  "transactionId",
  "onlineMeeting",
  "isOnlineMeeting",
  "onlineMeetingProvider",
]);

/** What attendees see; the organiser changing any of them sends an update (Graph's "Update event"). */
const MEETING_PROPERTIES = ["subject", "body", "location", "locations", "isAllDay", "hideAttendees"] as const;

const NO_ANSWER = { response: "none", time: "0001-01-01T00:00:00Z" } as const;

/**
 * Graph: "After you set isOnlineMeeting to true, Microsoft Graph initializes onlineMeeting.
 * Subsequently, Outlook ignores any further changes to isOnlineMeeting, and the meeting remains
 * available online." Returns whether this update made the meeting online.
 */
function goOnline(event: G.Event, changes: G.Event): boolean {
  if (event.onlineMeeting) return false;
  const provider =
    changes.onlineMeetingProvider && changes.onlineMeetingProvider !== "unknown"
      ? changes.onlineMeetingProvider
      : undefined;
  if (changes.isOnlineMeeting !== true && !provider) return false;
  event.isOnlineMeeting = true;
  event.onlineMeetingProvider = provider ?? "teamsForBusiness";
  event.onlineMeeting = onlineMeetingFor(event.id ?? "");
  return true;
}

/** `PATCH /events/{id}`: the organiser's change reaches every calendar and, by message, the families. */
export function updateEvent(
  ctx: TenantContext,
  owner: string,
  event: G.Event,
  changes: G.Event,
): FakeResponse {
  let start: number;
  let end: number;
  try {
    start = msFromGraph(changes.start ?? event.start);
    end = msFromGraph(changes.end ?? event.end);
  } catch (e) {
    return graphError(400, "ErrorInvalidRequest", String(e), ctx.now());
  }
  if (end <= start)
    return graphError(400, "ErrorInvalidRequest", "The end time must be after the start time.", ctx.now());
  const before: G.Event = { ...event, attendees: [...(event.attendees ?? [])] };
  const writable = Object.fromEntries(Object.entries(changes).filter(([k]) => !NOT_WRITABLE.has(k)));
  Object.assign(event, writable, {
    lastModifiedDateTime: new Date(ctx.now()).toISOString(),
    changeKey: `${event.changeKey}+`,
    start: graphFromMs(start),
    end: graphFromMs(end),
  });
  // An attendee's change stays on their own copy; only the organiser's reaches the others.
  if (!isOrganizerCopy(event, owner)) {
    ctx.changed();
    return ok(event);
  }
  const wentOnline = goOnline(event, changes);
  const known = new Map((before.attendees ?? []).map((a) => [addressOf(a), a]));
  event.attendees = (event.attendees ?? []).map((a) => ({
    ...a,
    status: known.get(addressOf(a))?.status ?? a.status ?? NO_ANSWER,
  }));
  removeCopies(ctx, event.iCalUId);
  ctx.state.calendars[owner]?.push(event);
  invite(ctx, owner, event);
  notifyChange(ctx, owner, before, event, wentOnline);
  ctx.changed();
  return ok(event);
}

/**
 * Meeting messages for an update, as Graph documents them: a change of time (or anything attendees
 * see) is sent to every attendee; "an event update that includes only the attendees property …
 * sends a meeting update to only the attendees that have changed" — invitations to those added,
 * cancellations to those removed. Staff see invitations as copies on their calendars, so meeting
 * requests go only to outside attendees.
 */
function notifyChange(
  ctx: TenantContext,
  owner: string,
  before: G.Event,
  event: G.Event,
  wentOnline: boolean,
) {
  const attendees = event.attendees ?? [];
  const had = new Set((before.attendees ?? []).map(addressOf));
  const has = new Set(attendees.map(addressOf));
  const removed = (before.attendees ?? []).filter((a) => !has.has(addressOf(a)));
  const timeChanged =
    msFromGraph(before.start) !== msFromGraph(event.start) ||
    msFromGraph(before.end) !== msFromGraph(event.end);
  const seenChanged =
    wentOnline || MEETING_PROPERTIES.some((k) => JSON.stringify(before[k]) !== JSON.stringify(event[k]));
  const previous = { start: before.start, end: before.end, location: before.location };
  const updateType =
    timeChanged || JSON.stringify(before.location) !== JSON.stringify(event.location)
      ? "fullUpdate"
      : "informationalUpdate";
  for (const a of attendees) {
    if (isInTenant(ctx, addressOf(a))) continue;
    const requestType = !had.has(addressOf(a))
      ? "newMeetingRequest"
      : timeChanged || seenChanged
        ? updateType
        : undefined;
    if (requestType)
      notifyAttendees(
        ctx,
        owner,
        event,
        { to: [a], shown: attendees },
        {
          kind: "request",
          requestType,
          ...(requestType === "newMeetingRequest" ? {} : { previous }),
        },
      );
  }
  if (removed.length > 0)
    notifyAttendees(
      ctx,
      owner,
      before,
      { to: removed, shown: removed },
      { kind: "cancellation", comment: "" },
    );
}
