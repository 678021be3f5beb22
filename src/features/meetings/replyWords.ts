import type { ReplyMessage } from "../../domain/meetings/meetingActions";
import type { ReplyInterpretation } from "../../domain/replies/interpretReply";

/** What a reply seems to say, for staff to check. `label` names an offered time (0-based). */
export function suggestion(r: ReplyInterpretation, label: (i: number) => string): string {
  switch (r.kind) {
    case "structured":
      return r.answer.choice
        ? `Chose time ${r.answer.choice}: ${label(r.answer.choice - 1)}.`
        : "Says none of the times work.";
    case "choice":
      return `Looks like time ${r.choice}: ${label(r.choice - 1)} (from “${r.evidence}”). Please check before booking.`;
    case "noneWork":
      return "Says none of the times work.";
    case "unclear":
      return `Could mean ${r.candidates.map((c) => `time ${c}`).join(" or ")}: ${r.reason}`;
    case "notUnderstood":
      return r.code === "unreadable"
        ? "Could not be read: it took too long, so it is shown as it came. Open it in Outlook to read it."
        : `Not understood: ${r.reason}. Read the reply and choose for them, or offer new times.`;
  }
}

/** Why a message is not the carer's own answer, or undefined when it is. */
export function senderWarning(message: ReplyMessage, carerName: string): string | undefined {
  switch (message.sender) {
    case "carer":
      return undefined;
    case "school":
      return `Sent from ${message.from.email}, inside the school, not from the carer's address on record: a colleague's message is not ${carerName}'s answer.`;
    case "other":
      return `Sent from ${message.from.email}, not from the carer's address on record. Check with ${carerName} before booking anything from it.`;
  }
}
