import type { Meeting } from "../../domain/meetings/meeting";
import type { Attention } from "../../domain/meetings/meetingActions";
import type { MeetingStatus } from "../../domain/meetings/meetingStatus";

/** Each state in the words staff see on the Meetings page. */
export const STATUS_WORDS: Record<MeetingStatus, string> = {
  offering: "Sending the offer",
  offered: "Awaiting reply",
  booking: "Booking",
  booked: "Booked",
  rescheduling: "Booked — new times offered",
  cancelling: "Cancelling",
  cancelled: "Cancelled",
  withdrawing: "Withdrawing the offer",
  withdrawn: "Offer withdrawn",
  expired: "Offer expired",
  held: "Held",
  summarised: "Summary sent",
};

/** What each flow does, as a phrase: “while booking”, “cancelling was interrupted”. */
export const FLOW_WORDS: Record<NonNullable<Meeting["work"]>["flow"], string> = {
  offer: "sending the offer",
  book: "booking",
  join: "adding a household",
  reschedule: "offering new times",
  cancel: "cancelling",
  withdraw: "withdrawing the offer",
  chase: "sending a reminder",
  expire: "closing the expired offer",
  summarise: "sending the summary",
};

export function attentionWords(a: Attention): string {
  switch (a.kind) {
    case "interrupted":
      return `Needs attention: ${FLOW_WORDS[a.flow]} was interrupted. Press Finish; nothing will be done twice.`;
    case "chaseDue":
      return `No reply for ${a.days} days: a friendly reminder may help.`;
    case "householdsOutstanding":
      return `Not heard from yet: ${a.carers.join(" and ")}. They were sent the confirmation and can still reply.`;
  }
}
