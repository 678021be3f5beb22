import type * as G from "@microsoft/microsoft-graph-types";
import { msFromGraph } from "../graphTime";
import { graphError, mailboxOf, type TenantContext } from "../http";

export function isBusy(e: G.Event): boolean {
  return !e.isCancelled && e.showAs !== "free";
}

export function overlaps(a: G.Event, s: number, f: number): boolean {
  return msFromGraph(a.start) < f && msFromGraph(a.end) > s;
}

export function findEvent(ctx: TenantContext, who: string | undefined, id: string | undefined) {
  const address = mailboxOf(ctx, who);
  const events = address ? ctx.state.calendars[address] : undefined;
  const event = events?.find((e) => e.id === id);
  return { address, events, event };
}

export function notFound(ctx: TenantContext) {
  return graphError(404, "ErrorItemNotFound", "The specified object was not found in the store.", ctx.now());
}

/** An attendee's (or recipient's) address in lower case, the way the fake keys mailboxes. */
export function addressOf(who: G.Attendee | G.Recipient): string {
  return who.emailAddress?.address?.toLowerCase() ?? "";
}

/** Whether this calendar's copy is the organiser's own: the copies on attendees' calendars are not. */
export function isOrganizerCopy(event: G.Event, owner: string): boolean {
  return event.isOrganizer ?? event.organizer?.emailAddress?.address?.toLowerCase() === owner;
}

/** Whether an address belongs to the tenant (a member of staff or a room) rather than the outside world. */
export function isInTenant(ctx: TenantContext, address: string): boolean {
  const { state } = ctx;
  return (
    address in state.calendars ||
    address in state.mailboxes ||
    state.users.some((u) => u.mail?.toLowerCase() === address) ||
    state.rooms.some((r) => r.emailAddress?.toLowerCase() === address)
  );
}

/** The Teams join link Graph puts in `onlineMeeting.joinUrl` when it sets up an online meeting. */
export function onlineMeetingFor(id: string): G.OnlineMeetingInfo {
  return { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${id}%40thread.v2/0` };
}
