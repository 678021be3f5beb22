import { isServiceError, type ServiceErrorCode } from "../domain/errors";
import { MeetingError, type MeetingProblem } from "../domain/meetings/meetingError";
import { formatSlot } from "../domain/time/format";
import { FLOW_WORDS, STATUS_WORDS } from "./meetings/meetingWords";

const sentences: Record<ServiceErrorCode, string> = {
  throttled: "Microsoft 365 is busy and asked us to slow down. Nothing was lost; try again in a minute.",
  unavailable: "Microsoft 365 is not answering just now. Nothing was lost; try again in a few minutes.",
  timeout: "Microsoft 365 took too long to answer. Nothing was lost; try again.",
  uncertain:
    "We could not confirm whether that went through. Check before trying again, so nothing is sent twice.",
  network: "You seem to be offline. Your work is kept here; try again when you are connected.",
  conflict: "Someone else changed this while you were working. Review their change, then save yours again.",
  notFound: "That item no longer exists. It may have been deleted by someone else.",
  forbidden: "Your account is not allowed to do this. Ask your Microsoft 365 administrator for access.",
  unauthenticated: "Your sign-in has expired. Sign in again to carry on.",
  badRequest: "Microsoft 365 did not accept this request. Check what you entered and try again.",
  listThreshold: "This list is too large to search that way. Please tell your administrator.",
  notProvisioned:
    "Common Ground's lists are not set up on the pastoral site yet. Open Settings to set them up.",
  unknown: "Something unexpected went wrong. Nothing was lost; try again.",
};

/** A meeting problem in plain words, with what to do next. Times are in the school's zone. */
export function meetingProblemText(p: MeetingProblem, zone: string): string {
  const when = (s: { start: number; end: number }) => formatSlot(s.start, s.end, zone, "en-GB");
  switch (p.code) {
    case "unreadable":
      return `This meeting's record cannot be read (${p.problem}). Nothing was changed. Ask your administrator to check it in the CG Meetings list.`;
    case "noSuchTime":
      return `There is no offered time ${p.slot + 1}. Check for replies again, then choose one of the offered times.`;
    case "noCarer":
      return "That carer is no longer on this offer. Check for replies again.";
    case "timePassed":
      return `${when(p.slot)} has already started or passed. Offer new times instead.`;
    case "timeTaken":
      return `That time has gone: ${p.busy.join(", ")} ${p.busy.length === 1 ? "is" : "are"} no longer free.`;
    case "wrongState":
      return `This meeting is now “${STATUS_WORDS[p.status]}”, so ${FLOW_WORDS[p.action]} is not possible. Reload the list to see where it stands.`;
    case "otherWorkUnderway":
      return `An earlier change (${FLOW_WORDS[p.flow]}) was interrupted. Press Finish on this meeting first; nothing will be done twice.`;
    case "differentTime":
      return `They chose a different time from the one booked (${when(p.booked)}). Reply to them, or reschedule the meeting.`;
    case "nothingToChase":
      return "Every household has answered, so there is no one to remind.";
    case "noSchoolProfile":
      return "Set the school's name and phone number in Settings first.";
    case "noTimes":
      return "Choose at least one time to offer.";
    case "noAgenda":
      return "An agenda can be written once the meeting is booked.";
    case "agendaUnchanged":
      return "The family already has this agenda: nothing has changed since it was sent.";
    case "lateChangeReason":
      return "The family already has the agenda. Say why it is changing: your words go to the family as you write them.";
    case "badAgendaItem":
      return `Item ${p.item} needs words and a length from 0 to 240 minutes.`;
  }
}

/** The plain-language sentence for an error, shown at the UI edge. */
export function errorText(error: unknown, zone = "Europe/London"): string {
  if (isServiceError(error)) return sentences[error.code];
  if (error instanceof MeetingError) return meetingProblemText(error.problem, zone);
  return error instanceof Error ? `Something unexpected went wrong: ${error.message}` : sentences.unknown;
}
