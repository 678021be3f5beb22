import { eventAttendees, eventBody, neutralSubject } from "../meetings/flows/eventShape";
import type { Meeting, MeetingSlot } from "../meetings/meeting";
import type { AppointmentFields, MailPerson } from "../ports/mail-item";

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
