import { eventAttendees, eventBody, neutralSubject } from "../meetings/flows/eventShape";
import { households, replyOf, withReply } from "../meetings/households";
import type { Meeting, MeetingSlot } from "../meetings/meeting";
import type { AppointmentFields, MailPerson } from "../ports/mail-item";
import type { Supporter } from "../replies/replyAnswer";
import { instant } from "../time/instant";

/**
 * What the open appointment should say for a meeting at `slot`: the same neutral subject,
 * attendees and body a booking puts on the event it creates (`flows/eventShape`), so an
 * appointment filled in Outlook and an event booked from the app cannot drift apart. Private, so
 * free/busy shows nothing of it.
 */
export function appointmentFields(meeting: Meeting, slot: MeetingSlot): AppointmentFields {
  const households = [...new Set(meeting.carers.map((c) => c.household))];
  const attendees = eventAttendees(meeting, households, slot);
  const of = (type: "required" | "optional" | "resource"): MailPerson[] =>
    attendees.filter((a) => a.type === type).map((a) => ({ name: a.name, email: a.email }));
  return {
    subject: neutralSubject(meeting, households),
    start: slot.start,
    end: slot.end,
    required: of("required"),
    optional: of("optional"),
    rooms: of("resource"),
    sensitivity: "private",
    bodyHtml: eventBody(meeting, households),
  };
}

/** Whether the meeting needs a Teams link: Office.js cannot add one, so staff press Teams meeting. */
export const needsOnlineLink = (meeting: Meeting): boolean => meeting.format !== "inPerson";

/**
 * The supporter the family named to staff (on the phone, at the door), kept as their household's
 * answer so the booking's own rules apply to the appointment: with the family's consent to share
 * the papers (and an email) they are an optional attendee; without it they are only named in the
 * invitation. A supporter the household already named in a reply is replaced.
 */
export function withSupporter(meeting: Meeting, supporter: Supporter | undefined, at: number): Meeting {
  const name = supporter?.name.trim() ?? "";
  if (!supporter || !name) return meeting;
  const household = households(meeting)[0];
  const carer = meeting.carers.find((c) => c.household === household);
  if (household === undefined || !carer) return meeting;
  const earlier = replyOf(meeting, household);
  const email = supporter.email?.trim();
  return withReply(meeting, {
    carerId: earlier?.carerId ?? carer.id,
    round: meeting.offer?.round ?? 1,
    receivedAt: instant(at),
    answer: {
      ...(earlier?.answer ?? {
        ref: carer.ref,
        choice: 1,
        availability: "",
        adjustments: [],
        interpreterLanguage: "",
        otherNeeds: "",
        speakingOrder: "noPreference",
        message: "",
      }),
      supporter: {
        name,
        relationship: supporter.relationship.trim(),
        sharePapers: supporter.sharePapers,
        ...(email ? { email } : {}),
      },
    },
  });
}

/** The supporter a meeting's first household named, to offer again when the appointment is re-timed. */
export const supporterOf = (meeting: Meeting): Supporter | undefined => {
  const household = households(meeting)[0];
  return household === undefined ? undefined : (replyOf(meeting, household)?.answer.supporter ?? undefined);
};
