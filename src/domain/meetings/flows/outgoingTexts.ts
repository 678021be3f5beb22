import type { OutgoingText } from "../../privacy/privacyGuard";
import { households } from "../households";
import type { Meeting } from "../meeting";
import { eventPurposeLine, neutralSubject } from "./eventShape";
import type { MeetingDeps } from "./flowDeps";

/**
 * Every text about a meeting that leaves the school, by where it goes: the purpose and note (in
 * each email, and the purpose in the event), each email's subject, what each link carries (who
 * comes), and the calendar event's subject, body and location (rooms). The privacy guard reads these.
 */
export function outgoingTexts(meeting: Meeting, deps: Pick<MeetingDeps, "school" | "texts">): OutgoingText[] {
  const all = households(meeting);
  return [
    { where: "purpose", text: meeting.purpose },
    { where: "note", text: meeting.note },
    ...meeting.carers.map((c) => ({
      where: "emailSubject" as const,
      text: deps.texts(c.lang).offer.subject(deps.school.name),
    })),
    ...meeting.invitees
      .filter((i) => i.required)
      .map((i) => ({ where: "link" as const, text: `${i.name} – ${i.role}` })),
    { where: "eventSubject", text: neutralSubject(meeting, all) },
    { where: "eventBody", text: eventPurposeLine(meeting) },
    ...(meeting.offer?.slots ?? []).flatMap((s) =>
      s.roomName ? [{ where: "eventLocation" as const, text: s.roomName }] : [],
    ),
  ];
}
