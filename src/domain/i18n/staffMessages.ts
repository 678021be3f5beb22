import { IntlMessageFormat } from "intl-messageformat";
import type { MessageValues } from "./messages";
import { AGENDA_STAFF_MESSAGES } from "./staff/agenda";
import { CHILDREN_MESSAGES } from "./staff/children";
import { DASHBOARD_MESSAGES } from "./staff/dashboard";
import { DEMO_INBOX_MESSAGES } from "./staff/demoInbox";
import { DRAFTCONFLICT_MESSAGES } from "./staff/draftConflict";
import { FIND_TIMES_MESSAGES } from "./staff/findTimes";
import { MEETINGS_MESSAGES } from "./staff/meetings";
import { OFFER_MESSAGES } from "./staff/offer";
import { OUTLOOK_MESSAGES } from "./staff/outlook";
import { SETTINGS_MESSAGES } from "./staff/settings";
import { SHELL_MESSAGES } from "./staff/shell";
import { STANDING_MESSAGES } from "./staff/standing";
import { SUMMARY_STAFF_MESSAGES } from "./staff/summary";
import { TEAMS_MESSAGES } from "./staff/teams";

/**
 * The staff screens' words that families' words sit beside: meeting kinds and their purposes,
 * where a meeting stands, what was interrupted, and every error in plain words. English (the
 * school's working language), in the same ICU message form as the family catalogue.
 */
export const STAFF_MESSAGES = {
  "type.supportPlanReview": "Support plan review",
  "type.initialConcern": "Initial concern",
  "type.transitionPlanning": "Transition planning",
  "type.annualReview": "Child's plan / EHCP annual review",
  "type.checkIn": "Informal check-in",
  "purpose.supportPlanReview": "to look together at how things are going and agree the next steps",
  "purpose.initialConcern":
    "to listen to you and share what we have noticed, so we can decide together what might help",
  "purpose.transitionPlanning": "to plan the move to the next class or school so it goes well",
  "purpose.annualReview": "to review the plan for the year together and agree what happens next",
  "purpose.checkIn": "to catch up on how things are going",

  "status.offering": "Sending the offer",
  "status.offered": "Awaiting reply",
  "status.booking": "Booking",
  "status.booked": "Booked",
  "status.rescheduling": "Booked — new times offered",
  "status.cancelling": "Cancelling",
  "status.cancelled": "Cancelled",
  "status.withdrawing": "Withdrawing the offer",
  "status.withdrawn": "Offer withdrawn",
  "status.expired": "Offer expired",
  "status.held": "Held",
  "status.summarised": "Summary sent",

  "flow.offer": "sending the offer",
  "flow.book": "booking",
  "flow.join": "adding a household",
  "flow.reschedule": "offering new times",
  "flow.cancel": "cancelling",
  "flow.withdraw": "withdrawing the offer",
  "flow.chase": "sending a reminder",
  "flow.adjust": "telling the family about an adjustment",
  "flow.remindAdjustments": "reminding you about adjustments",
  "flow.expire": "closing the expired offer",
  "flow.agenda": "sending the agenda",
  "flow.summarise": "sending the summary",

  "attention.interrupted":
    "Needs attention: {flow} was interrupted. Press Finish; nothing will be done twice.",
  "attention.chaseDue":
    "No reply for {days, plural, one {# day} other {# days}}: a friendly reminder may help.",
  "attention.householdsOutstanding":
    "Not heard from yet: {carers}. They were sent the confirmation and can still reply.",

  "error.throttled":
    "Microsoft 365 is busy and asked us to slow down. Nothing was lost; try again in a minute.",
  "error.unavailable":
    "Microsoft 365 is not answering just now. Nothing was lost; try again in a few minutes.",
  "error.timeout": "Microsoft 365 took too long to answer. Nothing was lost; try again.",
  "error.uncertain":
    "We could not confirm whether that went through. Check before trying again, so nothing is sent twice.",
  "error.network": "You seem to be offline. Your work is kept here; try again when you are connected.",
  "error.conflict":
    "Someone else changed this while you were working. Review their change, then save yours again.",
  "error.notFound": "That item no longer exists. It may have been deleted by someone else.",
  "error.forbidden":
    "Your account is not allowed to do this. Ask your Microsoft 365 administrator for access.",
  "error.unauthenticated": "Your sign-in has expired. Sign in again to carry on.",
  "error.badRequest": "Microsoft 365 did not accept this request. Check what you entered and try again.",
  "error.listThreshold": "This list is too large to search that way. Please tell your administrator.",
  "error.notProvisioned":
    "Common Ground's lists are not set up on the pastoral site yet. Open Settings to set them up.",
  "error.unknown": "Something unexpected went wrong. Nothing was lost; try again.",
  "error.unexpected": "Something unexpected went wrong: {message}",

  "problem.unreadable":
    "This meeting's record cannot be read ({problem}). Nothing was changed. Ask your administrator to check it in the CG Meetings list.",
  "problem.noSuchTime":
    "There is no offered time {number}. Check for replies again, then choose one of the offered times.",
  "problem.noCarer": "That carer is no longer on this offer. Check for replies again.",
  "problem.timePassed": "{when} has already started or passed. Offer new times instead.",
  "problem.timeTaken": "That time has gone: {busy} {count, plural, one {is} other {are}} no longer free.",
  "problem.wrongState":
    "This meeting is now “{status}”, so {action} is not possible. Reload the list to see where it stands.",
  "problem.otherWorkUnderway":
    "An earlier change ({flow}) was interrupted. Press Finish on this meeting first; nothing will be done twice.",
  "problem.differentTime":
    "They chose a different time from the one booked ({when}). Reply to them, or reschedule the meeting.",
  "problem.nothingToChase": "Every household has answered, so there is no one to remind.",
  "problem.noSchoolProfile": "Set the school's name and phone number in Settings first.",
  "problem.noTimes": "Choose at least one time to offer.",
  "problem.noAgenda": "An agenda can be written once the meeting is booked.",
  "problem.agendaUnchanged": "The family already has this agenda: nothing has changed since it was sent.",
  "problem.lateChangeReason":
    "The family already has the agenda. Say why it is changing: your words go to the family as you write them.",
  "problem.badAgendaItem": "Item {item} needs words and a length from 0 to 240 minutes.",
  "problem.noSuchAdjustment":
    "That adjustment is no longer on this meeting. Reload the list to see where it stands.",
  "problem.noSuitableRoom":
    "No free room has everything the family asked for ({features}) at {when}. Offer other times, or free such a room.",
  "problem.reasonNeeded":
    "Write a few words for the family about why it is not possible. They will read them as you wrote them.",
  ...MEETINGS_MESSAGES,
  ...OFFER_MESSAGES,
  ...SETTINGS_MESSAGES,
  ...SUMMARY_STAFF_MESSAGES,
  ...FIND_TIMES_MESSAGES,
  ...CHILDREN_MESSAGES,
  ...DASHBOARD_MESSAGES,
  ...DEMO_INBOX_MESSAGES,
  ...TEAMS_MESSAGES,
  ...SHELL_MESSAGES,
  ...STANDING_MESSAGES,
  ...AGENDA_STAFF_MESSAGES,
  ...OUTLOOK_MESSAGES,
  ...DRAFTCONFLICT_MESSAGES,
} as const;

export type StaffKey = keyof typeof STAFF_MESSAGES;

const compiled = new Map<StaffKey, IntlMessageFormat>();

/** One staff message with its placeholders filled (British English plural rules), compiled once. */
export function staffText(key: StaffKey, values: MessageValues = {}): string {
  let format = compiled.get(key);
  if (format === undefined) {
    format = new IntlMessageFormat(STAFF_MESSAGES[key], "en-GB");
    compiled.set(key, format);
  }
  const out = format.format<string>(values);
  return Array.isArray(out) ? out.join("") : String(out);
}
