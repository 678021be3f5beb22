import { escapeHtml } from "../../offers/escapeHtml";
import type { Attendee } from "../../ports/calendar";
import { carersOf, replyOf } from "../households";
import type { Meeting, MeetingSlot } from "../meeting";
import { supportersWithConsent } from "../meetingAdjustments";

/** The neutral subject free/busy may show: never the child's name or a need. */
export function neutralSubject(meeting: Meeting, households: readonly string[]): string {
  // With households kept apart, even a carer's name would tell one household about the other.
  const first = meeting.keepApart ? undefined : households.flatMap((h) => carersOf(meeting, h))[0];
  return first ? `Family meeting – ${first.name}` : "Family meeting";
}

/** Staff, the invited households' carers, their supporters who may see the papers (optional), and the room. */
export function eventAttendees(
  meeting: Meeting,
  households: readonly string[],
  slot: MeetingSlot,
): Attendee[] {
  return [
    ...meeting.invitees.map((i) => ({
      name: i.name,
      email: i.email,
      type: i.required ? ("required" as const) : ("optional" as const),
    })),
    ...households.flatMap((h) =>
      carersOf(meeting, h).map((c) => ({ name: c.name, email: c.email, type: "required" as const })),
    ),
    ...supportersWithConsent(meeting, households).map((s) => ({ ...s, type: "optional" as const })),
    ...(slot.roomEmail
      ? [{ name: slot.roomName ?? "", email: slot.roomEmail, type: "resource" as const }]
      : []),
  ];
}

/** The invitation's first line, which every attendee reads. */
export const eventPurposeLine = (meeting: Meeting): string => `A meeting ${meeting.purpose}.`;

/**
 * The invitation's body, which every attendee can read. Supporters are named so staff know who
 * is coming, unless households are kept apart: then the body says only what all may see, and the
 * details stay on the child's timeline.
 */
export function eventBody(meeting: Meeting, households: readonly string[]): string {
  const lines = [eventPurposeLine(meeting)];
  if (!meeting.keepApart) {
    for (const h of households) {
      const reply = replyOf(meeting, h);
      const s = reply?.answer.supporter;
      const carer = meeting.carers.find((c) => c.id === reply?.carerId);
      if (s && carer)
        lines.push(
          `${carer.name} is bringing ${s.name} (${s.relationship}); papers ${s.sharePapers ? "may" : "may not"} be shared with them.`,
        );
    }
  }
  return lines.map((l) => `<p>${escapeHtml(l)}</p>`).join("");
}
