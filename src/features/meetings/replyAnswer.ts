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
 * plain reply with the time staff chose and the family's words kept as their message. A reply
 * from an address not on record for the carer gives the time staff chose and nothing else: its
 * supporter (and who may see the papers), requests and words are not the carer's.
 */
export function confirmedAnswer(reply: CarerReply, slot: number | null): ReplyAnswer {
  if (reply.sender === "carer" && reply.reading.kind === "structured")
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
    // Words from another address are not the family's message to the school.
    message: reply.sender === "carer" ? reply.text.slice(0, 4_000) : "",
  };
}
