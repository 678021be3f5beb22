import type { ReplyInterpretation } from "./replyInterpretation";
import type { ReplySender } from "./replySender";

/**
 * Whether a reading is an answer to this offer: it chooses a time, says none works, could mean a
 * time, carries a structured answer (even a damaged one), or asks for something. "Thanks, see you
 * then!" is not, and nor is a reply about another offer.
 */
export function isAnswer(reading: ReplyInterpretation): boolean {
  if (reading.kind !== "notUnderstood") return true;
  switch (reading.code) {
    case "damagedStructuredReply":
    case "choiceNotOffered":
      return true;
    case "otherOffer":
    case "noTime":
    case "empty":
    case "unreadable": {
      const { interpreter, supporter, online } = reading.hints;
      return interpreter !== null || supporter !== null || online !== null;
    }
  }
}

function rank(message: { readonly sender: ReplySender; readonly reading: ReplyInterpretation }): number {
  const answers = isAnswer(message.reading);
  if (message.sender === "carer") return answers ? 0 : 1;
  if (message.sender === "other") return answers ? 2 : 3;
  return 4;
}

/**
 * The message that stands for a carer's reply, and the rest of the conversation. The newest
 * answer from the carer's own address wins, whatever came after it (later small talk does not
 * hide it); failing that, the carer's newest message; failing that, the newest answer from
 * another address, then any message from another address, then a colleague's (never the carer's
 * answer, and shown as such). `newestFirst` must be in that order; `others` keeps it.
 */
export function answerFirst<
  M extends { readonly sender: ReplySender; readonly reading: ReplyInterpretation },
>(newestFirst: readonly M[]): { readonly answer: M; readonly others: readonly M[] } | undefined {
  let best: M | undefined;
  for (const message of newestFirst) {
    if (best === undefined || rank(message) < rank(best)) best = message;
  }
  if (best === undefined) return undefined;
  return { answer: best, others: newestFirst.filter((m) => m !== best) };
}
