import { staffText } from "../../domain/i18n/staffMessages";
import type { Meeting } from "../../domain/meetings/meeting";
import type { Attention } from "../../domain/meetings/meetingActions";
import type { MeetingStatus } from "../../domain/meetings/meetingStatus";

type Flow = NonNullable<Meeting["work"]>["flow"];
const status = (s: MeetingStatus) => staffText(`status.${s}`);
const flow = (f: Flow) => staffText(`flow.${f}`);

/** Each state in the words staff see on the Meetings page (from the staff catalogue). */
export const STATUS_WORDS: Record<MeetingStatus, string> = {
  offering: status("offering"),
  offered: status("offered"),
  booking: status("booking"),
  booked: status("booked"),
  rescheduling: status("rescheduling"),
  cancelling: status("cancelling"),
  cancelled: status("cancelled"),
  withdrawing: status("withdrawing"),
  withdrawn: status("withdrawn"),
  expired: status("expired"),
  held: status("held"),
  summarised: status("summarised"),
};

/** What each flow does, as a phrase: “while booking”, “cancelling was interrupted”. */
export const FLOW_WORDS: Record<Flow, string> = {
  offer: flow("offer"),
  book: flow("book"),
  join: flow("join"),
  reschedule: flow("reschedule"),
  cancel: flow("cancel"),
  withdraw: flow("withdraw"),
  chase: flow("chase"),
  adjust: flow("adjust"),
  remindAdjustments: flow("remindAdjustments"),
  expire: flow("expire"),
  agenda: flow("agenda"),
  summarise: flow("summarise"),
};

/** Names joined as staff have always read them: "Samira Aziz and Omar Aziz". */
export function namesAnd(names: readonly string[]): string {
  const [first = "", ...rest] = names;
  return rest.reduce((joined, name) => staffText("meetings.and", { first: joined, second: name }), first);
}

export function attentionWords(a: Attention): string {
  switch (a.kind) {
    case "interrupted":
      return staffText("attention.interrupted", { flow: FLOW_WORDS[a.flow] });
    case "chaseDue":
      return staffText("attention.chaseDue", { days: a.days });
    case "householdsOutstanding":
      return staffText("attention.householdsOutstanding", { carers: namesAnd(a.carers) });
  }
}
