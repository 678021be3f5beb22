import type { Meeting } from "../../domain/meetings/meeting";
import { MEETING_TYPES } from "../../domain/meetings/meetingTypes";
import type { StaffMember } from "../../domain/school/people";
import type { FindTimesForm, Invitation } from "./findTimesForm";

/**
 * The form for moving a booked meeting: the same kind of meeting, the same people (required or
 * optional as before) and the same format; staff then say what the family can do now.
 */
export function sameMeeting(meeting: Meeting, staff: readonly StaffMember[]): Partial<FindTimesForm> {
  const invited: Record<string, Invitation> = {};
  for (const member of staff) {
    const was = meeting.invitees.find((i) => i.email.toLowerCase() === member.email.toLowerCase());
    invited[member.email] = was ? (was.required ? "required" : "optional") : "no";
  }
  const type = MEETING_TYPES.find((t) => t.id === meeting.typeId);
  return {
    staff: invited,
    format: meeting.format,
    ...(type ? { typeId: type.id, minutes: type.minutes } : {}),
  };
}
