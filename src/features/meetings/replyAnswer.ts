import type { CarerReply } from "../../domain/meetings/meetingActions";
import type { ReplyAnswer } from "../../domain/replies/replyAnswer";

/** The time a reply picked, if it clearly picked one (1-based). */
export function pickOf(reply: CarerReply): number | undefined {
  const r = reply.reading;
  if (r.kind === "structured") return r.answer.choice ?? undefined;
  return r.kind === "choice" ? r.choice : undefined;
}

/**
 * The household's answer as staff confirm it: a structured answer as the family gave it, or a
 * plain reply with the time staff chose and the family's words kept as their message.
 */
export function confirmedAnswer(reply: CarerReply, slot: number | null): ReplyAnswer {
  if (reply.reading.kind === "structured")
    return { ...reply.reading.answer, choice: slot === null ? null : slot + 1 };
  return {
    ref: reply.carer.ref,
    choice: slot === null ? null : slot + 1,
    availability: "",
    adjustments: [],
    interpreterLanguage: "",
    otherNeeds: "",
    supporter: null,
    speakingOrder: "noPreference",
    message: reply.text.slice(0, 4_000),
  };
}
