import type * as G from "@microsoft/microsoft-graph-types";
import { msFromGraph } from "../graphTime";
import type { TenantContext } from "../http";
import { newId } from "../state";
import { addressOf, isBusy, overlaps } from "./eventStore";

/**
 * The attendees an attendee's copy shows. With `hideAttendees`, Graph says "each attendee only sees
 * themselves in the meeting request and meeting Tracking list".
 */
export function attendeesSeenBy(event: G.Event, attendee: G.Attendee): G.Attendee[] {
  const all = event.attendees ?? [];
  const shown = event.hideAttendees ? all.filter((a) => addressOf(a) === addressOf(attendee)) : all;
  return shown.map((a) => ({ ...a }));
}

/** Puts a copy on each internal attendee's calendar; a room that is already booked declines. */
export function invite(ctx: TenantContext, organizer: string, event: G.Event): void {
  const s = msFromGraph(event.start);
  const f = msFromGraph(event.end);
  for (const attendee of event.attendees ?? []) {
    const address = addressOf(attendee);
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
        attendees: attendeesSeenBy(event, attendee),
        responseStatus: { response: isRoom ? "accepted" : "notResponded" },
      });
    }
  }
}

/** Takes a meeting off every calendar: the organiser's and each attendee's copy. */
export function removeCopies(ctx: TenantContext, iCalUId: string | null | undefined): void {
  for (const [address, events] of Object.entries(ctx.state.calendars)) {
    ctx.state.calendars[address] = events.filter((e) => e.iCalUId !== iCalUId);
  }
}
