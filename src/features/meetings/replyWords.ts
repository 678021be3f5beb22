import { staffText } from "../../domain/i18n/staffMessages";
import type { ReplyMessage } from "../../domain/meetings/meetingActions";
import type { ReplyInterpretation } from "../../domain/replies/interpretReply";

/** What a reply seems to say, for staff to check. `label` names an offered time (0-based). */
export function suggestion(r: ReplyInterpretation, label: (i: number) => string): string {
  switch (r.kind) {
    case "structured":
      return r.answer.choice
        ? staffText("meetings.reply.chose", { number: r.answer.choice, time: label(r.answer.choice - 1) })
        : staffText("meetings.reply.noneWork");
    case "choice":
      return staffText("meetings.reply.looksLike", {
        number: r.choice,
        time: label(r.choice - 1),
        evidence: r.evidence,
      });
    case "noneWork":
      return staffText("meetings.reply.noneWork");
    case "unclear":
      return staffText("meetings.reply.couldMean", {
        times: r.candidates
          .map((c) => staffText("meetings.reply.time", { number: c }))
          .reduce((first, second) => staffText("meetings.reply.or", { first, second })),
        reason: r.reason,
      });
    case "notUnderstood":
      return r.code === "unreadable"
        ? staffText("meetings.reply.unreadable")
        : staffText("meetings.reply.notUnderstood", { reason: r.reason });
  }
}

/** Why a message is not the carer's own answer, or undefined when it is. */
export function senderWarning(message: ReplyMessage, carerName: string): string | undefined {
  switch (message.sender) {
    case "carer":
      return undefined;
    case "school":
      return staffText("meetings.reply.fromSchool", { email: message.from.email, name: carerName });
    case "other":
      return staffText("meetings.reply.fromOther", { email: message.from.email, name: carerName });
  }
}
