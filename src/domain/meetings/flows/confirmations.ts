import { familyLocale } from "../../i18n/locales";
import { confirmationEmail, type HouseholdPart } from "../../offers/confirmationEmail";
import { adjustmentSummary } from "../adjustmentSummary";
import { replyOf, wantsOnline } from "../households";
import type { Meeting, MeetingCarer } from "../meeting";
import type { MeetingDeps } from "./flowDeps";

/** How one household takes part in the booked meeting, so their confirmation is true for them. */
export function partOf(meeting: Meeting, household: string): HouseholdPart {
  const booking = meeting.booking;
  const reply = replyOf(meeting, household);
  const invited = booking?.households.includes(household) ?? false;
  const joining = invited && (meeting.format === "online" || wantsOnline(reply));
  return {
    answer: invited ? "accepted" : reply ? "otherTime" : "notAnswered",
    online: joining ? "joining" : invited && booking?.online ? "option" : "none",
    joinUrl: invited ? booking?.joinUrl : undefined,
  };
}

/** One carer's booking confirmation, with their own household's requests only. */
export function confirmationFor(meeting: Meeting, carer: MeetingCarer, deps: MeetingDeps) {
  const booking = meeting.booking;
  if (!booking) throw new Error("A confirmation needs a booking");
  const reply = replyOf(meeting, carer.household);
  const email = confirmationEmail({
    carer,
    slot: booking.slot,
    part: partOf(meeting, carer.household),
    // Named in their language: the catalogue has every adjustment in every family language.
    theirRequests: adjustmentSummary(reply?.answer, familyLocale(carer.lang)),
    theirSupporter: reply?.answer.supporter?.name,
    school: deps.school,
    senderName: deps.sender.name,
    text: deps.texts(carer.lang).confirmation,
  });
  return {
    to: [{ name: carer.name, email: carer.email }],
    cc: [],
    subject: email.subject,
    html: email.html,
    reference: `${carer.ref}-booked`,
  };
}
