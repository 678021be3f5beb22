import type * as G from "@microsoft/microsoft-graph-types";
import type { TenantContext } from "../http";
import { newId } from "../state";
import { addressOf, isInTenant } from "./eventStore";

/** What a meeting message says: an invitation or update (`meetingRequestType`), or a cancellation. */
export type MeetingNotice =
  | {
      readonly kind: "request";
      readonly requestType: "newMeetingRequest" | "fullUpdate" | "informationalUpdate";
      /** The meeting as it was before an update, for `previousStartDateTime` and the rest. */
      readonly previous?: Pick<G.Event, "start" | "end" | "location">;
    }
  | { readonly kind: "cancellation"; readonly comment: string };

type EventMessage = G.EventMessageRequest & { "@odata.type": string };

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);

function bodyHtml(event: G.Event): string {
  const content = event.body?.content ?? "";
  const html = event.body?.contentType?.toLowerCase() === "text" ? escapeHtml(content) : content;
  const joinUrl = event.onlineMeeting?.joinUrl;
  // Exchange adds the Teams block to an online meeting's invitation; families join from this link.
  return joinUrl
    ? `${html}<div><p>Microsoft Teams meeting</p><p><a href="${escapeHtml(joinUrl)}">Join the meeting now</a></p></div>`
    : html;
}

function recipient(a: G.Attendee): G.Recipient {
  return { emailAddress: { name: a.emailAddress?.name ?? "", address: a.emailAddress?.address ?? "" } };
}

function message(
  ctx: TenantContext,
  organizer: string,
  event: G.Event,
  toRecipients: G.Recipient[],
  notice: MeetingNotice,
): EventMessage {
  const stamp = new Date(ctx.now()).toISOString();
  const sender = ctx.state.users.find((u) => u.mail?.toLowerCase() === organizer);
  const from = { emailAddress: { name: sender?.displayName ?? organizer, address: organizer } };
  const common = {
    toRecipients,
    from,
    sender: from,
    createdDateTime: stamp,
    sentDateTime: stamp,
    receivedDateTime: stamp,
    isRead: false,
    isDraft: false,
    parentFolderId: "inbox",
    conversationId: `conv-${event.iCalUId ?? event.id}`,
    internetMessageId: `<${ctx.now().toString(36)}.${ctx.state.nextId}@glenmore.example.org>`,
    startDateTime: event.start,
    endDateTime: event.end,
    location: event.location,
    isAllDay: event.isAllDay ?? false,
    type: "singleInstance" as const,
  };
  if (notice.kind === "cancellation") {
    return {
      "@odata.type": "#microsoft.graph.eventMessage",
      ...common,
      subject: `Canceled: ${event.subject ?? ""}`,
      body: { contentType: "html", content: notice.comment ? `<p>${escapeHtml(notice.comment)}</p>` : "" },
      meetingMessageType: "meetingCancelled",
    };
  }
  const before = notice.previous;
  return {
    "@odata.type": "#microsoft.graph.eventMessageRequest",
    ...common,
    subject: event.subject ?? "",
    body: { contentType: "html", content: bodyHtml(event) },
    meetingMessageType: "meetingRequest",
    meetingRequestType: notice.requestType,
    allowNewTimeProposals: event.allowNewTimeProposals ?? true,
    responseRequested: event.responseRequested ?? true,
    ...(before && before.start?.dateTime !== event.start?.dateTime
      ? { previousStartDateTime: before.start }
      : {}),
    ...(before && before.end?.dateTime !== event.end?.dateTime ? { previousEndDateTime: before.end } : {}),
    ...(before && before.location?.displayName !== event.location?.displayName
      ? { previousLocation: before.location }
      : {}),
  };
}

/**
 * Sends a meeting message from the organiser to each of `to`. Outside addresses (families) receive
 * it in `state.external`; staff in their inbox; rooms keep no mailbox in the fake. Each recipient's
 * copy names only them when the event hides attendees, otherwise everyone in `shown`.
 * Exchange would also file the organiser's copy in Sent Items; the fake keeps Sent Items for mail
 * the app sent itself, which is what the app searches there.
 */
export function notifyAttendees(
  ctx: TenantContext,
  organizer: string,
  event: G.Event,
  recipients: { readonly to: readonly G.Attendee[]; readonly shown: readonly G.Attendee[] },
  notice: MeetingNotice,
): void {
  for (const attendee of recipients.to) {
    const address = addressOf(attendee);
    if (!address || address === organizer) continue;
    const shown = event.hideAttendees ? [attendee] : recipients.shown;
    const copy = {
      ...message(ctx, organizer, event, shown.map(recipient), notice),
      id: newId(ctx.state, "msg-"),
    };
    if (!isInTenant(ctx, address)) ctx.state.external.push({ id: copy.id, to: address, message: copy });
    else ctx.state.mailboxes[address]?.push(copy);
  }
  ctx.changed();
}
